import type { ConformanceRule } from "../conformance-rule.js";
import { textOf } from "../../internal/shown.js";

/** upper-item-cancelled: the lower list does not carry an item the level above has cancelled (事项状态 cancelled). */
export const upperItemCancelled: ConformanceRule = {
  id: "upper-item-cancelled",
  severity: "error",
  title: { "zh-CN": "不保留上级已取消的事项", en: "No item the upper level has cancelled" },
  rationale: {
    "zh-CN": "事项清单实行动态管理：上级取消的事项（事项状态为取消），下级清单应当同步取消，否则仍在实施清单之外的事项（清单之外不得实施，domain-standard §7.1）。暂停的事项不在此列。",
    en: "Item lists are kept up to date (动态管理): an item the upper level cancels (事项状态 cancelled) must leave the lower list too, or the lower level keeps implementing an item that is off the list (清单之外不得实施, domain-standard §7.1). A suspended item is not affected.",
  },
  example: 'upper item "state": "cancelled", the lower list still carries the item',
  paths: 'path "/items/i" (the lower item), upperPath "/items/j/state".',
  checkPair(upper, lower) {
    if (upper.state !== "cancelled") return [];
    return [{ path: "", upperPath: "/state", params: { code: textOf(lower.basicCode ?? ""), name: textOf(lower.name ?? "") } }];
  },
};
