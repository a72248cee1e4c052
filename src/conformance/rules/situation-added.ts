import type { ConformanceRule } from "../conformance-rule.js";
import { entries } from "../match-elements.js";
import { situationMatching } from "../matching.js";
import { textOf } from "../../internal/shown.js";

/** situation-added: the lower item has only situations (办理情形) the upper item has. */
export const situationAdded: ConformanceRule = {
  id: "situation-added",
  severity: "error",
  title: { "zh-CN": "不增加上级未列的办理情形", en: "No situation beyond the upper item's" },
  rationale: {
    "zh-CN": "办理情形决定申请人适用哪些材料；同要素管理、无差别受理（domain-standard §7.1）要求下级只能收窄上级标准：C.办理情形 ⊆ P.办理情形，按情形编码匹配。上级未给出办理情形时不比对。",
    en: "Situations (办理情形) decide which materials apply to an applicant; 同要素管理、无差别受理 (domain-standard §7.1) lets a lower level only narrow the upper standard: C.situations ⊆ P.situations, matched by 情形编码 (id). Not compared when the upper item gives no situations.",
  },
  example: 'upper situations [S01, S02], lower situations [S01, S02, { "id": "S09", "name": "补办" }]',
  paths: 'path "/items/i/situations/k" (the added situation), upperPath "/items/j/situations".',
  standardFields: true,
  checkPair(upper, lower, context) {
    if (!Array.isArray(upper.situations)) return [];
    return entries(lower.situations)
      .filter(([, s]) => !context.matcher.first(upper.situations, s, situationMatching))
      .map(([k, s]) => ({ path: `/situations/${k}`, upperPath: "/situations", params: { id: textOf(s.id ?? ""), name: textOf(s.name ?? "") } }));
  },
};
