/**
 * The national layout as an .xlsx workbook (one sheet per table) or a set of csv texts (one per
 * table), both ways, through the package's own xlsx layer and csv reader. csv files are named after
 * the basic table's file: `records.csv` holds `basic`, `records.materials.csv`, `records.AUDIT_QA.csv` …
 * the other tables, as the template's csv sets do.
 */
import { csvFromSheet, sheetFromCsv } from "../spreadsheet/csv.js";
import type { SpreadsheetImportResult } from "../spreadsheet/catalogue-from-rows.js";
import { DEFAULT_MAX_ROWS } from "../spreadsheet/workbook-import.js";
import type { XlsxValue } from "../spreadsheet/xlsx/model.js";
import { readXlsxBytes } from "../spreadsheet/xlsx/read-xlsx.js";
import { writeXlsx } from "../spreadsheet/xlsx/write-xlsx.js";
import type { CatalogueKind } from "../rules/item-kind.js";
import { nationalFromCatalogue } from "./export-national.js";
import { importNational, type NationalImportOptions } from "./import-national.js";
import { BASIC_TABLE, recordsFromTables, sheetOfTable, tableOfSheet, tablesFromRecords } from "./national-tables.js";

/** A catalogue's items as a national-layout workbook: one sheet per table, the header row frozen. */
export function nationalXlsx(catalogue: { kind: CatalogueKind; items?: readonly unknown[] }): Uint8Array {
  const tables = tablesFromRecords(nationalFromCatalogue(catalogue));
  return writeXlsx(tables.map((t) => ({ ...sheetOfTable(t), rows: sheetOfTable(t).rows as XlsxValue[][], frozenRows: 1 })));
}

/** Imports a national-layout workbook (.xlsx bytes); throws a TypeError for a workbook without a `basic` sheet or with a row that joins no item. */
export function importNationalXlsx(bytes: Uint8Array | ArrayBuffer, options: NationalImportOptions & { maxRows?: number } = {}): SpreadsheetImportResult {
  const { maxRows = DEFAULT_MAX_ROWS, ...rest } = options;
  return importNational(recordsFromTables(readXlsxBytes(bytes, { maxRows }).map(tableOfSheet)), rest);
}

/** One csv text of a national-layout set: its table's name (`basic` for the records' file) and its text. */
export interface NationalCsv {
  table: string;
  text: string;
}

/** A catalogue's items as national-layout csv texts, `basic` first (a BOM each, formulas guarded). */
export function nationalCsv(catalogue: { kind: CatalogueKind; items?: readonly unknown[] }): NationalCsv[] {
  return tablesFromRecords(nationalFromCatalogue(catalogue)).map((t) => ({ table: t.name, text: csvFromSheet(sheetOfTable(t)) }));
}

/** Imports a national-layout csv set; throws as importNationalXlsx does (and a StreamInputError for malformed csv). */
export function importNationalCsv(files: readonly NationalCsv[], options: NationalImportOptions & { maxRows?: number } = {}): SpreadsheetImportResult {
  const { maxRows = DEFAULT_MAX_ROWS, ...rest } = options;
  const tables = files.map((f) => tableOfSheet(sheetFromCsv(f.text, f.table, { maxRows })));
  return importNational(recordsFromTables(tables), rest);
}

/** The csv file of a table beside the records' file: `records.csv` → `records.materials.csv` (`basic` is the records' file itself). */
export const nationalCsvFile = (recordsFile: string, table: string): string =>
  table === BASIC_TABLE ? recordsFile : recordsFile.replace(/(\.csv)?$/i, `.${table}.csv`);

/** The table a csv file beside `recordsFile` holds, or undefined when the file is not of its set. */
export function nationalCsvTable(recordsFile: string, file: string): string | undefined {
  if (file === recordsFile) return BASIC_TABLE;
  const stem = recordsFile.replace(/\.csv$/i, "");
  const m = file.startsWith(`${stem}.`) && /\.csv$/i.test(file) ? file.slice(stem.length + 1, -4) : undefined;
  return m && !m.includes(".") && m.length > 0 ? m : undefined;
}
