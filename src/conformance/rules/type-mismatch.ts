import type { ConformanceRule } from "../conformance-rule.js";

/** type-mismatch: the lower item keeps the upper item's type (A.1). */
export const typeMismatch: ConformanceRule = {
  id: "type-mismatch",
  severity: "error",
  title: { "zh-CN": "事项类型与上级一致", en: "Item type equals the upper item's" },
  rationale: {
    "zh-CN": "事项类型是全省统一的6类基本要素之一（domain-standard §7.1，§7.4 的 R1）；行政许可（01）到下级变成公共服务（20），就脱离了行政许可的规则约束。",
    en: "事项类型 is one of the 6类基本要素 that are 全省统一 (domain-standard §7.1, R1 in §7.4); a licence (01) that becomes a public service (20) at a lower level escapes the licensing rules.",
  },
  example: 'upper "type": "01", lower "type": "20"',
  paths: 'path "/items/i/type", upperPath "/items/j/type".',
  checkPair(upper, lower) {
    if (typeof upper.type !== "string" || typeof lower.type !== "string" || upper.type === lower.type) return [];
    return [{ path: "/type", upperPath: "/type", params: { upper: upper.type, lower: lower.type } }];
  },
};
