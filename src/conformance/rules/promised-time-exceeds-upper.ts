import type { ConformanceRule } from "../conformance-rule.js";

/** promised-time-exceeds-upper: the lower level promises no longer than the upper item (same unit). */
export const promisedTimeExceedsUpper: ConformanceRule = {
  id: "promised-time-exceeds-upper",
  severity: "error",
  title: { "zh-CN": "承诺时限不超过上级", en: "Promised time does not exceed the upper item's" },
  rationale: {
    "zh-CN": "改革方向是单向的减时限（常德，domain-standard §7.1）：下级可以压缩承诺办结时限，不得延长（§7.4 的 R4 建议作可配置的警告；本规则默认为错误，可由策略降级）。计量单位不同的时限不作比较：没有日历无法在工作日与自然日之间换算。",
    en: "Reform runs one way, 减时限 (常德, domain-standard §7.1): a lower level may shorten the promise, not lengthen it (R4 in §7.4, which proposes a configurable warning; this rule defaults to error and a policy may downgrade it). Limits in different units are not compared: working and calendar days do not convert without a calendar.",
  },
  example: 'upper "promised": { "value": 10, "unit": "working_day" }, lower { "value": 12, "unit": "working_day" }',
  paths: 'path "/items/i/timeLimit/promised", upperPath "/items/j/timeLimit/promised".',
  standardFields: true,
  checkPair(upper, lower) {
    const u = upper.timeLimit?.promised;
    const l = lower.timeLimit?.promised;
    if (!u || !l || u.unit !== l.unit || !(l.value > u.value)) return [];
    return [{ path: "/timeLimit/promised", upperPath: "/timeLimit/promised", params: { upper: u.value, lower: l.value, unit: u.unit } }];
  },
};
