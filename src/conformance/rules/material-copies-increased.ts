import type { ConformanceRule } from "../conformance-rule.js";
import { entries } from "../match-elements.js";
import { materialMatching } from "../matching.js";
import { textOf } from "../../internal/shown.js";

/** material-copies-increased: a material is not asked for in more copies than the upper item asks. */
export const materialCopiesIncreased: ConformanceRule = {
  id: "material-copies-increased",
  severity: "warning",
  title: { "zh-CN": "不增加材料份数", en: "Material copies are not increased" },
  rationale: {
    "zh-CN": "domain-standard §7.4 的 R6：下级可以减少材料份数（减材料实践，§7.1）。增加份数加重申请人负担，但不改变所证明的内容，因此默认仅作警告。",
    en: "R6 in domain-standard §7.4: a lower level may reduce 份数 (减材料 practice, §7.1). More copies burden the applicant but do not change what is proved, hence a warning by default.",
  },
  example: 'upper material M0001 "copies": 1, lower "copies": 2',
  paths: 'path "/items/i/materials/k/copies", upperPath "/items/j/materials/l/copies".',
  standardFields: true,
  checkPair(upper, lower, context) {
    const partners = context.matcher.partners(upper.materials, lower.materials, materialMatching);
    return entries(lower.materials).flatMap(([k, m]) => {
      const match = partners[k];
      const u = match?.value.copies;
      if (!match || typeof u !== "number" || typeof m.copies !== "number" || m.copies <= u) return [];
      return [{
        path: `/materials/${k}/copies`,
        upperPath: `/materials/${match.index}/copies`,
        params: { name: textOf(m.name ?? ""), upper: u, lower: m.copies },
      }];
    });
  },
};
