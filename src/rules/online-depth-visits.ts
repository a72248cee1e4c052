import { NO_FINDINGS, type Rule } from "./rule.js";

/** online-depth-visits: 全程网办 (online depth 4) means zero visits. */
export const onlineDepthVisits: Rule = {
  id: "online-depth-visits",
  severity: "error",
  title: { "zh-CN": "全程网办事项到现场次数为0", en: "Fully online items need no visit" },
  rationale:
    "网上办理深度 Ⅳ级 is 全程网办: the whole item is handled online, so 到办事现场次数 must be 0 (Zhejiang/Wenzhou 事项标准化 rule).",
  example: '"onlineDepth": 4, "visits": 1',
  checkItem(item) {
    if (item.onlineDepth !== 4 || typeof item.visits !== "number" || item.visits === 0) return NO_FINDINGS;
    return [{ path: "/visits", params: { visits: item.visits } }];
  },
};
