import type { ConformanceRule } from "../conformance-rule.js";
import { entries } from "../match-elements.js";
import { nameMatching } from "../matching.js";
import { textOf } from "../../internal/shown.js";

/** intermediary-added: the lower item requires only the intermediary services (中介服务) the upper item requires. */
export const intermediaryAdded: ConformanceRule = {
  id: "intermediary-added",
  severity: "error",
  title: { "zh-CN": "不增加上级未要求的中介服务", en: "No intermediary service beyond the upper item's" },
  rationale: {
    "zh-CN": "中介服务增加申请人的时间和费用，清理规范行政审批中介服务要求不得增设（domain-standard §7.1）：下级必需的中介服务 ⊆ 上级必需的中介服务，按规范化名称匹配；上级列出但非必需的服务，下级改为必需也算新增。上级未给出中介服务时不比对。",
    en: "Intermediary services (中介服务) cost applicants time and money, and the clean-up of approval intermediaries forbids adding them (domain-standard §7.1): services the lower item requires ⊆ those the upper item requires, matched by normalised name; making a service the upper lists as optional required is an addition too. Not compared when the upper item gives no intermediaries.",
  },
  example: 'upper intermediaries [], lower intermediaries [{ "name": "水质检测", "required": true }]',
  paths: 'path "/items/i/intermediaries/k" and upperPath "/items/j/intermediaries" (not listed above), or path "/items/i/intermediaries/k/required" and upperPath "/items/j/intermediaries/l/required" (optional above).',
  standardFields: true,
  checkPair(upper, lower, context) {
    if (!Array.isArray(upper.intermediaries)) return [];
    return entries(lower.intermediaries).flatMap(([k, s]) => {
      if (s.required !== true) return [];
      const match = context.matcher.first(upper.intermediaries, s, nameMatching);
      if (match?.value.required === true) return [];
      const params = { name: textOf(s.name ?? "") };
      return match
        ? [{ path: `/intermediaries/${k}/required`, upperPath: `/intermediaries/${match.index}/required`, params }]
        : [{ path: `/intermediaries/${k}`, upperPath: "/intermediaries", params }];
    });
  },
};
