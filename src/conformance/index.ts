/** Conformance between levels: a lower list against the level above, whole chains, and policies. */
export { checkConformance } from "./check-conformance.js";
export { checkChain } from "./check-chain.js";
export type { ConformanceOptions } from "./options.js";
export { conformanceRules } from "./rules/index.js";
export { CONFORMANCE_RULE_IDS, type ConformanceRule, type ConformanceRuleId, type ConformanceFinding } from "./conformance-rule.js";
export * from "./policy/index.js";
export { normalizeText } from "./normalize.js";
export { checkRegion, type RegionList, type RegionReport, type RegionSection, type RegionSummary, type RegionListStatus, type WorstList } from "./region/index.js";
