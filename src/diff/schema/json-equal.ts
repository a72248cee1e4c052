/** Order-independent JSON equality, for keyword values (enums, consts, unknown keywords). */
import { canonicalDeep } from "../../internal/stringify-json.js";

/** JSON text with object keys sorted, so equal values give equal strings (at any depth: too deep for recursion, a loop takes over). */
export function canonical(value: unknown): string {
  try {
    return canonicalOf(value);
  } catch (error) {
    if (error instanceof RangeError) return canonicalDeep(value);
    throw error;
  }
}

function canonicalOf(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalOf).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalOf(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

/** Whether two JSON values are equal, ignoring object key order. */
export const jsonEqual = (a: unknown, b: unknown) => canonical(a) === canonical(b);
