/** Order-independent JSON equality, for keyword values (enums, consts, unknown keywords) and diffed items. */
import { canonicalDeep } from "../../internal/stringify-json.js";

/** JSON text with object keys sorted, so equal values give equal strings (a loop, not a recursion: values may nest deeper than the stack). */
export function canonical(value: unknown): string {
  return canonicalDeep(value);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** The keys of an object whose values JSON keeps (not undefined). */
const jsonKeys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);

/**
 * Whether two JSON values are equal, ignoring object key order (undefined values count as absent).
 * A walk with its own stack that stops at the first difference: no text is built, and a diff
 * that compares at each level of a deep value does not re-serialise it each time.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  const pending: [unknown, unknown][] = [[a, b]];
  while (pending.length > 0) {
    const [x, y] = pending.pop()!;
    if (x === y) continue;
    if (!isObject(x) || !isObject(y)) {
      if (typeof x === "number" && typeof y === "number" && !Number.isFinite(x) && !Number.isFinite(y)) continue; // both null in JSON
      return false;
    }
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    if (Array.isArray(x)) {
      const ys = y as unknown as unknown[];
      if (x.length !== ys.length) return false;
      for (let i = 0; i < x.length; i++) pending.push([x[i], ys[i]]);
      continue;
    }
    const xKeys = jsonKeys(x);
    if (xKeys.length !== jsonKeys(y).length) return false;
    for (const key of xKeys) {
      if (!Object.hasOwn(y, key) || y[key] === undefined) return false;
      pending.push([x[key], y[key]]);
    }
  }
  return true;
}
