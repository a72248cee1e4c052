/** allOf / anyOf / oneOf branches, and the `$defs` of a schema file. */
import { compareNodes, type Pair } from "./compare-node.js";
import { show } from "./context.js";
import { canonical } from "./json-equal.js";
import { child, isObject } from "./registry.js";

const listOf = (v: unknown) => (Array.isArray(v) ? v : undefined);

/**
 * Pairs old and new branches: first by equal `$ref`, then by equal content, then the rest in order, so
 * reordering branches or inserting one in the middle does not read as every branch changing.
 */
function matchBranches(a: unknown[], b: unknown[]): { pairs: [number, number][]; added: number[]; removed: number[] } {
  // Stryker disable next-line ArrayDeclaration: equivalent: a string entry destructures to two letters, which index no branch (both sides undefined: no change)
  const pairs: [number, number][] = [];
  const freeA = new Set(a.keys());
  const freeB = new Set(b.keys());
  const by = (key: (s: unknown) => string | undefined) => {
    for (const i of freeA) {
      const k = key(a[i]);
      if (k === undefined) continue;
      const j = [...freeB].find((j) => key(b[j]) === k);
      if (j === undefined) continue;
      pairs.push([i, j]);
      freeA.delete(i);
      freeB.delete(j);
    }
  };
  by((s) => (isObject(s) && typeof s.$ref === "string" ? s.$ref : undefined));
  by(canonical);
  const restA = [...freeA];
  const restB = [...freeB];
  const common = Math.min(restA.length, restB.length);
  for (let k = 0; k < common; k++) pairs.push([restA[k]!, restB[k]!]);
  return { pairs, added: restB.slice(common), removed: restA.slice(common) };
}

/** The JSON types a branch declares, with integer counted as number; undefined when it declares none. */
function declaredTypes(branch: unknown): Set<string> | undefined {
  const t = (branch as { type?: unknown } | null)?.type;
  if (t === undefined) return undefined;
  return new Set((Array.isArray(t) ? t : [t]).map((x) => (x === "integer" ? "number" : String(x))));
}

/** Whether a branch's declared types share none with the other branches (so no value can match both). */
function disjointByType(branch: unknown, others: unknown[]): boolean {
  const mine = declaredTypes(branch);
  if (!mine) return false;
  return others.every((other) => {
    const theirs = declaredTypes(other);
    return theirs !== undefined && [...mine].every((t) => !theirs.has(t));
  });
}

/**
 * allOf branches are constraints (one more narrows); anyOf/oneOf branches are variants (one more widens).
 * A oneOf variant added widens only in a discriminated union (our catalogue); elsewhere it may overlap.
 */
export function compareComposition({ ctx, o, n, os, ns }: Pair): void {
  for (const keyword of ["allOf", "anyOf", "oneOf"] as const) {
    const a = listOf(os[keyword]);
    const b = listOf(ns[keyword]);
    if (!a && !b) continue;
    const conjunction = keyword === "allOf";
    // An absent anyOf/oneOf constrains nothing, so its appearance is one added constraint.
    if (!a || !b) {
      if (!conjunction || (a ?? b)!.length > 0) ctx.emit(n, [keyword], a ? "constraint-removed" : "constraint-added", { keyword, before: show(a), after: show(b) });
      continue;
    }
    const { pairs, added, removed } = matchBranches(a, b);
    for (const [i, j] of pairs) compareNodes(ctx, child(o, keyword, i), child(n, keyword, j));
    // A new oneOf branch that may overlap an old one can make an old document match twice (invalid);
    // only a discriminated union keeps its branches disjoint, so only there is it a plain widening.
    for (const j of added) {
      const overlapRisk = keyword === "oneOf" && ns.discriminator === undefined && !disjointByType(b[j], b.filter((_, k) => k !== j));
      const flags = overlapRisk ? { backward: false, forward: false } : undefined;
      ctx.emit(n, [keyword, j], conjunction ? "constraint-added" : "variant-added", { keyword, after: show(b[j]) }, flags);
    }
    for (const i of removed) ctx.emit(n, [keyword, i], conjunction ? "constraint-removed" : "variant-removed", { keyword, before: show(a[i]) });
  }
}

/**
 * `$defs` by name. A definition is published API: other schemas may `$ref` it, so removing one is major
 * and adding one is minor, even though no document's validity changes.
 */
export function compareDefinitions({ ctx, o, n, os, ns }: Pair): void {
  for (const keyword of ["$defs", "definitions"] as const) {
    const a = isObject(os[keyword]) ? (os[keyword] as Record<string, unknown>) : {};
    const b = isObject(ns[keyword]) ? (ns[keyword] as Record<string, unknown>) : {};
    for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (name in a && name in b) compareNodes(ctx, child(o, keyword, name), child(n, keyword, name));
      else ctx.emit(n, [keyword, name], name in b ? "definition-added" : "definition-removed", { name });
    }
  }
}
