import { levelOfRegion } from "../identifiers/region-code.js";
import { NO_FINDINGS, type Rule } from "./rule.js";

/** region-level-mismatch: the catalogue's `region.level` is the level its 12-digit code implies. */
export const regionLevelMismatch: Rule = {
  id: "region-level-mismatch",
  severity: "error",
  title: { "zh-CN": "发布区域层级与区划代码一致", en: "Region level matches the region code" },
  rationale: {
    "zh-CN": "统计用区划代码以末尾的0表示层级（XX0000000000 为省级……12位全有效为村级）。声明为其他层级的目录会与错误的上级层级比对。",
    en: "The 统计用区划代码 encodes its level in its trailing zeros (XX0000000000 province … all 12 digits village). A catalogue that declares another level would be compared against the wrong upper level.",
  },
  example: '"region": { "code": "440300000000", "level": "4" } (440300 is a city: level 3)',
  checkCatalogue(catalogue) {
    const { code, level } = catalogue.region ?? {};
    if (typeof code !== "string" || !/^\d{12}$/.test(code) || typeof level !== "string") return NO_FINDINGS;
    const implied = levelOfRegion(code);
    return implied === level ? NO_FINDINGS : [{ path: "/region/level", params: { code, implied, declared: level } }];
  },
};
