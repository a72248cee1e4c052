import type { BundleRule } from "../bundle-rule.js";

/** bundle-member-unknown: every member names an item of the given implementation lists. */
export const bundleMemberUnknown: BundleRule = {
  id: "bundle-member-unknown",
  severity: "error",
  title: { "zh-CN": "一件事的组成事项在实施清单中", en: "Every member is an item of the implementation lists" },
  rationale: {
    "zh-CN": "一件事由已在实施清单中的事项组成（国办发〔2025〕24号：一件事清单与事项清单衔接）；清单之外的事项不得实施，也无从核对材料、时限和跑动次数。",
    en: "A 一件事 bundles items that are on the implementation lists (国办发〔2025〕24号 ties the 一件事 list to the item lists); an item outside the lists may not be implemented, and its materials, time and visits cannot be checked.",
  },
  example: '"members": [{ "implementationCode": "11320508MB1H3K5E5P4000123099000" }] with no such item in the lists',
  check({ members }) {
    return members.filter((m) => m.item === undefined).map((m) => ({ path: `/members/${m.index}/implementationCode`, params: { code: m.code } }));
  },
};
