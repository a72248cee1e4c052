/** Order-independent JSON equality, for keyword values (enums, consts, unknown keywords). */

/** JSON text with object keys sorted, so equal values give equal strings. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

/** Whether two JSON values are equal, ignoring object key order. */
export const jsonEqual = (a: unknown, b: unknown) => canonical(a) === canonical(b);
