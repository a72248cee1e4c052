import type { ConformanceRule } from "../conformance-rule.js";
import { entries } from "../match-elements.js";
import { materialMatching } from "../matching.js";
import { textOf } from "../../internal/shown.js";

/** exemption-withdrawn: a material the upper item lets applicants skip (是否可免提交) may be skipped below too. */
export const exemptionWithdrawn: ConformanceRule = {
  id: "exemption-withdrawn",
  severity: "error",
  title: { "zh-CN": "不取消上级允许的免提交", en: "A material exempt above stays exempt" },
  rationale: {
    "zh-CN": "免提交（以电子证照、数据共享或告知承诺代替材料）是减材料改革的成果（domain-standard §7.4 的 R6）：上级已允许申请人免于提交的材料，下级不得再要求提交；匹配的下级材料「是否可免提交」为否或缺失即为撤回。",
    en: "免提交 (a material replaced by an electronic licence, shared data or a commitment) is a result of the 减材料 reform (R6 in domain-standard §7.4): a material the upper level lets applicants skip may not be demanded again below; the matched lower material withdraws it when 是否可免提交 is false or absent.",
  },
  example: 'upper material M0002 "exemptible": true, lower material M0002 without "exemptible"',
  paths: 'path "/items/i/materials/k/exemptible", upperPath "/items/j/materials/l/exemptible".',
  standardFields: true,
  checkPair(upper, lower, context) {
    const partners = context.matcher.partners(upper.materials, lower.materials, materialMatching);
    return entries(lower.materials).flatMap(([k, m]) => {
      const match = partners[k];
      if (match?.value.exemptible !== true || m.exemptible === true) return [];
      return [{
        path: `/materials/${k}/exemptible`,
        upperPath: `/materials/${match.index}/exemptible`,
        params: { name: textOf(m.name ?? m.id ?? ""), mode: textOf(match.value.exemptionMode ?? "") },
      }];
    });
  },
};
