import { NO_FINDINGS, type Rule } from "./rule.js";

/** promised-exceeds-statutory: the promised time limit is no longer than the statutory one (same unit). */
export const promisedExceedsStatutory: Rule = {
  id: "promised-exceeds-statutory",
  severity: "error",
  title: { "zh-CN": "承诺时限不超过法定时限", en: "Promised time does not exceed the statutory time" },
  rationale: {
    "zh-CN": "承诺时限不得超过法定时限，必须在法定时限基础上进行压缩：承诺办结时限是对法定办结时限的压缩。计量单位不同的时限不作比较，因为没有日历无法在工作日与自然日之间换算。",
    en: "承诺时限不得超过法定时限，必须在法定时限基础上进行压缩: the promise is a reduction of the statutory limit. Limits in different units are not compared, since working and calendar days do not convert without a calendar.",
  },
  example: '"timeLimit": { "statutory": { "value": 20, "unit": "working_day" }, "promised": { "value": 25, "unit": "working_day" } }',
  checkItem(item) {
    const timeLimit = item.timeLimit;
    if (timeLimit === undefined || timeLimit === null) return NO_FINDINGS;
    const { statutory, promised } = timeLimit;
    if (!statutory || !promised || statutory.unit !== promised.unit) return NO_FINDINGS;
    if (!(promised.value > statutory.value)) return NO_FINDINGS;
    return [{ path: "/timeLimit/promised", params: { promised: promised.value, statutory: statutory.value, unit: promised.unit } }];
  },
};
