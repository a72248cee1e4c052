/**
 * A workbook → plain sheets → catalogue. A workbook is the bytes of an .xlsx file (read by the
 * package's own streaming reader, src/spreadsheet/xlsx), a workbook this package built
 * (exportWorkbook), or a workbook loaded with exceljs, for code written against 0.1 (only its shape
 * is used; the package does not depend on exceljs).
 */
import { catalogueFromRows, type SpreadsheetImportOptions, type SpreadsheetImportResult } from "./catalogue-from-rows.js";
import type { RawCell, SheetData } from "./sheet-data.js";
import { readXlsxBytes } from "./xlsx/read-xlsx.js";
import { XlsxWorkbook } from "./xlsx/workbook.js";

/** The most data rows read from one sheet before the import stops with a `sheet-row-limit` error. */
export const DEFAULT_MAX_ROWS = 200_000;

/** Options of reading a workbook. */
export interface WorkbookReadOptions {
  /** Rows read per sheet at most; the rest of the sheet is not read. */
  maxRows?: number;
  /** Cell values held for the whole workbook at most (.xlsx bytes only); past it, XlsxError. */
  maxCells?: number;
}

/** The part of an exceljs Workbook that the import reads (rows with 1-based `values`, merges in the model). */
export interface ExcelJsWorkbookLike {
  worksheets: {
    name: string;
    eachRow(options: { includeEmpty: boolean }, callback: (row: { values: unknown }, rowNumber: number) => void): void;
    model: unknown;
  }[];
}

/** What the import accepts as a workbook. */
export type WorkbookInput = Uint8Array | ArrayBuffer | XlsxWorkbook | ExcelJsWorkbookLike;

/** Rows of an exceljs-like workbook, read up to the row limit. */
function fromExcelJs(workbook: ExcelJsWorkbookLike, maxRows: number): SheetData[] {
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

/** Rows of a workbook built here, up to the row limit (holes and empty rows are not counted). */
function fromBuilt(workbook: XlsxWorkbook, maxRows: number): SheetData[] {
  return workbook.sheets.map((sheet) => {
    const rows: (RawCell[] | undefined)[] = [];
    let count = 0;
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      if (!row?.some((v) => v !== undefined && v !== null)) continue;
      if (++count > maxRows + 1) return { name: sheet.name, rows, ...(sheet.merges?.length ? { merges: sheet.merges } : {}), truncatedAt: r + 1, rowLimit: maxRows };
      rows[r] = row.slice();
    }
    return { name: sheet.name, rows, ...(sheet.merges?.length ? { merges: sheet.merges } : {}) };
  });
}

/**
 * The worksheets of a workbook as plain sheets, with their merged ranges. For .xlsx bytes it throws
 * XlsxError when they are not a readable workbook or pass `maxCells`.
 */
export function sheetsFromWorkbook(workbook: WorkbookInput, options: WorkbookReadOptions = {}): SheetData[] {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  if (workbook instanceof Uint8Array || workbook instanceof ArrayBuffer) return readXlsxBytes(workbook, { maxRows, ...(options.maxCells ? { maxCells: options.maxCells } : {}) });
  if (workbook instanceof XlsxWorkbook) return fromBuilt(workbook, maxRows);
  return fromExcelJs(workbook, maxRows);
}

/** Imports a workbook laid out as the template (目录信息, 事项, 申请材料 …). Throws as sheetsFromWorkbook. */
export function importWorkbook(workbook: WorkbookInput, options: SpreadsheetImportOptions & WorkbookReadOptions = {}): SpreadsheetImportResult {
  return catalogueFromRows(sheetsFromWorkbook(workbook, options), options);
}
