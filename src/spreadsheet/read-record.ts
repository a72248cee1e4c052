/**
 * Reads one row of a table into a record (an item, a material, a fee …): every cell parsed by its
 * column's type, every cell it cannot read reported at its sheet, row and column.
 */
import { pointer } from "../internal/json-pointer.js";
import type { CatalogueKind } from "../rules/item-kind.js";
import { appliesTo } from "./columns.js";
import type { CellRef, ImportIssues, ImportRule } from "./import-issues.js";
import { parseValue, type Translation } from "./parse-value.js";
import { readCell } from "./read-cell.js";
import type { RawCell } from "./sheet-data.js";
import type { SourceMap } from "./source-map.js";
import type { BoundColumn } from "./table.js";

/** A record under construction. */
export type Data = Record<string, any>;

/** Where a row is read to: the record's JSON Pointer and the place of the row. */
export interface RowContext {
  base: string;
  sheet: string;
  row: number;
  file?: string;
  kind: CatalogueKind;
  issues: ImportIssues;
  sources: SourceMap;
  itemCode?: string;
  /** Crosswalks the user named (`--crosswalk`), preferred over the others. */
  crosswalks?: readonly string[];
  /** Where the translations a crosswalk made are collected, by the JSON Pointer of the value. */
  translations?: { path: string; translation: Translation }[];
}

/** Sets a value at a property path, creating the objects on the way. */
export function setPath(target: Data, path: readonly string[], value: unknown): void {
  let node = target;
  path.slice(0, -1).forEach((key) => (node = node[key] ??= {}));
  node[path[path.length - 1]!] = value;
}

/** Reads a property path. */
export const getPath = (source: Data, path: readonly string[]): unknown => path.reduce<any>((node, key) => node?.[key], source);

/** Column letters by value path inside a record, per table and kind: built once, shared by every row (see SourceMap). */
const lettersCache = new WeakMap<readonly BoundColumn[], Map<CatalogueKind, ReadonlyMap<string, string>>>();

function columnLetters(columns: readonly BoundColumn[], kind: CatalogueKind): ReadonlyMap<string, string> {
  let byKind = lettersCache.get(columns);
  if (!byKind) lettersCache.set(columns, (byKind = new Map()));
  let letters = byKind.get(kind);
  if (!letters) {
    const map = new Map<string, string>();
    for (const b of columns) if (appliesTo(b.column, kind)) map.set(pointer("", ...b.column.path), b.letter);
    byKind.set(kind, (letters = map));
  }
  return letters;
}

/** Reads the bound columns of one row into a new record. */
export function readRecord(cells: RawCell[], columns: readonly BoundColumn[], ctx: RowContext): Data {
  const record: Data = {};
  const units = new Map<string, { unit: string; at: BoundColumn }>();
  const where = (b: BoundColumn): CellRef => ({ sheet: ctx.sheet, row: ctx.row, column: b.letter, ...(ctx.file ? { file: ctx.file } : {}) });
  const reported = new Set<BoundColumn>();
  const report = (rule: ImportRule, b: BoundColumn, params: Record<string, string | number> = {}) =>
    reported.add(b) && ctx.issues.add(rule, pointer(ctx.base, ...b.column.path), where(b), { header: b.column.header, ...params }, ctx.itemCode);
  ctx.sources.setRow(ctx.base, { sheet: ctx.sheet, row: ctx.row, ...(ctx.file ? { file: ctx.file } : {}) }, columnLetters(columns, ctx.kind));

  for (const b of columns) {
    if (!appliesTo(b.column, ctx.kind)) continue;
    const { cell, problem, formula } = readCell(cells[b.index]);
    if (problem) {
      report(problem.rule as ImportRule, b, problem.params);
      continue;
    }
    if (cell.kind === "empty") {
      if (b.column.required) report("cell-required", b);
      continue;
    }
    if (formula !== undefined) report("cell-formula", b, { formula });
    const parsed = parseValue(cell, b.column.value, ctx.crosswalks);
    if (!parsed.ok) {
      report(parsed.problem.rule as ImportRule, b, parsed.problem.params);
      continue;
    }
    if (parsed.warning) report(parsed.warning.rule as ImportRule, b, parsed.warning.params);
    for (const translation of parsed.translations ?? []) ctx.translations?.push({ path: pointer(ctx.base, ...b.column.path), translation });
    setPath(record, b.column.path, parsed.value);
    if (parsed.unit) units.set(b.column.path.slice(0, -1).join("/"), { unit: parsed.unit, at: b });
  }
  pairUnits(record, columns, units, ctx, report, reported);
  return record;
}

/** The unit a day-count column lacks a column for, reported at the count's cell. */
const unitOf = (b: BoundColumn): BoundColumn => ({
  ...b,
  column: { ...b.column, header: `${b.column.header}单位`, path: [...b.column.path.slice(0, -1), "unit"], value: { type: "unit" } },
});

/**
 * A day count needs its unit: from its own cell ("20个工作日") or the unit column; both must agree,
 * and a unit without a count is reported rather than dropped.
 */
function pairUnits(
  record: Data,
  columns: readonly BoundColumn[],
  units: Map<string, { unit: string; at: BoundColumn }>,
  ctx: RowContext,
  report: (rule: ImportRule, b: BoundColumn, params?: Record<string, string | number>) => void,
  reported: Set<BoundColumn>,
): void {
  for (const b of columns) {
    if (b.column.value.type !== "days" || !appliesTo(b.column, ctx.kind)) continue;
    const parent = b.column.path.slice(0, -1);
    const duration = getPath(record, parent) as Data | undefined;
    const fromCell = units.get(parent.join("/"));
    const unitColumn = columns.find((c) => c.column.value.type === "unit" && c.column.path.slice(0, -1).join("/") === parent.join("/"));
    if (!duration) continue;
    if (duration.value === undefined) {
      if (unitColumn && duration.unit !== undefined && !reported.has(b)) report("cell-required", b);
      continue;
    }
    if (fromCell && duration.unit !== undefined && duration.unit !== fromCell.unit) report("cell-unit-conflict", unitColumn ?? b);
    else if (fromCell) duration.unit = fromCell.unit;
    else if (duration.unit === undefined) report("cell-required", unitColumn ?? unitOf(b));
    // Keep value before unit, as the schema lists them.
    const { value, unit } = duration;
    for (const key of Object.keys(duration)) delete duration[key];
    Object.assign(duration, { value }, unit !== undefined ? { unit } : {});
  }
}
