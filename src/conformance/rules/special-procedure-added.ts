import type { ConformanceRule } from "../conformance-rule.js";
import { entries } from "../match-elements.js";
import { nameMatching } from "../matching.js";
import { textOf } from "../../internal/shown.js";

/** special-procedure-added: the lower item adds no special procedure (特别程序) the upper item does not have. */
export const specialProcedureAdded: ConformanceRule = {
  id: "special-procedure-added",
  severity: "warning",
  title: { "zh-CN": "不增加上级未列的特别程序", en: "No special procedure beyond the upper item's" },
  rationale: {
    "zh-CN": "特别程序（听证、检验、专家评审等，GB/T 39046 A.7）延长实际办理时间；下级新增特别程序会使办理时限超出上级标准（domain-standard §7.4 的 R5），按规范化名称匹配。部分特别程序由法定条件触发，可能有本地原因，因此仅作警告。上级未给出特别程序时不比对。",
    en: "Special procedures (听证, 检验, 专家评审 …, GB/T 39046 A.7) lengthen the real handling time; one added below stretches the time limit beyond the upper standard (R5 in domain-standard §7.4). Matched by normalised name. Some are triggered by legal conditions and can have local causes, hence a warning. Not compared when the upper item gives no special procedures.",
  },
  example: 'upper specialProcedures [现场审查], lower specialProcedures [现场审查, 专家评审]',
  paths: 'path "/items/i/specialProcedures/k" (the added procedure), upperPath "/items/j/specialProcedures".',
  standardFields: true,
  checkPair(upper, lower, context) {
    if (!Array.isArray(upper.specialProcedures)) return [];
    return entries(lower.specialProcedures)
      .filter(([, p]) => !context.matcher.first(upper.specialProcedures, p, nameMatching))
      .map(([k, p]) => ({ path: `/specialProcedures/${k}`, upperPath: "/specialProcedures", params: { name: textOf(p.name ?? "") } }));
  },
};
