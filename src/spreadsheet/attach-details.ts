/**
 * Reads a detail sheet (申请材料, 收费项目, 设定依据, 办理流程) and appends each row, in sheet order, to the
 * item its key columns (基本编码, 实施编码, 业务办理项编码) name.
 */
import { pointer } from "../internal/json-pointer.js";
import type { CatalogueKind } from "../rules/item-kind.js";
import { resolveMapping, type ColumnMapping } from "./column-mapping.js";
import type { Column, SheetSpec } from "./columns.js";
import { listOf } from "./rows-from-catalogue.js";
import type { ImportIssues } from "./import-issues.js";
import { readRecord, setPath, type Data, type RowContext } from "./read-record.js";
import type { SheetData } from "./sheet-data.js";
import { keepDetailExtras, reportExtras } from "./extra-columns.js";
import { SourceMap } from "./source-map.js";
import { readTable } from "./table.js";

const KEY_FIELDS = ["basicCode", "implementationCode", "handlingItemCode"] as const;

/** The items by each key field's value, built once per sheet so that a row's lookup does not scan every item. */
type KeyIndex = Map<(typeof KEY_FIELDS)[number], Map<string, number[]>>;

function indexItems(items: Data[]): KeyIndex {
  const index: KeyIndex = new Map(KEY_FIELDS.map((f) => [f, new Map<string, number[]>()]));
  items.forEach((item, i) => {
    for (const field of KEY_FIELDS) {
      const value = item[field];
      if (typeof value !== "string") continue;
      const byValue = index.get(field)!;
      const list = byValue.get(value);
      if (list) list.push(i);
      else byValue.set(value, [i]);
    }
  });
  return index;
}

/**
 * The items a row's keys select: every key given must equal the item's. When the sheet has a
 * 业务办理项编码 column and the row leaves it empty, the row belongs to the item listed whole (the one
 * without a 业务办理项编码) if one is among the matches: that is how export writes it.
 */
function candidates(items: Data[], index: KeyIndex, keys: Data, hasHandlingColumn: boolean): number[] {
  const field = KEY_FIELDS.find((f) => typeof keys[f] === "string");
  if (field === undefined) return [];
  const pool = index.get(field)!.get(keys[field] as string) ?? [];
  const found = pool.filter((i) => KEY_FIELDS.every((f) => keys[f] === undefined || items[i]![f] === keys[f]));
  if (found.length < 2 || !hasHandlingColumn || keys.handlingItemCode !== undefined || keys.implementationCode === undefined) return found;
  const whole = found.filter((i) => items[i]!.handlingItemCode === undefined);
  return whole.length === 1 ? whole : found;
}

/** Appends the rows of a detail sheet to their items; returns the item indexes that got rows. */
export function attachDetails(
  sheet: SheetData, spec: SheetSpec, keyColumns: readonly Column[], items: Data[], kind: CatalogueKind, issues: ImportIssues, sources: SourceMap, mapping?: ColumnMapping,
  codes: Pick<RowContext, "crosswalks" | "translations"> = {},
  onExtras?: (sheet: string, header: string, count: number) => void,
): Set<number> {
  const touched = new Set<number>();
  const columns = [...keyColumns, ...spec.columns];
  const table = readTable(sheet, columns, kind, issues, { mapping: resolveMapping(mapping, columns), keepUnknown: true });
  if (!table) return touched;
  const kept: Data[] = [];
  const keyBound = table.columns.filter((b) => keyColumns.includes(b.column));
  const detailBound = table.columns.filter((b) => !keyColumns.includes(b.column));
  const index = indexItems(items);
  const hasHandlingColumn = keyBound.some((b) => b.column.path[0] === "handlingItemCode");
  const file = sheet.file ? { file: sheet.file } : {};

  for (const { row, cells } of table.rows) {
    const ctx = { sheet: sheet.name, row, ...file, kind, issues, sources, ...codes };
    const keys = readRecord(cells, keyBound, { ...ctx, base: "/items", sources: new SourceMap() });
    const given = KEY_FIELDS.filter((f) => keys[f] !== undefined).map((f) => keys[f] as string).join(" / ");
    const found = given ? candidates(items, index, keys, hasHandlingColumn) : [];
    if (found.length !== 1) {
      issues.add(found.length === 0 ? "row-unmatched" : "row-ambiguous", "/items", { sheet: sheet.name, row, ...file }, { keys: given, count: found.length });
      continue;
    }
    const at = found[0]!;
    const item = items[at]!;
    const path = spec.listPath!;
    if (!Array.isArray(listOf(item, spec))) setPath(item, path, []);
    const list = listOf(item, spec) as Data[];
    const base = pointer("/items", at, ...path, list.length);
    list.push(readRecord(cells, detailBound, { ...ctx, base, itemCode: item.implementationCode ?? item.basicCode }));
    keepDetailExtras(cells, table.extras, item, sheet.name, list.length - 1, { ...ctx, base });
    kept.push(item);
    touched.add(at);
  }
  reportExtras(table, kept, issues, sheet.name, onExtras);
  return touched;
}
