import type { ConformanceRule } from "../conformance-rule.js";
import type { Data } from "../../rules/rule.js";
import { entries } from "../match-elements.js";
import { situationMatching } from "../matching.js";
import { textOf } from "../../internal/shown.js";

/** The material ids an upper item's situations name; a material named by none applies in every situation. */
function namedIds(item: Data): Set<string> {
  const ids = new Set<string>();
  for (const [, s] of entries(item.situations)) if (Array.isArray(s.materials)) for (const id of s.materials) ids.add(textOf(id));
  return ids;
}

/** situation-material-added: a lower situation requires only materials its upper situation (same id) requires. */
export const situationMaterialAdded: ConformanceRule = {
  id: "situation-material-added",
  severity: "error",
  title: { "zh-CN": "办理情形不增加上级未要求的材料", en: "A situation asks for no material its upper situation does not" },
  rationale: {
    "zh-CN": "同一办理情形在各级应当要求相同或更少的材料（减材料，domain-standard §7.4 的 R6 按情形细化）：下级情形的情形材料 ⊆ 上级同一情形（情形编码相同）的情形材料。上级未被任何情形列出的材料适用于所有情形，因此下级把它列入某一情形不算新增。",
    en: "A situation asks for the same or fewer materials at every level (减材料; R6 in domain-standard §7.4, per situation): a lower situation's materials ⊆ those of the upper situation with the same id. An upper material that no situation names applies in every situation, so listing it in a lower situation is no addition.",
  },
  example: 'upper situation S02 materials [M0001], lower situation S02 materials [M0001, M0003]',
  paths: 'path "/items/i/situations/k/materials/m" (the added material id), upperPath "/items/j/situations/l/materials".',
  standardFields: true,
  checkPair(upper, lower, context) {
    const lowerSituations = entries(lower.situations);
    if (lowerSituations.length === 0 || !Array.isArray(upper.situations)) return [];
    const named = namedIds(upper);
    // Stryker disable next-line MethodExpression: names are looked up by string keys only, so entries under other ids are never read.
    const names = new Map(entries(lower.materials).filter(([, m]) => typeof m.id === "string").map(([, m]) => [m.id as string, textOf(m.name ?? m.id)]));
    return lowerSituations.flatMap(([k, s]) => {
      const match = context.matcher.first(upper.situations, s, situationMatching);
      if (!match || !Array.isArray(s.materials) || !Array.isArray(match.value.materials)) return [];
      const allowed = new Set((match.value.materials as unknown[]).map((id) => textOf(id)));
      return (s.materials as unknown[]).flatMap((id, m) => {
        const key = textOf(id);
        if (allowed.has(key) || !named.has(key)) return [];
        return [{
          path: `/situations/${k}/materials/${m}`,
          upperPath: `/situations/${match.index}/materials`,
          // Stryker disable next-line StringLiteral: unreachable, a situation pairs with its upper one only by a string id.
          params: { situation: textOf(s.name ?? s.id ?? ""), id: key, name: names.get(key) ?? key },
        }];
      });
    });
  },
};
