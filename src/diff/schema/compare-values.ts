/** Keywords with a value rather than a subschema: annotations, type, enum, const, format, pattern, multipleOf, uniqueItems. */
import type { ChangeId } from "./change-ids.js";
import type { Pair } from "./compare-node.js";
import { show } from "./context.js";
import { canonical, jsonEqual } from "./json-equal.js";
import { HANDLED_KEYWORDS, isAnnotation } from "./keywords.js";

/** JSON types; "integer" is a subset of "number". */
type TypeSet = Set<string> | undefined;

function typesOf(schema: Record<string, unknown>): TypeSet {
  const t = schema.type;
  if (t === undefined) return undefined;
  return new Set(Array.isArray(t) ? t.map(String) : [String(t)]);
}

/** Whether every value of types `a` is also of types `b` (undefined = every type). */
function typesWithin(a: TypeSet, b: TypeSet): boolean {
  if (b === undefined) return true;
  if (a === undefined) return false;
  return [...a].every((t) => b.has(t) || (t === "integer" && b.has("number")));
}

/** `type`: widened, narrowed or changed, by set inclusion of the accepted JSON types. */
export function compareType({ ctx, n, os, ns }: Pair): void {
  const a = typesOf(os);
  const b = typesOf(ns);
  const backward = typesWithin(a, b);
  const forward = typesWithin(b, a);
  if (backward && forward) return;
  const change = backward ? "type-widened" : forward ? "type-narrowed" : "type-changed";
  ctx.emit(n, ["type"], change, { before: show(os.type ?? "any"), after: show(ns.type ?? "any") });
}

/** Emits one change per added or removed `enum` value; an enum that appears or disappears is one change. */
function compareEnum({ ctx, n, os, ns }: Pair): void {
  const a = os.enum;
  const b = ns.enum;
  if (!Array.isArray(a) && !Array.isArray(b)) return;
  if (!Array.isArray(a)) return ctx.emit(n, ["enum"], "enum-added", { after: show(b) });
  if (!Array.isArray(b)) return ctx.emit(n, ["enum"], "enum-removed", { before: show(a) });
  const oldKeys = new Set(a.map(canonical));
  const newKeys = new Set(b.map(canonical));
  b.forEach((v, i) => { if (!oldKeys.has(canonical(v))) ctx.emit(n, ["enum", i], "enum-value-added", { value: show(v) }); });
  a.forEach((v, i) => { if (!newKeys.has(canonical(v))) ctx.emit(n, ["enum", i], "enum-value-removed", { value: show(v) }); });
}

/** The values a schema allows by `const` and `enum` together, by canonical JSON, or undefined when neither restricts it. */
function allowedValues(schema: Record<string, unknown>): Map<string, unknown> | undefined {
  const byKey = (values: unknown[]) => new Map(values.map((v) => [canonical(v), v]));
  const fromConst = "const" in schema ? byKey([schema.const]) : undefined;
  const fromEnum = Array.isArray(schema.enum) ? byKey(schema.enum) : undefined;
  if (fromConst && fromEnum) return new Map([...fromConst].filter(([key]) => fromEnum.has(key)));
  return fromConst ?? fromEnum;
}

/**
 * `const` on one side and `enum` on the other (e.g. `{const:"a"}` → `{enum:["a","b"]}`): compared as
 * the sets of allowed values, so a widening is not mistaken for a new restriction. A widening or a
 * narrowing is one change per value, as compareEnum reports it (`enum value b added`); anything else is
 * the const changed. Returns false when the two sides use the same keyword, which compareEnum and the
 * const check handle value by value.
 */
function compareConstAgainstEnum({ ctx, n, os, ns }: Pair): boolean {
  const mixed = ("const" in os && Array.isArray(ns.enum) && !("const" in ns)) || ("const" in ns && Array.isArray(os.enum) && !("const" in os));
  if (!mixed) return false;
  const before = allowedValues(os)!;
  const after = allowedValues(ns)!;
  const added = [...after].filter(([key]) => !before.has(key));
  const removed = [...before].filter(([key]) => !after.has(key));
  const token = "const" in ns ? "const" : "enum";
  if (added.length > 0 && removed.length > 0) {
    ctx.emit(n, [token], "const-changed", { before: show(os.const ?? os.enum), after: show(ns.const ?? ns.enum) });
    return true;
  }
  // An added value sits in the new enum (its index) or is the new const; a removed one is gone, so it is reported
  // at the keyword that now excludes it.
  const at = (key: string) => (token === "enum" ? ["enum", (ns.enum as unknown[]).findIndex((v) => canonical(v) === key)] : ["const"]);
  for (const [key, value] of added) ctx.emit(n, at(key), "enum-value-added", { value: show(value) });
  for (const [, value] of removed) ctx.emit(n, [token], "enum-value-removed", { value: show(value) });
  return true;
}

/** A keyword whose presence narrows: added, removed or (for different values) changed. */
function presence(pair: Pair, keyword: "const" | "format" | "pattern" | "uniqueItems", ids: readonly [ChangeId, ChangeId, ChangeId]): void {
  const { ctx, n, os, ns } = pair;
  const absent = (v: unknown) => v === undefined || (keyword === "uniqueItems" && v === false);
  const a = os[keyword];
  const b = ns[keyword];
  if (absent(a) && absent(b)) return;
  const params = { before: show(a), after: show(b) };
  // A changed pattern is breaking both ways: regular-expression inclusion is not decided here, only equality.
  if (absent(a)) ctx.emit(n, [keyword], ids[0], params);
  else if (absent(b)) ctx.emit(n, [keyword], ids[1], params);
  else if (!jsonEqual(a, b)) ctx.emit(n, [keyword], ids[2], params);
}

/** `multipleOf`: a multiple of the old factor narrows, a divisor of it widens, anything else changes both ways. */
function compareMultipleOf({ ctx, n, os, ns }: Pair): void {
  const a = os.multipleOf;
  const b = ns.multipleOf;
  if (a === b) return;
  const params = { before: show(a), after: show(b) };
  if (typeof a !== "number") return ctx.emit(n, ["multipleOf"], "multiple-of-added", params);
  if (typeof b !== "number") return ctx.emit(n, ["multipleOf"], "multiple-of-removed", params);
  const divides = (x: number, y: number) => Number.isInteger(y / x);
  ctx.emit(n, ["multipleOf"], "multiple-of-changed", params, { backward: divides(b, a), forward: divides(a, b) });
}

/** Annotations and the value keywords. */
export function compareValues(pair: Pair): void {
  const { ctx, n, os, ns } = pair;
  for (const key of new Set([...Object.keys(os), ...Object.keys(ns)])) {
    if (isAnnotation(key) && !jsonEqual(os[key], ns[key])) ctx.emit(n, [key], "annotation-changed", { keyword: key, before: show(os[key]), after: show(ns[key]) });
  }
  if (!compareConstAgainstEnum(pair)) {
    compareEnum(pair);
    presence(pair, "const", ["const-added", "const-removed", "const-changed"]);
  }
  presence(pair, "format", ["format-added", "format-removed", "format-changed"]);
  presence(pair, "pattern", ["pattern-added", "pattern-removed", "pattern-changed"]);
  presence(pair, "uniqueItems", ["unique-items-added", "unique-items-removed", "unique-items-removed"]);
  compareMultipleOf(pair);
}

/**
 * Keywords the diff does not model (not, if/then/else, patternProperties, prefixItems, contains, …):
 * any difference is `keyword-changed`, breaking both ways, so nothing unmodelled passes as compatible.
 */
export function compareOther({ ctx, n, os, ns }: Pair): void {
  for (const key of new Set([...Object.keys(os), ...Object.keys(ns)])) {
    if (isAnnotation(key) || HANDLED_KEYWORDS.has(key) || jsonEqual(os[key], ns[key])) continue;
    ctx.emit(n, [key], "keyword-changed", { keyword: key, before: show(os[key]), after: show(ns[key]) });
  }
}
