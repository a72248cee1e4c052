/** Options of checkConformance and checkChain. */
import { shown } from "../internal/shown.js";
import type { Locale } from "../i18n/locale.js";
import { wordedError } from "../i18n/localized-error.js";
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
  const locale = options.locale ?? "zh-CN";
  if (locale !== "zh-CN" && locale !== "en") throw wordedError(TypeError, "error.conformance.locale", { locale: shown(locale) });
  const kinds = documents.map((doc) => (typeof doc === "object" && doc !== null ? (doc as { kind?: unknown }).kind : undefined));
  documents.forEach((doc, i) => {
    if (typeof doc !== "object" || doc === null || Array.isArray(doc)) throw wordedError(TypeError, "error.conformance.not-object", { index: i }, locale);
    // A bundle list (一件事清单) compares only with a bundle list; items and bundles are different things.
    if ((kinds[i] === "bundle") !== (kinds[0] === "bundle")) {
      throw wordedError(TypeError, "error.conformance.bundle-mix", { index: i, kind: String(kinds[i]), firstKind: String(kinds[0]) }, locale);
    }
    // Only a standard list or an implementation list claims items from the level above; a basic catalogue is no lower list.
    const kind = kinds[i];
    if (i > 0 && kind !== "standard" && kind !== "implementation" && kind !== "bundle") {
      throw wordedError(TypeError, "error.conformance.not-lower", { index: i, kind: shown(kind) }, locale);
    }
  });
  return { ...(options.policy !== undefined ? { policy: checkPolicy(options.policy, locale) } : {}), locale };
}
