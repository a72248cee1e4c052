/**
 * The mapping table from an older major to the documented one: each older element's place in the
 * newer major (same path, renamed by the migration step, or gone), then the elements that are new.
 * Computed from both schema sets and the migration step's renames, never kept by hand.
 */
import type { ElementRename } from "../migrate/types.js";
import type { MajorMapping, MappingRow } from "./doc-model.js";
import { elementPaths } from "./element-paths.js";
import type { SchemaSet } from "./schema-refs.js";

/** Applies the renames to a path: a renamed element, or an element inside a renamed one. */
function renamed(path: string, renames: readonly ElementRename[]): string {
  for (const r of renames) {
    if (path === r.from) return r.to;
    if (path.startsWith(`${r.from}.`)) return r.to + path.slice(r.from.length);
  }
  return path;
}

/** The mapping from `older` (major `from`) to `newer`. */
export function majorMapping(from: string, older: SchemaSet, newer: SchemaSet, renames: readonly ElementRename[]): MajorMapping {
  const before = elementPaths(older);
  const after = elementPaths(newer);
  const rows: MappingRow[] = [];
  const reached = new Set<string>();
  for (const [path, titles] of before) {
    const target = renamed(path, renames);
    const now = after.get(target);
    if (now) reached.add(target);
    rows.push(now
      ? { change: target === path ? "same" : "renamed", from: { path, titles }, to: { path: target, titles: now } }
      : { change: "removed", from: { path, titles } });
  }
  for (const [path, titles] of after) if (!reached.has(path)) rows.push({ change: "added", to: { path, titles } });
  return { from, rows };
}
