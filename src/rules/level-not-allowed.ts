import { NO_FINDINGS, type Rule } from "./rule.js";

/** level-not-allowed: an implementation item's `level` is one of its `levels` (行使层级). */
export const levelNotAllowed: Rule = {
  id: "level-not-allowed",
  severity: "error",
  title: { "zh-CN": "实施层级属于行使层级", en: "Level is one of the item's levels" },
  rationale: {
    "zh-CN": "行使层级（GB/T 39046 A.2）列明事项可以行使的层级；在其他层级实施，就是行使基本目录未在该层级赋予的权力。",
    en: "行使层级 (GB/T 39046 A.2) lists the levels at which the item may be exercised; implementing it at another level is exercising a power the basic catalogue does not grant there.",
  },
  example: '"levels": ["2", "3"], "level": "4"',
  checkItem(item) {
    if (typeof item.level !== "string" || !Array.isArray(item.levels)) return NO_FINDINGS;
    return item.levels.includes(item.level) ? NO_FINDINGS : [{ path: "/level", params: { level: item.level, levels: item.levels.join(",") } }];
  },
};
