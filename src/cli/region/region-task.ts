/** What a region worker is asked to check: plain, cloneable data. */
import type { ConformancePolicy } from "../../conformance/policy/policy.js";
import type { Locale } from "../../i18n/locale.js";

/** One lower list and the list above it (none when planning found none). */
export interface RegionTask {
  lower: string;
  upper?: string;
  locale: Locale;
  policy?: ConformancePolicy;
  /** Use the region registry (--regions). */
  regions: boolean;
}
