import type { BundleRule } from "../bundle-rule.js";
import { foundMembers } from "../member-facts.js";

/** bundle-visits-exceed-members: the bundle asks for no more visits than the most any member asks. */
export const bundleVisitsExceedMembers: BundleRule = {
  id: "bundle-visits-exceed-members",
  severity: "warning",
  title: { "zh-CN": "一件事到现场次数不超过组成事项的最多次数", en: "The bundle asks for no more visits than its most demanding member" },
  rationale: {
    "zh-CN": "一窗受理、一网办理（GB/T 45836—2025）：一次跑动可以同时办理各组成事项，一件事的到办事现场次数不应多于任一组成事项所需的最多次数（减跑动）。警告：个别一件事可能需要额外的联合踏勘。",
    en: "一窗受理、一网办理 (GB/T 45836—2025): one visit serves every member at once, so a bundle should not ask for more visits than its most demanding member (减跑动). A warning: a joint site inspection may add a visit in some bundles.",
  },
  example: 'members ask for 1 and 0 visits; the bundle "visits": 2',
  check({ bundle, members }) {
    const visits = foundMembers(members).map((m) => m.item.visits).filter((v): v is number => typeof v === "number");
    if (typeof bundle.visits !== "number" || visits.length === 0 || visits.length < members.length) return [];
    const most = Math.max(...visits);
    return bundle.visits > most ? [{ path: "/visits", params: { visits: bundle.visits, most } }] : [];
  },
};
