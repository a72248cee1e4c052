import type { BundleRule } from "../bundle-rule.js";
import { foundMembers } from "../member-facts.js";

/** bundle-online-depth-below-members: the bundle is at least as deep online as its least online member. */
export const bundleOnlineDepthBelowMembers: BundleRule = {
  id: "bundle-online-depth-below-members",
  severity: "warning",
  title: { "zh-CN": "一件事网上办理深度不低于组成事项的最低深度", en: "The bundle is no less online than its least online member" },
  rationale: {
    "zh-CN": "一网办理（GB/T 45836—2025）：合并办理不应让原本可网办的事项退回线下；一件事的网上办理深度不应低于各组成事项中最低的深度。",
    en: "一网办理 (GB/T 45836—2025): bundling should not push online items back to the counter; the bundle's online depth should be no lower than its least online member's.",
  },
  example: 'members at online depth 3 and 4; the bundle "onlineDepth": 2',
  check({ bundle, members }) {
    const depths = foundMembers(members).map((m) => m.item.onlineDepth).filter((v): v is number => typeof v === "number");
    if (typeof bundle.onlineDepth !== "number" || depths.length === 0 || depths.length < members.length) return [];
    const lowest = Math.min(...depths);
    return bundle.onlineDepth < lowest ? [{ path: "/onlineDepth", params: { depth: bundle.onlineDepth, lowest } }] : [];
  },
};
