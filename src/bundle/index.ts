/** 一件事: bundles of items checked against their members, with what each bundle saves. */
export { checkBundles, type BundleCheckOptions } from "./check-bundles.js";
export { bundleRules } from "./rules/index.js";
export { BUNDLE_METRIC_KEYS, cutPercent } from "./metrics.js";
export { BUNDLE_RULE_IDS, type BundleRule, type BundleRuleId, type BundleContext, type BundleFinding, type ResolvedMember } from "./bundle-rule.js";
export type { BundleFigure, BundleMetrics, BundleReport, BundleResult } from "./types.js";
