import type { ConformanceRule } from "../conformance-rule.js";
import { normalizeText } from "../normalize.js";

/** name-mismatch: the lower item keeps the upper item's name (after normalising width and whitespace). */
export const nameMismatch: ConformanceRule = {
  id: "name-mismatch",
  severity: "error",
  title: { "zh-CN": "事项名称与上级一致", en: "Item name equals the upper item's" },
  rationale: {
    "zh-CN": "事项名称是全省统一的6类基本要素之一（domain-standard §7.1；九原区：确保名称一致）。实际数据中有名称漂移，如加「（市级/县级）」后缀（§7.3）。比较前统一全角半角和空白（NFKC），排版差异不算偏离。",
    en: "事项名称 is one of the 6类基本要素 that are 全省统一 (domain-standard §7.1; 九原区: 确保名称一致). Real data shows drift such as 「（市级/县级）」 suffixes (§7.3). Full-width and half-width forms and whitespace are normalised (NFKC) so typography is not a deviation.",
  },
  example: 'upper "name": "饮用水供水单位卫生许可", lower "name": "饮用水供水单位卫生许可（县级）"',
  paths: 'path "/items/i/name", upperPath "/items/j/name".',
  checkPair(upper, lower) {
    if (typeof upper.name !== "string" || typeof lower.name !== "string") return [];
    if (upper.name === lower.name || normalizeText(upper.name) === normalizeText(lower.name)) return [];
    return [{ path: "/name", upperPath: "/name", params: { upper: upper.name, lower: lower.name } }];
  },
};
