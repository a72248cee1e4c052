/**
 * Columns that name no element are kept, not refused: their cells go under the item's `extensions`
 * (by header), and each such column is reported once as info, so nothing is dropped on the way in.
 */
import { pointer } from "../internal/json-pointer.js";
import type { ImportIssues } from "./import-issues.js";
import { readCell } from "./read-cell.js";
import type { Data, RowContext } from "./read-record.js";
import type { RawCell } from "./sheet-data.js";
import type { ExtraColumn, TableHead } from "./table.js";

/** A kept cell's value: text, number or boolean as read; a date as YYYY-MM-DD; JSON text of an object or array parsed back. */
function extraValue(raw: RawCell): unknown {
  const { cell } = readCell(raw);
  if (cell.kind === "empty") return undefined;
  if (cell.kind === "date") return cell.value.toISOString().slice(0, 10);
  if (cell.kind !== "text") return cell.value;
  if (/^\s*[[{]/.test(cell.text)) {
    try {
      return JSON.parse(cell.text) as unknown;
    } catch {
      // plain text that starts with a bracket
    }
  }
  return cell.text;
}

/** Puts a row's cells of the extra columns under the record's `extensions`; a value the 扩展字段 column gives wins. */
export function readExtras(cells: RawCell[], extras: readonly ExtraColumn[], record: Data, ctx: RowContext): void {
  const kept: Data = {};
  for (const extra of extras) {
    const value = extraValue(cells[extra.index]);
    if (value === undefined) continue;
    kept[extra.header] = value;
    ctx.sources.set(pointer(ctx.base, "extensions", extra.header), { sheet: ctx.sheet, row: ctx.row, column: extra.letter, ...(ctx.file ? { file: ctx.file } : {}) });
  }
  if (Object.keys(kept).length > 0) record.extensions = { ...kept, ...(record.extensions as Data | undefined) };
}

/**
 * Keeps a detail row's extra cells on its item (materials and fees have no extensions of their own):
 * under `extensions[<sheet>][<position in the item's list>]`, so each value stays beside its record.
 */
export function keepDetailExtras(cells: RawCell[], extras: readonly ExtraColumn[], item: Data, sheet: string, position: number, ctx: RowContext): void {
  const kept: Data = {};
  readExtras(cells, extras, kept, ctx);
  if (kept.extensions === undefined) return;
  const extensions = (item.extensions ??= {}) as Data;
  const list = (extensions[sheet] ??= []) as Data[];
  while (list.length < position) list.push({});
  list[position] = kept.extensions;
}

/** Whether an item holds a value of an extra column of the items table. */
export const holdsExtra = (item: Data, extra: ExtraColumn): boolean => item.extensions?.[extra.header] !== undefined;

/** Reports each extra column once (info), with the number of items (or, under `sheet`, of records) it gave a value to. */
export function reportExtras(table: TableHead, items: readonly Data[], issues: ImportIssues, sheet?: string, onExtras?: (sheet: string, header: string, count: number) => void): void {
  const counts = table.extras.map((extra) => sheet === undefined
    ? items.filter((item) => holdsExtra(item, extra)).length
    : [...new Set(items)].reduce((n, item) => n + ((item.extensions?.[sheet] as Data[] | undefined) ?? []).filter((r) => r[extra.header] !== undefined).length, 0));
  reportExtraCounts(table, counts, issues, onExtras, sheet === undefined ? "item" : "row");
}

/**
 * Reports each extra column of `table` once (info) with its count (`counts[i]` for `table.extras[i]`), or hands them to
 * `onExtras`; `unit` says what was counted: items (the items sheet) or rows (a detail sheet, several rows to an item).
 */
export function reportExtraCounts(table: TableHead, counts: readonly number[], issues: ImportIssues, onExtras?: (sheet: string, header: string, count: number) => void, unit: "item" | "row" = "item"): void {
  table.extras.forEach((extra, i) => {
    const count = counts[i]!;
    if (onExtras) {
      onExtras(table.sheet.name, extra.header, count);
      return;
    }
    issues.add("column-extension", "", { sheet: table.sheet.name, row: table.headerRow, column: extra.letter, ...(table.sheet.file ? { file: table.sheet.file } : {}) }, { header: extra.header, count, unit });
  });
}
