import type { ConformanceRule } from "../conformance-rule.js";
import { entries } from "../match-elements.js";
import { materialMatching } from "../matching.js";
import { textOf } from "../../internal/shown.js";

/** How much a necessity asks of the applicant: 非必要 < 容缺后补 (must still be supplied later) < 必要. */
const RANK: Record<string, number> = { optional: 0, deferrable: 1, required: 2 };

/** material-necessity-raised: a material is not made more necessary than the upper item makes it. */
export const materialNecessityRaised: ConformanceRule = {
  id: "material-necessity-raised",
  severity: "error",
  title: { "zh-CN": "不提高材料必要性", en: "Material necessity is not raised" },
  rationale: {
    "zh-CN": "domain-standard §7.4 的 R6：下级可以降低材料的必要性（必要→非必要/容缺），不得提高；把非必要或容缺后补的材料改为必要，会拒绝按上级标准本应受理的申请人（无差别受理，§7.1）。",
    en: "R6 in domain-standard §7.4: a lower level may lower a material's 必要性 (必要→非必要/容缺), never raise it; making an optional or 容缺后补 material required turns away applicants the upper standard accepts (无差别受理, §7.1).",
  },
  example: 'upper material M0004 "necessity": "deferrable", lower "necessity": "required"',
  paths: 'path "/items/i/materials/k/necessity", upperPath "/items/j/materials/l/necessity".',
  standardFields: true,
  checkPair(upper, lower, context) {
    const partners = context.matcher.partners(upper.materials, lower.materials, materialMatching);
    return entries(lower.materials).flatMap(([k, m]) => {
      const match = partners[k];
      const u = match?.value.necessity;
      if (!match || !(u in RANK) || !(m.necessity in RANK) || RANK[m.necessity]! <= RANK[u]!) return [];
      return [{
        path: `/materials/${k}/necessity`,
        upperPath: `/materials/${match.index}/necessity`,
        params: { name: textOf(m.name ?? ""), upper: u, lower: m.necessity },
      }];
    });
  },
};
