import { NO_FINDINGS, type Rule } from "./rule.js";

/** lifecycle-dates-order: 计划取消日期 is not before 计划生效日期. */
export const lifecycleDatesOrder: Rule = {
  id: "lifecycle-dates-order",
  severity: "error",
  title: { "zh-CN": "计划取消日期不早于计划生效日期", en: "Planned cancellation is not before planned entry into force" },
  rationale: {
    "zh-CN": "事项先生效后取消；取消日期早于生效日期的事项从未有效，多为日期填反。",
    en: "An item takes effect before it is cancelled; a cancellation date before the effective date describes an item that was never in force, usually two dates swapped.",
  },
  example: '"plannedEffectiveDate": "2025-07-01", "plannedCancelDate": "2025-01-01"',
  checkItem(item) {
    const { plannedEffectiveDate: from, plannedCancelDate: to } = item;
    // ISO dates (the schema's format) compare as strings.
    if (typeof from !== "string" || typeof to !== "string" || !(to < from)) return NO_FINDINGS;
    return [{ path: "/plannedCancelDate", params: { effective: from, cancel: to } }];
  },
};
