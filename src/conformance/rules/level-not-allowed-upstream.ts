import type { ConformanceFinding, ConformanceRule } from "../conformance-rule.js";

/** level-not-allowed-upstream: the lower item implements (or allows) only levels the upper item's `levels` allow. */
export const levelNotAllowedUpstream: ConformanceRule = {
  id: "level-not-allowed-upstream",
  severity: "error",
  title: { "zh-CN": "实施层级在上级行使层级之内", en: "Level is allowed by the upper item's levels" },
  rationale: {
    "zh-CN": "行使层级（A.2）由上级目录确定；domain-standard §7.4 的 R2 要求 C.层级 ∈ P.行使层级。下级清单不得在上级未下放的层级实施事项，也不得扩大事项的行使层级。",
    en: "行使层级 (A.2) is set by the catalogue above; R2 in domain-standard §7.4 requires C.层级 ∈ P.行使层级. A lower list may not implement an item at a level the upper list does not delegate, nor widen the item's levels.",
  },
  example: 'upper "levels": ["3"], lower "level": "4"',
  paths: 'path "/items/i/level" (or "/items/i/levels/k" for a widened levels entry), upperPath "/items/j/levels".',
  checkPair(upper, lower) {
    if (!Array.isArray(upper.levels)) return [];
    const allowed = upper.levels.join(",");
    const findings: ConformanceFinding[] = [];
    if (typeof lower.level === "string" && !upper.levels.includes(lower.level)) {
      findings.push({ path: "/level", upperPath: "/levels", params: { level: lower.level, levels: allowed } });
    }
    if (Array.isArray(lower.levels)) {
      lower.levels.forEach((level: unknown, k: number) => {
        // The item's own level is reported once, at /level.
        if (typeof level === "string" && !upper.levels.includes(level) && level !== lower.level) {
          findings.push({ path: `/levels/${k}`, upperPath: "/levels", params: { level, levels: allowed } });
        }
      });
    }
    return findings;
  },
};
