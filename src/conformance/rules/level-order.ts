import type { ConformanceRule } from "../conformance-rule.js";

/** level-order: the lower catalogue is published at a lower level than the upper one. */
export const levelOrder: ConformanceRule = {
  id: "level-order",
  severity: "error",
  title: { "zh-CN": "本级层级低于上级", en: "Lower level is below the upper level" },
  rationale: {
    "zh-CN": "事项逐级认领（各级认领本级和下级实施的全量事项，domain-standard §7.1）：国家级1 高于省级2 > 市级3 > 县级4 > 乡镇级5 > 村级6（A.2）。与同级或更低层级的清单比对，会把平级或下级当作标准。",
    en: "Items are claimed level by level (各级认领本级和下级实施的全量事项, domain-standard §7.1): national 1 above province 2 > city 3 > county 4 > township 5 > village 6 (A.2). Comparing a list with one at its own or a lower level would take a peer or a subordinate for the standard.",
  },
  example: 'upper "region": { "level": "4" }, lower "region": { "level": "3" }',
  paths: 'path "/region/level" in the lower document, upperPath "/region/level".',
  checkDocuments(upper, lower) {
    const u = upper.region?.level;
    const l = lower.region?.level;
    if (typeof u !== "string" || typeof l !== "string") return [];
    return Number(l) > Number(u) ? [] : [{ path: "/region/level", upperPath: "/region/level", params: { upper: u, lower: l } }];
  },
};
