import type { ConformanceRule } from "../conformance-rule.js";

/** visits-increased: the applicant comes in person no more often than the upper item requires. */
export const visitsIncreased: ConformanceRule = {
  id: "visits-increased",
  severity: "error",
  title: { "zh-CN": "不增加到办事现场次数", en: "Visits are not increased" },
  rationale: {
    "zh-CN": "domain-standard §7.4 的 R7：C.到现场次数 ≤ P.到现场次数（最多跑一次实践，减跑动）。§7.4 建议作警告；本规则按 issue 3 的要求默认为错误，可由策略降级。",
    en: "R7 in domain-standard §7.4: C.到现场次数 ≤ P.到现场次数 (最多跑一次 practice, 减跑动). §7.4 proposes a warning; this rule defaults to error as issue 3 asks, and a policy may downgrade it.",
  },
  example: 'upper "visits": 1, lower "visits": 2',
  paths: 'path "/items/i/visits", upperPath "/items/j/visits".',
  standardFields: true,
  checkPair(upper, lower) {
    if (typeof upper.visits !== "number" || typeof lower.visits !== "number" || lower.visits <= upper.visits) return [];
    return [{ path: "/visits", upperPath: "/visits", params: { upper: upper.visits, lower: lower.visits } }];
  },
};
