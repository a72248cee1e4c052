import type { ConformanceRule } from "../conformance-rule.js";
import { textOf } from "../../internal/shown.js";

/** not-claimed: the claim coverage: an upper item allowed at the lower level that the lower list leaves out. */
export const notClaimed: ConformanceRule = {
  id: "not-claimed",
  severity: "info",
  title: { "zh-CN": "上级事项已认领", en: "Upper items are claimed" },
  rationale: {
    "zh-CN": "各级认领本级和下级实施的全量事项（domain-standard §7.1）：行使层级包含某一层级的事项，都应出现在该层级的清单中。未认领可能是正当的（本地无实施机关），因此仅以提示报告认领覆盖情况；已取消的事项（事项状态为取消）不要求认领。",
    en: "各级认领本级和下级实施的全量事项 (domain-standard §7.1): every item whose 行使层级 includes a level should appear in that level's list. An unclaimed item may be legitimate (no agency locally), so this reports coverage as info; a cancelled item (事项状态 cancelled) is not expected below.",
  },
  example: 'upper item with "levels": ["3", "4"], no item with its basicCode in a county (4) list',
  paths: 'path "/items" in the lower document, upperPath "/items/j" (the unclaimed upper item); itemCode is the upper item\'s code.',
  checkUnclaimed(upper, lowerLevel) {
    // A cancelled item (事项状态 cancelled) is to be dropped below, not claimed: see upper-item-cancelled.
    if (upper.state === "cancelled" || !Array.isArray(upper.levels) || !upper.levels.includes(lowerLevel)) return [];
    return [{ path: "/items", upperPath: "", params: { code: textOf(upper.basicCode ?? ""), name: textOf(upper.name ?? ""), level: lowerLevel } }];
  },
};
