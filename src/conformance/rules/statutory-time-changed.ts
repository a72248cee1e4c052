import type { ConformanceRule } from "../conformance-rule.js";

/** statutory-time-changed: the statutory time limit is the upper item's, value and unit. */
export const statutoryTimeChanged: ConformanceRule = {
  id: "statutory-time-changed",
  severity: "error",
  title: { "zh-CN": "法定办结时限与上级一致", en: "Statutory time limit equals the upper item's" },
  rationale: {
    "zh-CN": "法定办结时限由法律设定（如行政许可法第42条），不得在地方更改（domain-standard §7.4 的 R5）；下级只能压缩承诺办结时限，不能改动法定办结时限。",
    en: "The 法定办结时限 is set by law (e.g. 行政许可法 第42条) and cannot be changed locally (R5 in domain-standard §7.4); a lower level shortens its promise, never the statutory limit.",
  },
  example: 'upper "statutory": { "value": 20, "unit": "working_day" }, lower { "value": 15, "unit": "working_day" }',
  paths: 'path "/items/i/timeLimit/statutory", upperPath "/items/j/timeLimit/statutory".',
  standardFields: true,
  checkPair(upper, lower) {
    const u = upper.timeLimit?.statutory;
    const l = lower.timeLimit?.statutory;
    if (!u || !l || (u.value === l.value && u.unit === l.unit)) return [];
    return [{
      path: "/timeLimit/statutory",
      upperPath: "/timeLimit/statutory",
      params: { upper: u.value, upperUnit: u.unit, lower: l.value, lowerUnit: l.unit },
    }];
  },
};
