import type { ConformanceRule } from "../conformance-rule.js";
import { entries } from "../match-elements.js";
import { feeMatching } from "../matching.js";
import { textOf } from "../../internal/shown.js";

/** fee-added: the lower item charges nothing the upper item does not charge. */
export const feeAdded: ConformanceRule = {
  id: "fee-added",
  severity: "error",
  title: { "zh-CN": "不增加收费", en: "No fee beyond the upper item's" },
  rationale: {
    "zh-CN": "domain-standard §7.4 的 R8：收费以经批准的收费目录（行政事业性收费目录清单）为准，下级不得增加上级事项没有的收费项目。上级不收费而下级收费的，只在 fees/charged 报告一次；否则逐项报告按规范化名称在上级找不到的收费项目。",
    en: "R8 in domain-standard §7.4: fees follow the approved fee catalogues (行政事业性收费目录清单) and a lower level cannot add fee items absent from the upper item. Charging an item the upper level offers free is reported once, at fees/charged; otherwise each fee item not found by normalised name is reported.",
  },
  example: 'upper "fees": { "charged": false, "items": [] }, lower "fees": { "charged": true, "items": [{ "name": "工本费", … }] }',
  paths: 'path "/items/i/fees/charged" with upperPath "/items/j/fees/charged" when the upper is free; else path "/items/i/fees/items/k" with upperPath "/items/j/fees/items".',
  standardFields: true,
  checkPair(upper, lower, context) {
    const u = upper.fees;
    const l = lower.fees;
    if (typeof u !== "object" || u === null || typeof l !== "object" || l === null) return [];
    if (l.charged === true && u.charged === false) {
      return [{ path: "/fees/charged", upperPath: "/fees/charged", params: { charged: true, name: entries(l.items).map(([, f]) => textOf(f.name ?? "")).join("、") } }];
    }
    if (!Array.isArray(u.items)) return [];
    const partners = context.matcher.partners(u.items, l.items, feeMatching);
    return entries(l.items)
      .filter(([k]) => !partners[k])
      .map(([k, f]) => ({ path: `/fees/items/${k}`, upperPath: "/fees/items", params: { charged: false, name: textOf(f.name ?? ""), standard: textOf(f.standard ?? "") } }));
  },
};
