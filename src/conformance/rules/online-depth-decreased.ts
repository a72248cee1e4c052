import type { ConformanceRule } from "../conformance-rule.js";

/** online-depth-decreased: the lower level offers at least the upper item's online depth. */
export const onlineDepthDecreased: ConformanceRule = {
  id: "online-depth-decreased",
  severity: "warning",
  title: { "zh-CN": "不降低网上办理深度", en: "Online depth is not lowered" },
  rationale: {
    "zh-CN": "domain-standard §7.4 的 R7：C.网办深度 ≥ P.网办深度。网办深度降低会让申请人回到窗口办理，但可能有本地技术原因，因此仅作警告。",
    en: "R7 in domain-standard §7.4: C.网办深度 ≥ P.网办深度. A lower depth sends applicants back to the window, but can have local technical causes, hence a warning.",
  },
  example: 'upper "onlineDepth": 4, lower "onlineDepth": 3',
  paths: 'path "/items/i/onlineDepth", upperPath "/items/j/onlineDepth".',
  standardFields: true,
  checkPair(upper, lower) {
    if (typeof upper.onlineDepth !== "number" || typeof lower.onlineDepth !== "number" || lower.onlineDepth >= upper.onlineDepth) return [];
    return [{ path: "/onlineDepth", upperPath: "/onlineDepth", params: { upper: upper.onlineDepth, lower: lower.onlineDepth } }];
  },
};
