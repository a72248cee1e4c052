/** Shared v1 definitions: identifiers, code-set enums, durations and small records. */
import { Type } from "typebox";
import {
  agencyNatures, handlingForms, handlingTypes, itemTypes, levels, serviceObjects, timeUnits,
} from "../../codes/code-sets.js";
import { codesOf, type CodeSet } from "../../codes/code-set.js";
import { def } from "../named.js";

/** Describes a code set inline, so the enum's description lists every code with its label. */
function describeCodes(set: CodeSet<string | number>): string {
  return `${set.source}: ` + set.entries.map((e) => `${e.code} ${e.zh} (${e.en})`).join("; ");
}

/** An enum of string codes from a code set. */
function stringEnum<const C extends string>(name: string, title: string, set: CodeSet<C>) {
  return def(name, Type.Enum(codesOf(set), { title, description: describeCodes(set) }));
}

/** Charset of GB 32100: digits and capitals without I, O, S, V, Z. */
export const CREDIT_CODE_PATTERN = "^[0-9A-HJ-NPQRTUWXY]{18}$";

/** 统一社会信用代码 (GB 32100—2015): 18 characters; the check characters are verified by a semantic rule. */
export const CreditCode = def("CreditCode", Type.String({
  title: "统一社会信用代码",
  description: "18-character unified social credit code (GB 32100—2015); positions 9–17 are the GB 11714 organisation code.",
  pattern: CREDIT_CODE_PATTERN,
  examples: ["11440000MB2D0164XH"],
}));

/** 区划代码: the 12-digit 统计用区划代码; "000000000000" stands for the nation. */
export const RegionCode = def("RegionCode", Type.String({
  title: "区划代码",
  description: "12-digit statistical division code (统计用区划代码); trailing zeros give the level; 000000000000 = national.",
  pattern: "^\\d{12}$",
  examples: ["440300000000"],
}));

/** 行使层级代码 (A.2). */
export const LevelCode = stringEnum("LevelCode", "行使层级代码", levels);
/** 事项类型代码 (A.1 with extensions). */
export const ItemTypeCode = stringEnum("ItemTypeCode", "事项类型代码", itemTypes);
/** 服务对象代码 (A.4). */
export const ServiceObjectCode = stringEnum("ServiceObjectCode", "服务对象代码", serviceObjects);
/** 办理形式代码 (A.5). */
export const HandlingFormCode = stringEnum("HandlingFormCode", "办理形式代码", handlingForms);
/** 办件类型代码 (A.6). */
export const HandlingTypeCode = stringEnum("HandlingTypeCode", "办件类型代码", handlingTypes);
/** 实施主体性质代码 (A.3). */
export const AgencyNatureCode = stringEnum("AgencyNatureCode", "实施主体性质代码", agencyNatures);

/** 基本编码: 12 digits = issuer(2) + type(2) + department(2) + main item(3) + sub-item(3). */
export const BasicCode = def("BasicCode", Type.String({
  title: "基本编码",
  description: "12-digit basic code: catalogue issuer (00 = national), item type (A.1), department, main item, sub-item (000 = none).",
  pattern: "^\\d{12}$",
  examples: ["000123018000"],
}));

/** A time limit: a whole number of working or calendar days. */
export const Duration = def("Duration", Type.Object({
  value: Type.Integer({ title: "时限", description: "Number of days (0 = handled on the spot).", minimum: 0 }),
  unit: Type.Enum(codesOf(timeUnits), { title: "时限单位", description: describeCodes(timeUnits) }),
}, { title: "时限", description: "A time limit in working days or calendar days.", additionalProperties: false }));

/** 设定依据: one legal citation. */
export const LegalCitation = def("LegalCitation", Type.Object({
  lawName: Type.String({ title: "法律法规名称", description: "Name of the law or regulation, e.g. 《中华人民共和国行政许可法》.", minLength: 1, maxLength: 200 }),
  docNumber: Type.Optional(Type.String({ title: "文号", description: "Issuing document number, e.g. 主席令第23号.", maxLength: 100 })),
  article: Type.Optional(Type.String({ title: "条款号", description: "Article reference, e.g. 第二十四条.", maxLength: 100 })),
  text: Type.Optional(Type.String({ title: "条款内容", description: "Text of the cited article.", maxLength: 10000 })),
}, { title: "法律依据", description: "A structured legal citation (law name, document number, article, text).", additionalProperties: false }));

/** 扩展字段: the one open object, for local fields that the standard does not define. */
export const Extensions = def("Extensions", Type.Unsafe<Record<string, unknown>>({
  type: "object",
  title: "扩展字段",
  description: "Local fields outside the standard; keys are free, values any JSON. Conformance ignores them.",
  additionalProperties: true,
}));
