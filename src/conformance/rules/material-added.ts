import type { ConformanceRule } from "../conformance-rule.js";
import { entries } from "../match-elements.js";
import { materialMatching } from "../matching.js";
import { textOf } from "../../internal/shown.js";

/** material-added: the lower item asks only for materials the upper item lists. */
export const materialAdded: ConformanceRule = {
  id: "material-added",
  severity: "error",
  title: { "zh-CN": "不增加上级未列的材料", en: "No material beyond the upper item's" },
  rationale: {
    "zh-CN": "同要素管理、无差别受理（domain-standard §7.1）和减材料的改革方向要求 C.材料 ⊆ P.材料（§7.4 的 R6）。两级材料都有 `id` 时按 id 匹配，否则按规范化名称匹配，因此 id 相同而改名的材料不算新增。",
    en: "同要素管理、无差别受理 (domain-standard §7.1) and the 减材料 direction: C.materials ⊆ P.materials (R6 in §7.4). Materials match by `id` when both have one, else by normalised name, so a renamed material with the same id is not an addition.",
  },
  example: 'upper materials [M0001], lower materials [M0001, { "name": "户口本复印件" }]',
  paths: 'path "/items/i/materials/k" (the added material), upperPath "/items/j/materials".',
  standardFields: true,
  checkPair(upper, lower, context) {
    if (!Array.isArray(upper.materials)) return [];
    const partners = context.matcher.partners(upper.materials, lower.materials, materialMatching);
    return entries(lower.materials)
      .filter(([k]) => !partners[k])
      .map(([k, m]) => ({ path: `/materials/${k}`, upperPath: "/materials", params: { name: textOf(m.name ?? m.id ?? "") } }));
  },
};
