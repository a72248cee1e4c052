/** Options of checkConformance and checkChain. */
import { shown } from "../internal/shown.js";
import type { Locale } from "../i18n/locale.js";
import type { RegionRegistry } from "../regions/region-registry.js";
import { checkPolicy } from "./policy/check-policy.js";
import type { ConformancePolicy } from "./policy/policy.js";

/** Options of a conformance check. */
export interface ConformanceOptions {
  /** Severity overrides; an unknown rule id throws a TypeError. */
  policy?: ConformancePolicy;
  /** Message language; zh-CN by default. */
  locale?: Locale;
  /** Real parent links for region-not-within-upper; without it, the code structure decides. */
  registry?: RegionRegistry;
}

/** Checks the options and the documents (plain objects), throwing a TypeError on misuse. */
export function resolveOptions(options: ConformanceOptions, documents: readonly unknown[]): { policy?: ConformancePolicy; locale: Locale } {
  documents.forEach((doc, i) => {
    if (typeof doc !== "object" || doc === null || Array.isArray(doc)) throw new TypeError(`conformance: document ${i} is not a catalogue object`);
    // Only a standard list or an implementation list claims items from the level above; a basic catalogue is no lower list.
    const kind = (doc as { kind?: unknown }).kind;
    if (i > 0 && kind !== "standard" && kind !== "implementation") {
      throw new TypeError(`conformance: document ${i} is a ${shown(kind)} catalogue; a lower list must be a standard or implementation list`);
    }
  });
  const locale = options.locale ?? "zh-CN";
  if (locale !== "zh-CN" && locale !== "en") throw new TypeError(`conformance: unknown locale "${shown(locale)}"`);
  return { ...(options.policy !== undefined ? { policy: checkPolicy(options.policy) } : {}), locale };
}
