import { NO_FINDINGS, type Rule } from "./rule.js";

/** online-depth-visits: 全程网办 (online depth 4) means zero visits. */
export const onlineDepthVisits: Rule = {
  id: "online-depth-visits",
  severity: "error",
  title: { "zh-CN": "全程网办事项到现场次数为0", en: "Fully online items need no visit" },
  rationale: {
    "zh-CN": "网上办理深度Ⅳ级即全程网办：事项全程在网上办理，因此到办事现场次数必须为0（浙江/温州事项标准化规则）。",
    en: "网上办理深度 Ⅳ级 is 全程网办: the whole item is handled online, so 到办事现场次数 must be 0 (Zhejiang/Wenzhou 事项标准化 rule).",
  },
  example: '"onlineDepth": 4, "visits": 1',
  checkItem(item) {
    if (item.onlineDepth !== 4 || typeof item.visits !== "number" || item.visits === 0) return NO_FINDINGS;
    return [{ path: "/visits", params: { visits: item.visits } }];
  },
};
