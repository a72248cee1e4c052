/**
 * `--map mapping.json`: the user's own headers, each naming the element it fills by its Chinese title
 * (事项名称, 实施主体统一社会信用代码) or its property path (name, agency/creditCode, agency.creditCode).
 */
import type { Column } from "./columns.js";
import { normalizeLabel } from "./labels.js";

/** A mapping as the user writes it: source header → element title or property path. */
export type ColumnMapping = Readonly<Record<string, string>>;

/** The column a target names among `columns`, if any. */
export function columnOfTarget(target: string, columns: readonly Column[]): Column | undefined {
  const key = normalizeLabel(target).replace(/^\*+/, "");
  const path = target.trim().split(/[/.]/).join("/");
  return columns.find((c) => normalizeLabel(c.header) === key || c.path.join("/") === path);
}

/** The targets of a mapping that name no column of any sheet (a usage error). */
export function unknownTargets(mapping: ColumnMapping, columns: readonly Column[]): string[] {
  return Object.values(mapping).filter((target) => columnOfTarget(target, columns) === undefined);
}

/** A mapping resolved for one table: normalized source header → column. */
export function resolveMapping(mapping: ColumnMapping | undefined, columns: readonly Column[]): Map<string, Column> {
  const resolved = new Map<string, Column>();
  for (const [header, target] of Object.entries(mapping ?? {})) {
    const column = columnOfTarget(target, columns);
    if (column) resolved.set(normalizeLabel(header), column);
  }
  return resolved;
}
