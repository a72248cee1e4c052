/** Conformance messages (one area of the catalogue): every finding shows the upper and the lower value. */
import { labelOf, type CodeSet } from "../../codes/code-set.js";
import { crossRegionScopes, exemptionModes, itemTypes, levels, necessities, onlineDepths } from "../../codes/code-sets.js";
import { catalogueArea } from "../entry.js";

/** A code with its label: "3 市级" / "3 (City)". */
const zhCode = (set: CodeSet<string | number>, code: unknown) => `${String(code)} ${labelOf(set, code as string, "zh-CN") ?? ""}`.trim();
const enCode = (set: CodeSet<string | number>, code: unknown) => {
  const label = labelOf(set, code as string, "en");
  return label ? `${String(code)} (${label})` : String(code);
};
/** A number coerced back from a message param (online depth is numeric in the code set). */
const depth = (v: unknown) => Number(v);
/** A time limit in words. */
const timeZh = (value: unknown, unit: unknown) => `${String(value)}个${unit === "natural_day" ? "自然日" : "工作日"}`;
const timeEn = (value: unknown, unit: unknown) => `${String(value)} ${unit === "natural_day" ? "calendar" : "working"} day(s)`;
const none = (v: unknown, word: string) => (v ? String(v) : word);

/** Messages of the conformance rules (by rule id) and of the conform and derive commands. */
export const conformanceMessages = /* @__PURE__ */ catalogueArea(() => ({
  "level-order": {
    "zh-CN": (p) => `本级层级 ${zhCode(levels, p.lower)} 不低于上级层级 ${zhCode(levels, p.upper)}`,
    en: (p) => `level ${enCode(levels, p.lower)} is not below the upper level ${enCode(levels, p.upper)}`,
  },
  "region-not-within-upper": {
    "zh-CN": (p) => `本级区划 ${p.lower} 不在上级区划 ${p.upper} 之内`,
    en: (p) => `region ${p.lower} does not lie inside the upper region ${p.upper}`,
  },
  "not-in-upper": {
    "zh-CN": (p) => `事项 ${p.code}「${p.name}」不在上级目录中（清单之外不得实施）`,
    en: (p) => `item ${p.code} "${p.name}" is in no catalogue above (not on the list)`,
  },
  "name-mismatch": {
    "zh-CN": (p) => `事项名称与上级不一致：上级「${p.upper}」，本级「${p.lower}」`,
    en: (p) => `item name differs from the upper item: upper "${p.upper}", lower "${p.lower}"`,
  },
  "type-mismatch": {
    "zh-CN": (p) => `事项类型与上级不一致：上级 ${zhCode(itemTypes, p.upper)}，本级 ${zhCode(itemTypes, p.lower)}`,
    en: (p) => `item type differs from the upper item: upper ${enCode(itemTypes, p.upper)}, lower ${enCode(itemTypes, p.lower)}`,
  },
  "legal-basis-mismatch": {
    "zh-CN": (p) => `设定依据与上级不一致：本级多出 ${none(p.added, "无")}；本级缺少 ${none(p.missing, "无")}`,
    en: (p) => `legal basis differs from the upper item: added ${none(p.added, "none")}; missing ${none(p.missing, "none")}`,
  },
  "level-not-allowed-upstream": {
    "zh-CN": (p) => `层级 ${zhCode(levels, p.level)} 不在上级事项行使层级 [${p.levels}] 之内`,
    en: (p) => `level ${enCode(levels, p.level)} is not among the upper item's levels [${p.levels}]`,
  },
  "statutory-time-changed": {
    "zh-CN": (p) => `法定办结时限与上级不一致：上级 ${timeZh(p.upper, p.upperUnit)}，本级 ${timeZh(p.lower, p.lowerUnit)}`,
    en: (p) => `statutory time limit differs from the upper item: upper ${timeEn(p.upper, p.upperUnit)}, lower ${timeEn(p.lower, p.lowerUnit)}`,
  },
  "promised-time-exceeds-upper": {
    "zh-CN": (p) => `承诺办结时限超过上级：上级 ${timeZh(p.upper, p.unit)}，本级 ${timeZh(p.lower, p.unit)}`,
    en: (p) => `promised time limit exceeds the upper item's: upper ${timeEn(p.upper, p.unit)}, lower ${timeEn(p.lower, p.unit)}`,
  },
  "material-added": {
    "zh-CN": (p) => `新增上级未列的申请材料「${p.name}」`,
    en: (p) => `adds material "${p.name}", which the upper item does not list`,
  },
  "material-necessity-raised": {
    "zh-CN": (p) => `材料「${p.name}」必要性提高：上级 ${labelOf(necessities, String(p.upper)) ?? p.upper}，本级 ${labelOf(necessities, String(p.lower)) ?? p.lower}`,
    en: (p) => `material "${p.name}" made more necessary: upper ${labelOf(necessities, String(p.upper), "en") ?? p.upper}, lower ${labelOf(necessities, String(p.lower), "en") ?? p.lower}`,
  },
  "material-copies-increased": {
    "zh-CN": (p) => `材料「${p.name}」份数增加：上级 ${p.upper} 份，本级 ${p.lower} 份`,
    en: (p) => `material "${p.name}" asks for more copies: upper ${p.upper}, lower ${p.lower}`,
  },
  "fee-added": {
    "zh-CN": (p) => (p.charged ? `上级不收费，本级收费${p.name ? `（${p.name}）` : ""}` : `新增上级未列的收费项目「${p.name}」（${p.standard}）`),
    en: (p) => (p.charged ? `charges where the upper item is free${p.name ? ` (${p.name})` : ""}` : `adds fee item "${p.name}" (${p.standard}), which the upper item does not charge`),
  },
  "fee-amount-increased": {
    "zh-CN": (p) => `收费项目「${p.name}」金额提高：上级 ${p.upper} 元，本级 ${p.lower} 元`,
    en: (p) => `fee item "${p.name}" charges more: upper ${p.upper} yuan, lower ${p.lower} yuan`,
  },
  "visits-increased": {
    "zh-CN": (p) => `到办事现场次数增加：上级 ${p.upper} 次，本级 ${p.lower} 次`,
    en: (p) => `more visits in person: upper ${p.upper}, lower ${p.lower}`,
  },
  "online-depth-decreased": {
    "zh-CN": (p) => `网上办理深度降低：上级 ${labelOf(onlineDepths, depth(p.upper)) ?? p.upper}，本级 ${labelOf(onlineDepths, depth(p.lower)) ?? p.lower}`,
    en: (p) => `lower online depth: upper ${labelOf(onlineDepths, depth(p.upper), "en") ?? p.upper}, lower ${labelOf(onlineDepths, depth(p.lower), "en") ?? p.lower}`,
  },
  "situation-added": {
    "zh-CN": (p) => `新增上级未列的办理情形 ${p.id}「${p.name}」`,
    en: (p) => `adds situation ${p.id} "${p.name}", which the upper item does not list`,
  },
  "situation-material-added": {
    "zh-CN": (p) => `办理情形「${p.situation}」新增上级该情形未要求的材料 ${p.id}「${p.name}」`,
    en: (p) => `situation "${p.situation}" asks for material ${p.id} "${p.name}", which the upper situation does not`,
  },
  "exemption-withdrawn": {
    "zh-CN": (p) => `材料「${p.name}」上级可免提交${p.mode ? `（${labelOf(exemptionModes, String(p.mode)) ?? p.mode}）` : ""}，本级仍要求提交`,
    en: (p) => `material "${p.name}" may be skipped above${p.mode ? ` (${labelOf(exemptionModes, String(p.mode), "en") ?? p.mode})` : ""} but must be submitted here`,
  },
  "intermediary-added": {
    "zh-CN": (p) => `新增上级未要求的中介服务「${p.name}」`,
    en: (p) => `requires intermediary service "${p.name}", which the upper item does not require`,
  },
  "special-procedure-added": {
    "zh-CN": (p) => `新增上级未列的特别程序「${p.name}」`,
    en: (p) => `adds special procedure "${p.name}", which the upper item does not have`,
  },
  "online-service-withdrawn": {
    "zh-CN": (p) => `「${p.title}」上级为是，本级为否`,
    en: (p) => `online service ${p.flag} is on above but off here`,
  },
  "cross-region-scope-narrowed": {
    "zh-CN": (p) => `通办范围缩小：上级 ${labelOf(crossRegionScopes, String(p.upper)) ?? p.upper}，本级 ${labelOf(crossRegionScopes, String(p.lower)) ?? p.lower}`,
    en: (p) => `narrower cross-region scope: upper ${labelOf(crossRegionScopes, String(p.upper), "en") ?? p.upper}, lower ${labelOf(crossRegionScopes, String(p.lower), "en") ?? p.lower}`,
  },
  "upper-item-cancelled": {
    "zh-CN": (p) => `事项 ${p.code}「${p.name}」已被上级取消，本级清单仍保留`,
    en: (p) => `item ${p.code} "${p.name}" is cancelled above but still on this list`,
  },
  "not-claimed": {
    "zh-CN": (p) => `未认领上级事项 ${p.code}「${p.name}」（其行使层级包含本级 ${zhCode(levels, p.level)}）`,
    en: (p) => `upper item ${p.code} "${p.name}" is not claimed, though its levels include ${enCode(levels, p.level)}`,
  },
  "conform.title": { "zh-CN": () => "逐级一致性检查报告", en: () => "Conformance report" },
  "conform.document": { "zh-CN": (p) => `本级 ${p.file}（对照上级 ${p.upper}）`, en: (p) => `lower ${p.file} (against ${p.upper})` },
  "conform.upper": { "zh-CN": (p) => `上级 ${p.file ? `${p.file} ` : ""}${p.path}`, en: (p) => `upper ${p.file ? `${p.file} ` : ""}${p.path}` },
  "conform.upper-column": { "zh-CN": () => "上级位置", en: () => "Upper" },
  "conform.unclaimed": { "zh-CN": () => "未认领的上级事项", en: () => "Unclaimed upper items" },
  "conform.invalid": {
    "zh-CN": () => "输入文档未通过校验，未进行一致性比对；请先修正以下错误",
    en: () => "the input documents do not validate, so they were not compared; fix these errors first",
  },
  "region.title": { "zh-CN": () => "区域逐级一致性检查汇总（四级四同）", en: () => "Region conformance summary (四级四同)" },
  "region.summary": {
    "zh-CN": (p) => `共 ${p.lists} 份清单：检查 ${p.checked} 份，跳过 ${p.skipped} 份；事项 ${p.items} 个；错误 ${p.errors} 个，警告 ${p.warnings} 个，提示 ${p.infos} 个`,
    en: (p) => `${p.lists} list(s): ${p.checked} checked, ${p.skipped} skipped; ${p.items} item(s); ${p.errors} error(s), ${p.warnings} warning(s), ${p.infos} info(s)`,
  },
  "region.rate": {
    "zh-CN": (p) => `四级四同一致率：${p.rate}（与上级标准各比对要素完全一致的事项 ${p.consistent} 个 / 检查事项 ${p.items} 个）`,
    en: (p) => `四级四同 consistency rate: ${p.rate} (${p.consistent} item(s) identical to the upper standard in every compared element / ${p.items} item(s) checked)`,
  },
  "region.lists": { "zh-CN": () => "各清单", en: () => "Lists" },
  "region.by-rule": { "zh-CN": () => "按规则统计", en: () => "By rule" },
  "region.worst": { "zh-CN": () => "问题最多的清单", en: () => "Worst lists" },
  "region.file": { "zh-CN": () => "清单", en: () => "List" },
  "region.upper": { "zh-CN": () => "对照上级", en: () => "Against" },
  "region.status": { "zh-CN": () => "状态", en: () => "Status" },
  "region.items": { "zh-CN": () => "事项数", en: () => "Items" },
  "region.errors": { "zh-CN": () => "错误", en: () => "Errors" },
  "region.warnings": { "zh-CN": () => "警告", en: () => "Warnings" },
  "region.infos": { "zh-CN": () => "提示", en: () => "Infos" },
  "region.consistency": { "zh-CN": () => "一致率", en: () => "Consistency" },
  "region.status.checked": { "zh-CN": () => "已检查", en: () => "checked" },
  "region.status.invalid": { "zh-CN": () => "未通过校验，已跳过", en: () => "fails the schema, skipped" },
  "region.status.upper-invalid": { "zh-CN": () => "上级清单未通过校验，已跳过", en: () => "upper list fails the schema, skipped" },
  "region.status.no-upper": { "zh-CN": () => "未找到上级清单，已跳过", en: () => "no list above it, skipped" },
  "region.no-lists": {
    "zh-CN": () => "没有要检查的下级清单（给出文件或文件夹）",
    en: () => "no lower lists to check (give files or folders)",
  },
  "derive.written": {
    "zh-CN": (p) => `已生成 ${p.file}：${p.items} 个事项，${p.todo} 处待本地填写`,
    en: (p) => `wrote ${p.file}: ${p.items} item(s), ${p.todo} field(s) for the locality to fill`,
  },
  "derive.todo": { "zh-CN": () => "待填写：", en: () => "to fill:" },
}));
