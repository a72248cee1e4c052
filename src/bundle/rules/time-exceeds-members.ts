import type { BundleRule } from "../bundle-rule.js";
import { foundMembers, memberTimeSum, promisedOf } from "../member-facts.js";

/** bundle-time-exceeds-members: the bundle promises no longer than its members together. */
export const bundleTimeExceedsMembers: BundleRule = {
  id: "bundle-time-exceeds-members",
  severity: "error",
  title: { "zh-CN": "一件事承诺时限不超过组成事项之和", en: "The bundle promises no longer than its members together" },
  rationale: {
    "zh-CN": "高效办成一件事的目标是减时限（国办发〔2025〕24号）。组成事项串联办理时总时限为各承诺时限之和，并联时更短，因此和是上界（reform-2024 §2，推断）；一件事的承诺时限超过此和即比分别办理更慢。仅在全部组成事项都找到且单位一致时比较：工作日与自然日不经日历不换算。",
    en: "高效办成一件事 aims to 减时限 (国办发〔2025〕24号). Handled one after another the members take the sum of their promised times, in parallel less, so the sum is an upper bound (reform-2024 §2, inferred); a bundle promising more is slower than applying item by item. Compared only when every member is found and all use one unit: working and calendar days do not convert without a calendar.",
  },
  example: 'members promise 10 and 5 working days; the bundle { "value": 20, "unit": "working_day" }',
  check({ bundle, members }) {
    const own = promisedOf(bundle);
    const found = foundMembers(members);
    if (!own || found.length === 0 || found.length < members.length) return [];
    const sum = memberTimeSum(found.map((m) => m.item));
    if (sum === undefined || sum === "mixed" || sum.unit !== own.unit || own.value <= sum.value) return [];
    return [{ path: "/timeLimit/promised", params: { value: own.value, sum: sum.value, unit: own.unit } }];
  },
};
