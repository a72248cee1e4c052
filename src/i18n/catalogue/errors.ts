/**
 * Messages of the errors the library throws on misuse (a bad policy, a draft that cannot be derived,
 * catalogues that cannot be diffed or compared): each error carries its id and parameters
 * (see ../localized-error.ts), so the CLI words it in the run's language and a caller can re-render it.
 */
import { catalogueArea, fixedText, type Entry, type MessageParams } from "../entry.js";
import { argumentMessages } from "./argument-errors.js";
import { schemaMessages } from "./schema.js";

const policyZh = (p: MessageParams, what: string) => `一致性策略 ${p.where || "/"} 处有误：${what}`;
const policyEn = (p: MessageParams, what: string) => `invalid conformance policy at ${p.where || "/"}: ${what}`;
const sideZh = (p: MessageParams) => (p.side === "old" ? "旧目录" : "新目录");
const sideEn = (p: MessageParams) => `${p.side} catalogue`;
/** A schema finding's text inside another message (`reasonId` names it; its params are the message's own). */
const reason = (p: MessageParams, locale: "zh-CN" | "en") =>
  Object.hasOwn(schemaMessages, String(p.reasonId)) ? (schemaMessages[p.reasonId as keyof typeof schemaMessages] as Entry)[locale](p) : String(p.reasonId);

/** What a value is (`kind` of error.export.shape), as the message says it. */
const valueKindEn: Record<string, string> = { null: "null", array: "an array", string: "a string", number: "a number", boolean: "a boolean", object: "an object", undefined: "undefined", bigint: "a bigint", symbol: "a symbol", function: "a function" };
const valueKindZh: Record<string, string> = { null: " null", array: "数组", string: "字符串", number: "数字", boolean: "布尔值", object: "对象", undefined: "空值", bigint: "大整数", symbol: "符号", function: "函数" };
/** The library function that threw, before its message (the CLI gives the file instead). */
const callerZh = (p: MessageParams) => (p.caller ? `${p.caller}：` : "");
const callerEn = (p: MessageParams) => (p.caller ? `${p.caller}: ` : "");
/** What the layout needs there (`expected` of error.export.shape). */
const expectedEn: Record<string, string> = { object: "an object", item: "an item object", items: "a list of items", list: "a list" };
const expectedZh: Record<string, string> = { object: "对象", item: "事项对象", items: "事项列表", list: "列表" };

/** Messages of library errors, by id ("error.<area>.<problem>"). */
export const errorMessages = /* @__PURE__ */ catalogueArea(() => ({
  ...argumentMessages,
  "error.policy.not-object": { "zh-CN": (p) => policyZh(p, "须为 JSON 对象"), en: (p) => policyEn(p, "must be a JSON object") },
  "error.policy.unknown-key": {
    "zh-CN": (p) => policyZh(p, `未知属性"${p.key}"（可用：${p.allowed}）`),
    en: (p) => policyEn(p, `unknown property "${p.key}" (allowed: ${p.allowed})`),
  },
  "error.policy.not-string": { "zh-CN": (p) => policyZh(p, "须为字符串"), en: (p) => policyEn(p, "must be a string") },
  "error.policy.not-array": { "zh-CN": (p) => policyZh(p, "须为数组"), en: (p) => policyEn(p, "must be an array") },
  "error.policy.rules-not-object": { "zh-CN": (p) => policyZh(p, "须为“规则编号 → 级别”的对象"), en: (p) => policyEn(p, "must be an object of rule id → setting") },
  "error.policy.unknown-rule": {
    "zh-CN": (p) => policyZh(p, `未知规则"${p.rule}"（已知规则：${p.known}）`),
    en: (p) => policyEn(p, `unknown rule "${p.rule}" (known rules: ${p.known})`),
  },
  "error.policy.bad-setting": {
    "zh-CN": (p) => policyZh(p, `须为 ${p.allowed} 之一（实际为 ${p.value}）`),
    en: (p) => policyEn(p, `must be one of ${p.allowed} (got ${p.value})`),
  },
  "error.policy.override-not-object": { "zh-CN": (p) => policyZh(p, "须为含 itemTypes 和 rules 的对象"), en: (p) => policyEn(p, "must be an object with itemTypes and rules") },
  "error.policy.item-types": { "zh-CN": (p) => policyZh(p, "须为非空的事项类型代码数组"), en: (p) => policyEn(p, "must be a non-empty array of item type codes") },
  "error.policy.unknown-item-type": { "zh-CN": (p) => policyZh(p, `未知事项类型 ${p.value}`), en: (p) => policyEn(p, `unknown item type ${p.value}`) },
  "error.policy.missing-rules": { "zh-CN": (p) => policyZh(p, '缺少属性"rules"'), en: (p) => policyEn(p, 'missing property "rules"') },

  "error.major.mixed": {
    "zh-CN": (p) => `${p.what}：不能比较 ${p.first} 文档与 ${p.second} 文档；请先将 ${p.from} 文档迁移到 ${p.to}`,
    en: (p) => `${p.what}: cannot compare a ${p.first} document with a ${p.second} document; migrate the ${p.from} one to ${p.to} first`,
  },
  "error.conformance.not-object": {
    "zh-CN": (p) => `一致性检查：第 ${p.index} 个文档不是目录对象`,
    en: (p) => `conformance: document ${p.index} is not a catalogue object`,
  },
  "error.conformance.bundle-mix": {
    "zh-CN": (p) => `一致性检查：第 ${p.index} 个文档为 ${p.kind} 目录，第 0 个为 ${p.firstKind} 目录；一件事清单只能与一件事清单比较`,
    en: (p) => `conformance: document ${p.index} is a ${p.kind} catalogue and document 0 a ${p.firstKind} one; a bundle list compares only with a bundle list`,
  },
  "error.conformance.not-lower": {
    "zh-CN": (p) => `一致性检查：第 ${p.index} 个文档为 ${p.kind} 目录；下级清单须为标准化清单或实施清单`,
    en: (p) => `conformance: document ${p.index} is a ${p.kind} catalogue; a lower list must be a standard or implementation list`,
  },
  "error.conformance.locale": {
    "zh-CN": (p) => `一致性检查：未知语言"${p.locale}"（可选：zh-CN、en）`,
    en: (p) => `conformance: unknown locale "${p.locale}"`,
  },
  "error.chain.too-short": fixedText("checkChain：逐级检查至少需要两个目录", "checkChain: a chain needs at least two catalogues"),

  "error.diff.not-catalogue": {
    "zh-CN": (p) => `${sideZh(p)}不是目录（须为含 "items" 数组的对象）`,
    en: (p) => `the ${p.side} document is not a catalogue (an object with an "items" array)`,
  },
  "error.diff.no-key": {
    "zh-CN": (p) => `${sideZh(p)}：/items/${p.index} 没有 ${p.key}`,
    en: (p) => `${sideEn(p)}: /items/${p.index} has no ${p.key}`,
  },
  "error.diff.repeated-key": {
    "zh-CN": (p) => `${sideZh(p)}：/items/${p.index} 重复了编码 ${p.key}`,
    en: (p) => `${sideEn(p)}: /items/${p.index} repeats the key ${p.key}`,
  },
  "error.diff.kinds": {
    "zh-CN": (p) => `不能比较 kind 为 "${p.before}" 的目录与 kind 为 "${p.after}" 的目录`,
    en: (p) => `cannot compare a catalogue of kind "${p.before}" with one of kind "${p.after}"`,
  },

  "error.derive.upper-object": fixedText("上级目录须为对象", "the upper catalogue must be an object"),
  "error.derive.upper-kind": {
    "zh-CN": (p) => `上级目录须为标准化清单或实施清单（实际 kind 为 "${p.kind}"）`,
    en: (p) => `the upper catalogue must be a standard or implementation list (got kind "${p.kind}")`,
  },
  "error.derive.region-code": {
    "zh-CN": (p) => `行政区划代码须为 12 位数字（实际为 "${p.code}"）`,
    en: (p) => `region code must have 12 digits (got "${p.code}")`,
  },
  "error.derive.region-level": {
    "zh-CN": (p) => `行政区划 ${p.code} 的层级为 ${p.actual}，不是 ${p.level}`,
    en: (p) => `region ${p.code} is at level ${p.actual}, not ${p.level}`,
  },
  "error.derive.level-not-below": {
    "zh-CN": (p) => `层级 ${p.level} 不低于上级目录的层级 ${p.upper}`,
    en: (p) => `level ${p.level} is not below the upper list's level ${p.upper}`,
  },
  "error.derive.region-outside": {
    "zh-CN": (p) => `行政区划 ${p.code} 不在上级行政区划 ${p.upper} 之内`,
    en: (p) => `region ${p.code} does not lie inside the upper region ${p.upper}`,
  },
  "error.derive.agency-code": {
    "zh-CN": (p) => `实施机构统一社会信用代码 ${p.code} 无效（${p.reason}）`,
    en: (p) => `agency credit code ${p.code} is not valid (${p.reason})`,
  },
  "error.derive.item-object": {
    "zh-CN": (p) => `上级目录的 /items/${p.index} 不是事项对象`,
    en: (p) => `/items/${p.index} of the upper catalogue is not an item object`,
  },
  "error.derive.option-invalid": {
    "zh-CN": (p) => `选项 ${p.option} 使草案 ${p.at} 不符合标准：${reason(p, "zh-CN")}`,
    en: (p) => `${p.option} gives ${p.at} that fails the schema: ${reason(p, "en")}`,
  },
  "error.derive.draft-invalid": {
    "zh-CN": (p) => `草案 ${p.at} 不符合标准：${reason(p, "zh-CN")}`,
    en: (p) => `the draft has ${p.at} that fails the schema: ${reason(p, "en")}`,
  },

  "error.bundle.not-bundle-list": fixedText(
    'checkBundles：第一个参数不是一件事清单（须为 kind 为 "bundle" 且含 items 数组的对象）',
    'checkBundles: the first argument is not a bundle list (an object with kind "bundle" and an items array)',
  ),
  "error.bundle.not-array": fixedText("checkBundles：第二个参数须为实施清单的数组", "checkBundles: the second argument must be an array of implementation lists"),
  "error.bundle.not-implementation": {
    "zh-CN": (p) => `checkBundles：第 ${p.index} 个实施清单不是实施清单（须为 kind 为 "implementation" 且含 items 数组）`,
    en: (p) => `checkBundles: implementation list ${p.index} is not an implementation list (kind "implementation" with an items array)`,
  },
  "error.bundle.mixed-majors": {
    "zh-CN": (p) => `checkBundles：一件事清单遵循 ${p.major}，第 ${p.index} 个实施清单遵循 ${p.other}；请先将其迁移到 ${p.major}`,
    en: (p) => `checkBundles: the bundle list follows ${p.major} and implementation list ${p.index} ${p.other}; migrate it to ${p.major} first`,
  },

  "error.migrate.unknown-version": {
    "zh-CN": (p) => `未知的标准版本"${p.version}"（已知：${p.known}）`,
    en: (p) => `unknown schema version "${p.version}" (known: ${p.known})`,
  },
  "error.migrate.no-path": { "zh-CN": (p) => `没有从 ${p.from} 到 ${p.to} 的迁移`, en: (p) => `no migration from ${p.from} to ${p.to}` },
  "error.national.no-records": fixedText(
    "国家平台格式的文档须为记录数组（或 { samples: [{ records }] }）",
    "a national-layout document is an array of records (or { samples: [{ records }] })",
  ),

  // Schema diffs (SchemaDiffError): a $ref that cannot be followed, or a value that is no schema.
  "error.schema-diff.no-file": { "zh-CN": (p) => `没有名为"${p.file}"的 schema 文件`, en: (p) => `no schema file "${p.file}"` },
  "error.schema-diff.unknown-file": {
    "zh-CN": (p) => `无法解析${p.in ? ` ${p.in} 中的` : "根 schema 中的"} $ref "${p.ref}"：未提供该文件名或 $id 的 schema`,
    en: (p) => `cannot resolve $ref "${p.ref}" in ${p.in || "the root schema"}: no schema with that name or $id was given`,
  },
  "error.schema-diff.not-pointer": {
    "zh-CN": (p) => `不支持的 $ref "${p.ref}"：只解析 JSON Pointer 片段`,
    en: (p) => `unsupported $ref "${p.ref}": only JSON Pointer fragments are resolved`,
  },
  "error.schema-diff.no-target": {
    "zh-CN": (p) => `无法解析 $ref "${p.ref}"：${p.target} 不存在`,
    en: (p) => `cannot resolve $ref "${p.ref}": ${p.target} does not exist`,
  },
  "error.schema-diff.ref-cycle": { "zh-CN": (p) => `${p.at} 处的 $ref 循环引用`, en: (p) => `$ref cycle at ${p.at}` },
  "error.schema-diff.not-schema": {
    "zh-CN": (p) => `${p.at} 不是 JSON Schema（应为对象或布尔值）`,
    en: (p) => `${p.at} is not a JSON Schema (an object or a boolean)`,
  },

  // A catalogue the spreadsheet layout cannot hold (rowsFromCatalogue, zwfw export): the value at a pointer is of the wrong kind.
  "error.export.shape": {
    "zh-CN": (p) => `${callerZh(p)}${p.at ? `${p.at} ` : "目录"}为${valueKindZh[String(p.kind)] ?? p.kind}，不是${expectedZh[String(p.expected)] ?? p.expected}`,
    en: (p) => `${callerEn(p)}${p.at || "the catalogue"} is ${valueKindEn[String(p.kind)] ?? p.kind}, not ${expectedEn[String(p.expected)] ?? p.expected}`,
  },
  "error.export.kind": {
    "zh-CN": (p) => `${callerZh(p)}/kind 须为 basic、standard 或 implementation（实际为 ${p.value ?? "空"}）`,
    en: (p) => `${callerEn(p)}/kind must be basic, standard or implementation (got ${p.value ?? "nothing"})`,
  },

  // National-layout tables (recordsFromTables): no basic table, or a row that joins no item.
  "error.national.no-basic": {
    "zh-CN": (p) => `国家平台格式的工作簿须有"${p.table}"工作表（每个事项一行）；现有：${p.found || "无"}`,
    en: (p) => `a national-layout workbook has a "${p.table}" sheet (one row per item); found ${p.found || "none"}`,
  },
  "error.national.orphan-row": {
    "zh-CN": (p) => `${p.table} 第 ${p.row} 行：${p.keys || "没有 task_code"} 在"${p.basic}"中没有对应的行`,
    en: (p) => `${p.table} row ${p.row}: ${p.keys || "no task_code"} matches no row of "${p.basic}"`,
  },

  // 办事指南 imports (importGuide, importGuideIndex): a document of another shape.
  "error.guide.not-index": fixedText(
    "办事指南索引须为数组：[{ department, items: [{ main_item, sub_items: [{ name, link }] }] }]",
    "a guide index is an array of { department, items: [{ main_item, sub_items: [{ name, link }] }] }",
  ),
  "error.guide.not-guides": fixedText(
    '办事指南列表须为 { content: [{ name, contentText: ["一、事项名称：…", …], auditMaterials }] } 或这样的指南组成的数组',
    'a guide list is { content: [{ name, contentText: ["一、事项名称：…", …], auditMaterials }] } or an array of such guides',
  ),

  // Unreadable .xlsx workbooks (XlsxError): the reason inside "not a readable .xlsx workbook (…)".
  "error.xlsx.truncated-zip": fixedText("不是完整的 zip 压缩包（被截断，或不是 .xlsx 文件）", "not a complete zip archive (truncated, or not an .xlsx file)"),
  "error.xlsx.zip64": fixedText("是 ZIP64 压缩包，.xlsx 文件从不需要它", "a ZIP64 archive, which .xlsx files never need"),
  "error.xlsx.directory-past-end": fixedText("zip 目录指向文件末尾之后（被截断）", "the zip directory points past the end of the file (truncated)"),
  "error.xlsx.damaged-directory": fixedText("zip 目录已损坏", "a damaged zip directory"),
  "error.xlsx.damaged-entry": { "zh-CN": (p) => `部件 ${p.part}：zip 条目已损坏`, en: (p) => `part ${p.part}: damaged zip entry` },
  "error.xlsx.entry-past-end": { "zh-CN": (p) => `部件 ${p.part}：超出文件末尾（被截断）`, en: (p) => `part ${p.part}: ends past the end of the file (truncated)` },
  "error.xlsx.part-too-large": { "zh-CN": (p) => `部件 ${p.part}：解压后超过 ${p.mb} MB`, en: (p) => `part ${p.part}: more than ${p.mb} MB uncompressed` },
  "error.xlsx.compression-method": { "zh-CN": (p) => `部件 ${p.part}：不支持的 zip 压缩方法 ${p.method}`, en: (p) => `part ${p.part}: unsupported zip compression method ${p.method}` },
  "error.xlsx.empty-data": { "zh-CN": (p) => `部件 ${p.part}：压缩数据为空`, en: (p) => `part ${p.part}: empty compressed data` },
  "error.xlsx.damaged-data": { "zh-CN": (p) => `部件 ${p.part}：压缩数据已损坏（${p.reason}）`, en: (p) => `part ${p.part}: damaged compressed data (${p.reason})` },
  "error.xlsx.no-workbook": fixedText("没有工作簿部件（是 zip 压缩包，但不是 .xlsx 工作簿）", "no workbook part (a zip archive, but not an .xlsx workbook)"),
  "error.xlsx.cell-too-long": { "zh-CN": (p) => `工作表 ${p.part}：有单元格超过 ${p.max} 个字符`, en: (p) => `sheet ${p.part}: a cell of more than ${p.max} characters` },
  "error.xlsx.string-index": { "zh-CN": (p) => `工作表 ${p.part}：共享字符串序号“${p.value}”无效`, en: (p) => `sheet ${p.part}: shared string index "${p.value}"` },
  "error.xlsx.row-number": { "zh-CN": (p) => `工作表 ${p.part}：行号“${p.value}”无效`, en: (p) => `sheet ${p.part}: row number "${p.value}"` },
  "error.xlsx.too-many-cells": { "zh-CN": (p) => `单元格超过 ${p.max} 个；请拆分工作簿`, en: (p) => `more than ${p.max} cells; split the workbook` },
  "error.xlsx.string-too-long": { "zh-CN": (p) => `共享字符串 ${p.index}：超过 ${p.max} 个字符`, en: (p) => `shared string ${p.index}: more than ${p.max} characters` },
  "error.xlsx.bad-xml": { "zh-CN": (p) => `部件 ${p.part}：XML 格式不正确（${p.reason}）`, en: (p) => `part ${p.part}: not well-formed XML (${p.reason})` },
  "error.xlsx.missing-string": { "zh-CN": (p) => `缺少共享字符串 ${p.index}`, en: (p) => `shared string ${p.index} is missing` },
}));
