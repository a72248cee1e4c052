import type { BundleRule } from "../bundle-rule.js";
import { foundMembers, promisedOf } from "../member-facts.js";

/** bundle-time-units-mixed: the bundle's time cannot be checked because working and calendar days meet. */
export const bundleTimeUnitsMixed: BundleRule = {
  id: "bundle-time-units-mixed",
  severity: "warning",
  title: { "zh-CN": "一件事与组成事项的时限单位一致", en: "The bundle and its members use one time unit" },
  rationale: {
    "zh-CN": "工作日与自然日不经日历无法换算（时限单位在各平台含义不一，不作猜测，reform-2024 §4）。单位不一致时不比较 bundle-time-exceeds-members，也不计算时限的节省；本规则说明原因，而不是静默跳过。",
    en: "Working and calendar days do not convert without a calendar (platforms disagree on what a unit means; never guess, reform-2024 §4). With mixed units bundle-time-exceeds-members is not compared and no time saving is computed; this rule says why instead of skipping silently.",
  },
  example: 'member promises { "value": 10, "unit": "working_day" }, another { "value": 15, "unit": "natural_day" }',
  check({ bundle, members }) {
    const own = promisedOf(bundle);
    const times = foundMembers(members).map((m) => promisedOf(m.item));
    const units = new Set([...(own ? [own.unit] : []), ...times.flatMap((t) => (t ? [t.unit] : []))]);
    if (units.size < 2) return [];
    return [{ path: own ? "/timeLimit/promised/unit" : "/members", params: { units: [...units].join(",") } }];
  },
};
