import type { Data } from "../../rules/rule.js";
import type { ConformanceRule } from "../conformance-rule.js";
import { entries } from "../match-elements.js";
import { citationKey, citationLabel } from "../normalize.js";

/**
 * Whether two citation lists are the same laws and articles, written alike, in the same order: the
 * common case of a list derived from the one above, decided without normalising (equal texts have
 * equal keys). Anything else goes to the key comparison.
 *
 * A fast path: a wrong "not the same" costs only the key comparison, which gives the same answer, so every
 * mutant that makes this return false more often is equivalent (docs/testing.md lists those the comments below cannot).
 */
// Stryker disable next-line BlockStatement: an empty body returns undefined, read as "not the same": the key comparison decides.
function sameCitations(upper: unknown[], lower: unknown[]): boolean {
  if (upper.length !== lower.length) return false;
  // Stryker disable next-line UpdateOperator: k-- reads upper[-1] (undefined) and returns false: the key comparison decides.
  for (let k = 0; k < upper.length; k++) {
    const u = upper[k] as Data | null;
    const l = lower[k] as Data | null;
    // Stryker disable next-line EqualityOperator,StringLiteral: each such mutant only makes a same citation "not the same".
    if (typeof u !== "object" || u === null || typeof l !== "object" || l === null || u.lawName !== l.lawName || u.article !== l.article) return false;
  }
  // Stryker disable next-line BooleanLiteral: "never the same" sends every list to the key comparison, same answer.
  return true;
}

/** legal-basis-mismatch: the lower item cites the same laws and articles as the upper item. */
export const legalBasisMismatch: ConformanceRule = {
  id: "legal-basis-mismatch",
  severity: "error",
  title: { "zh-CN": "设定依据与上级一致", en: "Legal basis equals the upper item's" },
  rationale: {
    "zh-CN": "设定依据是全省统一的6类基本要素之一（domain-standard §7.1，§7.4 的 R1）。依据按法律法规名称（去掉《》，统一全半角和空白）与条款作为集合比较；顺序、文号和引用原文不比较。",
    en: "设定依据 is one of the 6类基本要素 that are 全省统一 (domain-standard §7.1, R1 in §7.4). Citations are compared as a set keyed by law name (without 《》, width- and whitespace-normalised) and article; order, 文号 and quoted text are not compared.",
  },
  example: 'upper cites 《传染病防治法》第二十九条, lower cites 《传染病防治法》第三十条',
  paths: 'path "/items/i/legalBasis", upperPath "/items/j/legalBasis".',
  checkPair(upper, lower) {
    if (!Array.isArray(upper.legalBasis) || !Array.isArray(lower.legalBasis)) return [];
    if (sameCitations(upper.legalBasis, lower.legalBasis)) return [];
    const upperKeys = new Map(entries(upper.legalBasis).map(([, c]) => [citationKey(c), c]));
    const lowerKeys = new Map(entries(lower.legalBasis).map(([, c]) => [citationKey(c), c]));
    const added = [...lowerKeys].filter(([k]) => !upperKeys.has(k)).map(([, c]) => citationLabel(c));
    const missing = [...upperKeys].filter(([k]) => !lowerKeys.has(k)).map(([, c]) => citationLabel(c));
    if (added.length === 0 && missing.length === 0) return [];
    return [{ path: "/legalBasis", upperPath: "/legalBasis", params: { added: added.join("；"), missing: missing.join("；") } }];
  },
};
