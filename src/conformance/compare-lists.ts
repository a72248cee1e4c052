/**
 * The comparison core shared by checkConformance and checkChain: one lower list against the lists
 * above it, producing findings before policy and localisation.
 */
import { pointer } from "../internal/json-pointer.js";
import type { RegionRegistry } from "../regions/region-registry.js";
import { itemCodeOf } from "../rules/item-kind.js";
import type { Data } from "../rules/rule.js";
import type { ConformanceFinding, ConformanceRule } from "./conformance-rule.js";
import { IndexedMatcher, type Matcher } from "./matcher.js";
import { conformanceRules } from "./rules/index.js";

/** A finding with absolute paths, the rule and what the policy scopes by. */
export interface RawFinding {
  rule: ConformanceRule;
  path: string;
  upperPath?: string;
  itemCode?: string;
  /** The item type the policy's overrides match: the upper item's (the standard), else the lower item's. */
  itemType?: string;
  /** Index in the chain of the upper document compared. */
  upper: number;
  params: ConformanceFinding["params"];
}

// Stryker disable next-line ArrayDeclaration: equivalent: a string in place of the missing items is no object, so it is skipped like no items
const itemsOf = (doc: Data): unknown[] => (Array.isArray(doc.items) ? doc.items : []);
const isData = (v: unknown): v is Data => typeof v === "object" && v !== null;
const typeOf = (item: Data) => (typeof item.type === "string" ? item.type : undefined);

/** Places a rule's item-relative findings at absolute paths (pointers are built only for findings: most pairs have none). */
function place(out: RawFinding[], rule: ConformanceRule, findings: ConformanceFinding[], base: () => string, upperBase: () => string, upper: number, item: Data, itemType?: string): void {
  if (findings.length === 0) return;
  const itemCode = itemCodeOf(item);
  for (const f of findings) {
    out.push({
      rule,
      path: base() + f.path,
      ...(f.upperPath !== undefined ? { upperPath: upperBase() + f.upperPath } : {}),
      ...(itemCode !== undefined ? { itemCode } : {}),
      ...(itemType !== undefined ? { itemType } : {}),
      upper,
      params: f.params,
    });
  }
}

/** The rules of each kind, in report order; filtered once rather than per item pair. */
let byKind: { pair: ConformanceRule[]; standardPair: ConformanceRule[]; unmatched: ConformanceRule[]; unclaimed: ConformanceRule[] } | undefined;
const rulesByKind = () =>
  (byKind ??= {
    pair: conformanceRules.filter((r) => r.checkPair),
    standardPair: conformanceRules.filter((r) => r.checkPair && !r.standardFields),
    unmatched: conformanceRules.filter((r) => r.checkUnmatched),
    unclaimed: conformanceRules.filter((r) => r.checkUnclaimed),
  });

/**
 * Compares `chain[j]` with the lists above it: the headers with `chain[j - 1]`, each item with the
 * nearest list above that carries it, and the claim coverage of the nearest occurrence of each upper
 * item. Every partner is found by lookup through `matcher` (one per run, so that lists compared
 * again, such as a province standard against each of its counties, are indexed once).
 */
export function compareWithAbove(chain: readonly Data[], j: number, registry?: RegionRegistry, matcher: Matcher = new IndexedMatcher()): RawFinding[] {
  const lower = chain[j]!;
  const findings: RawFinding[] = [];
  const context = { matcher };
  const rules = rulesByKind();

  for (const rule of conformanceRules) {
    for (const f of rule.checkDocuments?.(chain[j - 1]!, lower, { registry }) ?? []) {
      findings.push({ rule, path: f.path, ...(f.upperPath !== undefined ? { upperPath: f.upperPath } : {}), upper: j - 1, params: f.params });
    }
  }

  const level = lower.region?.level;
  // The claim coverage, marked per list above while the lower items are walked: an upper item is
  // claimed when some lower item is the same item. Only a list with a level claims.
  // Stryker disable next-line MethodExpression: equivalent: marks for the list itself and those below are never read (only i < j is)
  const claimed = typeof level === "string" ? chain.slice(0, j).map((upper) => new Uint8Array(itemsOf(upper).length)) : undefined;
  const lowerItems = itemsOf(lower);
  for (let k = 0; k < lowerItems.length; k++) {
    const item = lowerItems[k];
    if (!isData(item)) continue;
    if (claimed) for (let i = 0; i < j; i++) matcher.markSame(chain[i]!, item, claimed[i]!);
    const base = () => pointer("/items", k);
    let matched = false;
    for (let i = j - 1; i >= 0 && !matched; i--) {
      const match = matcher.implemented(chain[i]!, item);
      if (!match) continue;
      matched = true;
      // A basic catalogue's items carry no standard fields to compare.
      const pairRules = chain[i]!.kind !== "basic" ? rules.pair : rules.standardPair;
      const upperBase = () => pointer("/items", match.index);
      const itemType = typeOf(match.item) ?? typeOf(item);
      for (const rule of pairRules) place(findings, rule, rule.checkPair!(match.item, item, context), base, upperBase, i, item, itemType);
    }
    if (matched) continue;
    // Stryker disable next-line ArrowFunction,StringLiteral: unreachable: no unmatched finding has an upperPath (nothing above to point at), so this base is never called
    for (const rule of rules.unmatched) place(findings, rule, rule.checkUnmatched!(item), base, () => "", j - 1, item, typeOf(item));
  }

  // Stryker disable next-line LogicalOperator: equivalent: the two guards coincide (marks exist exactly when the lower list has a level), so `&&` answers as `||`
  if (!claimed || typeof level !== "string") return findings;
  for (let i = j - 1; i >= 0; i--) {
    const upperItems = itemsOf(chain[i]!);
    for (let u = 0; u < upperItems.length; u++) {
      const item = upperItems[u];
      if (!isData(item) || claimed[i]![u] === 1 || shadowed(chain, i, j, item, matcher)) continue;
      for (const rule of rules.unclaimed) place(findings, rule, rule.checkUnclaimed!(item, level), () => "", () => pointer("/items", u), i, item, typeOf(item));
    }
  }
  return findings;
}

/** Whether a list between `chain[i]` and `chain[j]` carries the item: only the nearest list carrying an item speaks for it; an older copy further up is shadowed. */
function shadowed(chain: readonly Data[], i: number, j: number, item: Data, matcher: Matcher): boolean {
  for (let a = i + 1; a < j; a++) if (matcher.carries(chain[a]!, item.basicCode)) return true;
  return false;
}
