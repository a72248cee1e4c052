/**
 * Puts the properties of imported records in the order their major's schema lists them (from its
 * element table), so output reads like hand-written JSON; keys the schema does not know follow as they came.
 */
import { setOwn } from "../internal/own-property.js";
import type { Element } from "../schema/elements.js";

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The elements with the `leading` keys first (a stable sort, so the rest keep the schema's order); without any, the list itself, unsorted: sorting it per record was a tenth of a large import. */
function ordered(elements: readonly Element[], leading: readonly string[]): readonly Element[] {
  if (leading.length === 0) return elements;
  const rank = (e: Element) => (leading.includes(e.key) ? leading.indexOf(e.key) : leading.length);
  return [...elements].sort((a, b) => rank(a) - rank(b));
}

/** A copy of `record` with the `elements` (after any `leading` keys) first, in order, nested records and lists of records ordered too. */
export function orderKeys<T extends Record<string, unknown>>(record: T, elements: readonly Element[], leading: readonly string[] = []): T {
  const out: Record<string, unknown> = {};
  for (const element of ordered(elements, leading)) {
    const { key, children } = element;
    if (!Object.hasOwn(record, key) || record[key] === undefined) continue;
    const value = record[key];
    const nested = (v: unknown) => (children.length > 0 && isPlainObject(v) ? orderKeys(v, children) : v);
    setOwn(out, key, element.array && Array.isArray(value) ? value.map(nested) : nested(value));
  }
  // Other keys may come from input (a JSON cell): own properties, never the prototype.
  for (const [key, value] of Object.entries(record)) if (!Object.hasOwn(out, key) && value !== undefined) setOwn(out, key, value);
  return out as T;
}
