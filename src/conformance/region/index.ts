/** Region runs: every list of a province (or the nation) against the nearest list above it, in one run. */
export { checkRegion, type RegionList } from "./check-region.js";
export { checkRegionList, schemaFailure, type NamedList } from "./check-region-list.js";
export { headerOf, nearestUpper, isLowerList, type ListHeader } from "./plan-region.js";
export { summarizeRegion, consistentItems } from "./summarize-region.js";
export type { RegionReport, RegionSection, RegionSummary, RegionListStatus, WorstList } from "./region-report.js";
