import { setOwn } from "../internal/own-property.js";

/** Puts the properties of imported records in the order the v1 schema lists them, so output reads like hand-written JSON. */

/** Catalogue header order. */
export const CATALOGUE_KEYS = ["schemaVersion", "kind", "region", "publisher", "title", "batch", "version", "publishedAt", "upper", "extensions", "items"];

/** Item order: basic, then standard, then implementation properties. */
export const ITEM_KEYS = [
  "basicCode", "name", "type", "levels", "legalBasis", "department", "extensions",
  "serviceObjects", "acceptanceConditions", "handlingType", "timeLimit", "materials", "fees", "visits", "onsiteReason", "onlineDepth", "handlingForms", "process", "result",
  "implementationCode", "handlingItemCode", "level", "agency", "location", "hours", "consultation", "complaint",
];

const NESTED: Record<string, string[]> = {
  timeLimit: ["statutory", "promised", "note"],
  fees: ["charged", "items"],
  agency: ["name", "creditCode", "nature"],
  result: ["name", "type", "licenceTypeCode"],
  region: ["code", "level"],
  publisher: ["name", "creditCode"],
  upper: ["regionCode", "version"],
};

/** A copy of `record` with `keys` first, in order, then any other keys as they were. */
export function orderKeys<T extends Record<string, unknown>>(record: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (!Object.hasOwn(record, key) || record[key] === undefined) continue;
    const value = record[key];
    const nested = Object.hasOwn(NESTED, key) ? NESTED[key] : undefined;
    setOwn(out, key, nested && typeof value === "object" && value !== null && !Array.isArray(value) ? orderKeys(value as Record<string, unknown>, nested) : value);
  }
  // Other keys may come from input (a JSON cell): own properties, never the prototype.
  for (const [key, value] of Object.entries(record)) if (!Object.hasOwn(out, key) && value !== undefined) setOwn(out, key, value);
  return out as T;
}
