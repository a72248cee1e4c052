/**
 * CSV: one file per sheet. `out.csv` holds the items and `out.<suffix>.csv` the other sheets
 * (out.info.csv, out.materials.csv, out.fees.csv, out.legal-basis.csv, out.process.csv). Text in,
 * text out: decoding and file access belong to the caller.
 */
// The browser builds carry their own Buffer polyfill, so this core module runs in browsers too.
import { parse } from "csv-parse/browser/esm/sync";
import { stringify } from "csv-stringify/browser/esm/sync";
import type { SheetSpec } from "./columns.js";
import type { SheetData } from "./sheet-data.js";
import { DEFAULT_MAX_ROWS } from "./workbook-import.js";

/** The file of a sheet next to the items file: `out.csv` → `out.materials.csv`. */
export function csvFileFor(itemsFile: string, spec: SheetSpec): string {
  if (spec.csv === "") return itemsFile;
  return itemsFile.replace(/(\.csv)?$/i, `.${spec.csv}.csv`);
}

/** Parses CSV text as a sheet (a leading BOM is dropped); stops after `maxRows` data rows and says so. */
export function sheetFromCsv(text: string, name: string, options: { file?: string; maxRows?: number } = {}): SheetData {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  // to_line stops the parser itself, so a huge file is never split into rows past the limit.
  const rows = parse(text, { bom: true, relax_column_count: true, to_line: maxRows + 2 }) as string[][];
  const sheet: SheetData = { name, rows, ...(options.file ? { file: options.file } : {}) };
  if (rows.length > maxRows + 1) {
    rows.length = maxRows + 1;
    return { ...sheet, truncatedAt: maxRows + 2, rowLimit: maxRows };
  }
  return sheet;
}

/** Writes a sheet as CSV text with a BOM, so Excel opens the UTF-8 Chinese text correctly. */
export function csvFromSheet(sheet: SheetData): string {
  return stringify(sheet.rows.map((row) => (row ?? []).map((cell) => (cell === undefined || cell === null ? "" : String(cell)))), { bom: true });
}
