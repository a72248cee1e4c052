import type { ConformanceRule } from "../conformance-rule.js";

/** The basic code inside a 31-character implementation code (credit code 18 + level 1 + basic code 12). */
const basicCodeOf = (member: unknown): string | undefined => {
  const code = typeof member === "object" && member !== null ? (member as { implementationCode?: unknown }).implementationCode : undefined;
  return typeof code === "string" && code.length >= 31 ? code.slice(19, 31) : undefined;
};

/** bundle-member-added: a lower 一件事 bundles only items its upper 一件事 bundles. */
export const bundleMemberAdded: ConformanceRule = {
  id: "bundle-member-added",
  severity: "warning",
  title: { "zh-CN": "一件事不增加上级未列的组成事项", en: "A bundle adds no member the upper bundle does not list" },
  rationale: {
    "zh-CN": "省、市、县逐级落实同一张一件事清单（国办发〔2025〕24号）：下级的一件事与上级同名同码，组成事项应是上级所列事项在本级的实施。组成事项按实施编码中的基本编码比较（实施主体在各级不同）。警告而非错误：地方可以把本地事项并入同一件事。",
    en: "Provinces, cities and counties implement the same 一件事 list level by level (国办发〔2025〕24号): a lower bundle bundles the local implementations of the items its upper bundle lists. Members compare by the basic code inside their implementation codes (the agency differs at every level). A warning, not an error: a locality may fold a local item into the bundle.",
  },
  example: 'upper members with basic codes [000101001000, 000123018000], lower members adding 000134002000',
  paths: 'path "/items/i/members/k" (the added member), upperPath "/items/j/members".',
  checkPair(upper, lower) {
    if (!Array.isArray(upper.members) || !Array.isArray(lower.members)) return [];
    const listed = new Set(upper.members.map(basicCodeOf));
    return lower.members.flatMap((member: unknown, k: number) => {
      const basic = basicCodeOf(member);
      if (basic === undefined || listed.has(basic)) return [];
      return [{ path: `/members/${k}`, upperPath: "/members", params: { code: String((member as { implementationCode: string }).implementationCode), basic } }];
    });
  },
};
