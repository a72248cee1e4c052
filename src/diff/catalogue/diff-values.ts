/** A structural diff of two JSON values (two versions of one item), with keyed list matching. */
import { pointer } from "../../internal/json-pointer.js";
import { jsonEqual } from "../schema/json-equal.js";
import { matchList } from "./match-list.js";
import type { ItemChange } from "./types.js";

/** Levels compared element by element. */
const MAX_DIFF_DEPTH = 32;

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
/** The list path used to pick a matcher: the pointer without array indices ("/materials/2/x" → "/materials/x"). */
const shape = (path: string) => path.replace(/\/\d+(?=\/|$)/g, "");

/**
 * Appends the differences between `before` and `after` at `path`: leaf values that changed, keys and list
 * elements added or removed. Paths point into the new value, or into the old one for removals.
 */
export function diffValues(before: unknown, after: unknown, path: string, out: ItemChange[], depth = 0): void {
  if (jsonEqual(before, after)) return;
  // Deeper than any element of the schema (only free-form extensions nest so far), a value changes as a whole.
  const within = depth < MAX_DIFF_DEPTH;
  if (within && isPlainObject(before) && isPlainObject(after)) {
    for (const key of Object.keys(before)) {
      if (!Object.hasOwn(after, key)) out.push({ path: pointer(path, key), kind: "removed", before: before[key] });
      else diffValues(before[key], after[key], pointer(path, key), out, depth + 1);
    }
    for (const key of Object.keys(after)) if (!Object.hasOwn(before, key)) out.push({ path: pointer(path, key), kind: "added", after: after[key] });
    return;
  }
  if (within && Array.isArray(before) && Array.isArray(after)) {
    const { pairs, removed, added } = matchList(shape(path), before, after);
    for (const [i, j] of pairs.sort((a, b) => a[1] - b[1])) diffValues(before[i], after[j], pointer(path, j), out, depth + 1);
    for (const i of removed) out.push({ path: pointer(path, i), kind: "removed", before: before[i] });
    for (const j of added) out.push({ path: pointer(path, j), kind: "added", after: after[j] });
    return;
  }
  out.push({ path, kind: "changed", before, after });
}
