/** Bundle (一件事) messages (one area of the catalogue): the bundle rules' findings and the bundle report's words. */
import { labelOf } from "../../codes/code-set.js";
import { onlineDepths, timeUnits } from "../../codes/code-sets.js";
import type { BundleRuleId } from "../../bundle/bundle-rule.js";
import { catalogueArea, type Entry } from "../entry.js";

/** A time unit's label ("工作日" / "working days"); an unknown unit as it is. */
const unit = (u: unknown, locale: "zh-CN" | "en") => labelOf(timeUnits, String(u), locale) ?? String(u);
/** A list of units by label. */
const units = (list: unknown, locale: "zh-CN" | "en") => String(list).split(",").map((u) => unit(u, locale)).join(locale === "en" ? ", " : "、");
/** An online depth with its label. */
const depth = (d: unknown, locale: "zh-CN" | "en") => `${String(d)} ${labelOf(onlineDepths, Number(d), locale) ?? ""}`.trim();

/** Messages of the bundle rules, by rule id: a rule without its message does not build. */
const ruleMessages = {
  "bundle-member-unknown": {
    "zh-CN": (p) => `组成事项 ${p.code} 不在所给的实施清单中`,
    en: (p) => `member ${p.code} is in none of the given implementation lists`,
  },
  "bundle-material-uncovered": {
    "zh-CN": (p) => `组成事项 ${p.code}「${p.item}」的必要材料「${p.name}」未被一件事的材料覆盖，也不可免提交`,
    en: (p) => `required material "${p.name}" of member ${p.code} "${p.item}" is neither covered by the bundle's materials nor 免提交`,
  },
  "bundle-time-exceeds-members": {
    "zh-CN": (p) => `一件事承诺办结时限 ${p.value} 个${unit(p.unit, "zh-CN")}，超过组成事项之和 ${p.sum} 个${unit(p.unit, "zh-CN")}`,
    en: (p) => `the bundle promises ${p.value} ${unit(p.unit, "en")}, more than its members' sum of ${p.sum} ${unit(p.unit, "en")}`,
  },
  "bundle-time-units-mixed": {
    "zh-CN": (p) => `一件事与组成事项的承诺时限单位不一致（${units(p.units, "zh-CN")}），未比较时限`,
    en: (p) => `the bundle and its members promise in different units (${units(p.units, "en")}); the time is not compared`,
  },
  "bundle-visits-exceed-members": {
    "zh-CN": (p) => `一件事到办事现场次数 ${p.visits}，多于组成事项的最多次数 ${p.most}`,
    en: (p) => `the bundle asks for ${p.visits} visit(s), more than the most any member asks (${p.most})`,
  },
  "bundle-online-depth-below-members": {
    "zh-CN": (p) => `一件事网上办理深度 ${depth(p.depth, "zh-CN")}，低于组成事项的最低深度 ${depth(p.lowest, "zh-CN")}`,
    en: (p) => `the bundle's online depth ${depth(p.depth, "en")} is below its least online member's ${depth(p.lowest, "en")}`,
  },
} satisfies Record<BundleRuleId, Entry>;

/** Messages of the bundle rules and of `zwfw bundle check`. */
export const bundleMessages = /* @__PURE__ */ catalogueArea(() => ({
  ...ruleMessages,
  "bundle-member-added": {
    "zh-CN": (p) => `组成事项 ${p.code}（基本编码 ${p.basic}）不在上级一件事的组成事项中`,
    en: (p) => `member ${p.code} (basic code ${p.basic}) is not among the upper bundle's members`,
  },
  "bundle.title": { "zh-CN": () => "一件事检查报告", en: () => "Bundle (一件事) check" },
  "bundle.summary": {
    "zh-CN": (p) => `共 ${p.items} 件一件事：${p.errors} 个错误，${p.warnings} 个警告，${p.infos} 个提示`,
    en: (p) => `${p.items} bundle(s): ${p.errors} error(s), ${p.warnings} warning(s), ${p.infos} info(s)`,
  },
  "bundle.heading": { "zh-CN": (p) => `一件事 ${p.code}「${p.name}」`, en: (p) => `bundle ${p.code} "${p.name}"` },
  "bundle.savings": { "zh-CN": () => "改革成效（分别办理 → 一件事）", en: () => "Savings (item by item → bundle)" },
  "bundle.metric": { "zh-CN": () => "指标", en: () => "Figure" },
  "bundle.before": { "zh-CN": () => "分别办理", en: () => "Item by item" },
  "bundle.after": { "zh-CN": () => "一件事", en: () => "Bundle" },
  "bundle.cut": { "zh-CN": () => "减少", en: () => "Cut" },
  "bundle.metric.materials": { "zh-CN": () => "提交材料（份）", en: () => "Materials to submit" },
  "bundle.metric.visits": { "zh-CN": () => "跑动次数", en: () => "Visits" },
  "bundle.metric.time": { "zh-CN": (p) => `承诺时限（${unit(p.unit, "zh-CN")}）`, en: (p) => `Promised time (${unit(p.unit, "en")})` },
  "bundle.metric.departments": { "zh-CN": () => "对接部门", en: () => "Departments" },
  "bundle.metric.forms": { "zh-CN": () => "申请表", en: () => "Forms" },
  "bundle.issues": { "zh-CN": () => "问题", en: () => "Issues" },
  "bundle.invalid": {
    "zh-CN": () => "输入文档未通过校验，未检查一件事；请先修正以下错误",
    en: () => "the input documents do not validate, so the bundles were not checked; fix these errors first",
  },
  "bundle.not-bundles": {
    "zh-CN": (p) => `${p.file} 不是一件事清单（kind 应为 "bundle"）`,
    en: (p) => `${p.file} is not a bundle list (kind must be "bundle")`,
  },
  "bundle.not-implementation": {
    "zh-CN": (p) => `${p.file} 不是实施清单（kind 应为 "implementation"）`,
    en: (p) => `${p.file} is not an implementation list (kind must be "implementation")`,
  },
  "bundle.in-list": { "zh-CN": (p) => `实施清单 ${p.file} ${p.path}`, en: (p) => `implementation list ${p.file} ${p.path}` },
}));
