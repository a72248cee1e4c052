/**
 * Conformance between two levels of 一件事 lists: bundles match by 一件事编码, and the item rules that
 * read what a bundle also has (name, materials, promised time, visits, online depth) compare each pair,
 * with bundle-member-added for the members.
 */
import { pointer } from "../internal/json-pointer.js";
import type { RegionRegistry } from "../regions/region-registry.js";
import type { Data } from "../rules/rule.js";
import type { RawFinding } from "./compare-lists.js";
import type { ConformanceRuleId } from "./conformance-rule.js";
import { IndexedMatcher } from "./matcher.js";
import { conformanceRules } from "./rules/index.js";

/**
 * The rules that compare a bundle pair. Rules about an item's identity in the basic catalogue (type,
 * legal basis, levels, statutory time) have nothing to read on a bundle; not-in-upper and not-claimed
 * do not apply because 国办发〔2025〕24号 lets localities add their own 一件事 and leaves some national ones
 * to the level that has the departments.
 */
const PAIR_RULES: ReadonlySet<ConformanceRuleId> = new Set<ConformanceRuleId>([
  "name-mismatch",
  "promised-time-exceeds-upper",
  "material-added",
  "material-necessity-raised",
  "material-copies-increased",
  "visits-increased",
  "online-depth-decreased",
  "bundle-member-added",
]);

/** Whether a document is a bundle list (一件事清单). */
export const isBundleList = (doc: unknown): boolean => typeof doc === "object" && doc !== null && (doc as Data).kind === "bundle";

const bundlesOf = (doc: Data): [number, Data][] =>
  Array.isArray(doc.items) ? doc.items.flatMap((b: unknown, i: number) => (typeof b === "object" && b !== null ? [[i, b as Data] as [number, Data]] : [])) : [];

/**
 * The findings of a lower bundle list against the upper one (headers, then bundle by bundle in lower
 * order); `upperIndex` is the upper list's index in a chain.
 */
export function compareBundleLists(upper: Data, lower: Data, registry?: RegionRegistry, upperIndex = 0): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const rule of conformanceRules) {
    for (const f of rule.checkDocuments?.(upper, lower, { registry }) ?? []) {
      findings.push({ rule, path: f.path, ...(f.upperPath !== undefined ? { upperPath: f.upperPath } : {}), upper: upperIndex, params: f.params });
    }
  }
  const context = { matcher: new IndexedMatcher() };
  const byCode = new Map<string, [number, Data]>();
  for (const [j, bundle] of bundlesOf(upper)) if (typeof bundle.code === "string" && !byCode.has(bundle.code)) byCode.set(bundle.code, [j, bundle]);
  for (const [k, bundle] of bundlesOf(lower)) {
    const match = typeof bundle.code === "string" ? byCode.get(bundle.code) : undefined;
    if (!match) continue;
    const [j, above] = match;
    for (const rule of conformanceRules) {
      if (!rule.checkPair || !PAIR_RULES.has(rule.id)) continue;
      for (const f of rule.checkPair(above, bundle, context)) {
        findings.push({
          rule,
          path: pointer("/items", k) + f.path,
          ...(f.upperPath !== undefined ? { upperPath: pointer("/items", j) + f.upperPath } : {}),
          itemCode: bundle.code as string,
          upper: upperIndex,
          params: f.params,
        });
      }
    }
  }
  return findings;
}
