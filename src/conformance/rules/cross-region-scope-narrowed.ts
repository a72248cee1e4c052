import { codesOf } from "../../codes/code-set.js";
import { crossRegionScopes } from "../../codes/code-sets.js";
import type { ConformanceRule } from "../conformance-rule.js";
import { textOf } from "../../internal/shown.js";

/** The 通办范围 codes, broad to narrow: the code set's order. */
const ORDER: readonly string[] = codesOf(crossRegionScopes);

/** cross-region-scope-narrowed: the lower item's 通办范围 is not narrower than the upper item's. */
export const crossRegionScopeNarrowed: ConformanceRule = {
  id: "cross-region-scope-narrowed",
  severity: "warning",
  title: { "zh-CN": "不缩小通办范围", en: "Cross-region scope is not narrowed" },
  rationale: {
    "zh-CN": "跨省通办、全省通办等通办范围让申请人就近办理（国办发〔2020〕35号）；上级定为全国或全省通办的事项，下级缩小范围会让申请人回到属地办理。代码集按从宽到窄排列（全国、跨省、全省、全市、全县）。可能有本地原因，因此仅作警告；两级都给出时才比对。",
    en: "Cross-region scopes (跨省通办, 全省通办 …, 国办发〔2020〕35号) let applicants apply where they are; narrowing the upper item's scope below sends them back to their home office. The code set runs broad to narrow (nationwide, cross_province, province, city, county). It can have local causes, hence a warning; compared only when both levels give one.",
  },
  example: 'upper "crossRegionScope": "province", lower "crossRegionScope": "city"',
  paths: 'path "/items/i/crossRegionScope", upperPath "/items/j/crossRegionScope".',
  standardFields: true,
  checkPair(upper, lower) {
    const u = ORDER.indexOf(textOf(upper.crossRegionScope));
    const l = ORDER.indexOf(textOf(lower.crossRegionScope));
    if (u < 0 || l < 0 || l <= u) return [];
    return [{ path: "/crossRegionScope", upperPath: "/crossRegionScope", params: { upper: textOf(upper.crossRegionScope), lower: textOf(lower.crossRegionScope) } }];
  },
};
