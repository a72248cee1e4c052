import { NO_FINDINGS, type Rule } from "./rule.js";

/** item-level-mismatch: in an implementation list, every item is exercised at the list's level. */
export const itemLevelMismatch: Rule = {
  id: "item-level-mismatch",
  severity: "error",
  title: { "zh-CN": "事项实施层级与清单层级一致", en: "Item level matches the list's level" },
  rationale: {
    "zh-CN": "实施清单是某一层级的清单，如县级清单只收录县级部门实施的事项。其他层级的事项应列入该层级的清单，其实施编码中的层级位也会出错。",
    en: "An implementation list (实施清单) is one level's list: a county list holds what county agencies implement. An item at another level belongs in that level's list, and its implementation code would carry the wrong level digit.",
  },
  example: 'a county list (region.level "4") with an item whose "level" is "3"',
  checkItem(item, context) {
    if (context.kind !== "implementation" || context.catalogueLevel === undefined || typeof item.level !== "string") return NO_FINDINGS;
    if (item.level === context.catalogueLevel) return NO_FINDINGS;
    return [{ path: "/level", params: { itemLevel: item.level, catalogueLevel: context.catalogueLevel } }];
  },
};
