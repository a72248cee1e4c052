/**
 * An exceljs Workbook (loaded in a browser with `workbook.xlsx.load(arrayBuffer)`, or in Node) → plain
 * sheets → catalogue. Only exceljs' types are imported, so this file adds nothing to a bundle.
 */
import type { Workbook } from "exceljs";
import { catalogueFromRows, type SpreadsheetImportOptions, type SpreadsheetImportResult } from "./catalogue-from-rows.js";
import type { RawCell, SheetData } from "./sheet-data.js";

/** The most data rows read from one sheet before the import stops with a `sheet-row-limit` error. */
export const DEFAULT_MAX_ROWS = 200_000;

/** Options of reading a workbook. */
export interface WorkbookReadOptions {
  /** Rows read per sheet at most; the rest of the sheet is not read. */
  maxRows?: number;
}

/** The worksheets of a loaded workbook as plain sheets, with their merged ranges. */
export function sheetsFromWorkbook(workbook: Workbook, options: WorkbookReadOptions = {}): SheetData[] {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  return workbook.worksheets.map((worksheet) => {
    const rows: (RawCell[] | undefined)[] = [];
    let count = 0;
    let truncatedAt: number | undefined;
    worksheet.eachRow({ includeEmpty: false }, (row, number) => {
      if (truncatedAt !== undefined) return;
      // Row 1 is the header; the limit counts the rows below it.
      if (++count > maxRows + 1) {
        truncatedAt = number;
        return;
      }
      // exceljs' row.values is 1-based: index 0 is always empty.
      rows[number - 1] = (row.values as RawCell[]).slice(1);
    });
    const merges = (worksheet.model as { merges?: string[] }).merges ?? [];
    return { name: worksheet.name, rows, ...(merges.length ? { merges } : {}), ...(truncatedAt !== undefined ? { truncatedAt, rowLimit: maxRows } : {}) };
  });
}

/** Imports a loaded exceljs workbook laid out as the template (目录信息, 事项, 申请材料 …). */
export function importWorkbook(workbook: Workbook, options: SpreadsheetImportOptions & WorkbookReadOptions = {}): SpreadsheetImportResult {
  return catalogueFromRows(sheetsFromWorkbook(workbook, options), options);
}
