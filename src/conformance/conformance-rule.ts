/** What a conformance rule is: one unit comparing a lower catalogue (or item) with the level above. */
import type { MessageParams } from "../i18n/entry.js";
import type { FindingId } from "../i18n/messages.js";
import type { RegionRegistry } from "../regions/region-registry.js";
import type { Severity } from "../report/issue.js";
import type { Data } from "../rules/rule.js";
import type { Matcher } from "./matcher.js";

/** The ids of the conformance rules; policies may name only these. Each is its message's id, so an id without a message does not compile. */
export const CONFORMANCE_RULE_IDS = [
  "level-order",
  "region-not-within-upper",
  "not-in-upper",
  "name-mismatch",
  "type-mismatch",
  "legal-basis-mismatch",
  "level-not-allowed-upstream",
  "statutory-time-changed",
  "promised-time-exceeds-upper",
  "material-added",
  "material-necessity-raised",
  "material-copies-increased",
  "fee-added",
  "fee-amount-increased",
  "visits-increased",
  "online-depth-decreased",
  "not-claimed",
  "bundle-member-added",
] as const satisfies readonly FindingId[];

/** A conformance rule id. */
export type ConformanceRuleId = (typeof CONFORMANCE_RULE_IDS)[number];

/**
 * A finding before policy and localisation. Item hooks give `path` relative to the lower item and
 * `upperPath` relative to the upper item; the runner prefixes both with `/items/<index>`.
 */
export interface ConformanceFinding {
  path: string;
  upperPath?: string;
  params: MessageParams;
}

/** What document rules know besides the two catalogues. */
export interface DocumentContext {
  registry?: RegionRegistry;
}

/** What pair rules know besides the two items: the run's matcher, to find partner elements by lookup. */
export interface PairContext {
  matcher: Matcher;
}

/** A rule comparing a lower level with the level above (同一事项、同一标准). */
export interface ConformanceRule {
  id: ConformanceRuleId;
  /** Default severity; a policy may change it or turn the rule off. */
  severity: Severity;
  title: { "zh-CN": string; en: string };
  /** Why the rule exists, with its basis (domain-standard.md §7), in zh-CN and en like `title`. */
  rationale: { "zh-CN": string; en: string };
  /** A short upper/lower pair that triggers the rule. */
  example: string;
  /** Where the finding points: `path` in the lower document, `upperPath` in the upper one. */
  paths: string;
  /** Compares 标准化实施清单 fields (time limits, materials, fees, visits, online depth): skipped against a basic catalogue. */
  standardFields?: boolean;
  /** Compares the two catalogue headers; paths are absolute. */
  checkDocuments?(upper: Data, lower: Data, context: DocumentContext): ConformanceFinding[];
  /** Compares a lower item with the upper item it matches; pair elements with `context.matcher` (a scan per element would make a list check quadratic). */
  checkPair?(upper: Data, lower: Data, context: PairContext): ConformanceFinding[];
  /** Reports a lower item no upper list carries. */
  checkUnmatched?(lower: Data): ConformanceFinding[];
  /** Reports an upper item the lower list does not claim; `path` is absolute, `upperPath` relative to the upper item. */
  checkUnclaimed?(upper: Data, lowerLevel: string): ConformanceFinding[];
}
