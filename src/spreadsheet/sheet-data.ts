/** Spreadsheets as plain data: what the readers (exceljs, CSV) produce and the mapping core consumes. */

/**
 * A cell as a reader hands it over: text, a number, a boolean, a date, empty, or one of exceljs'
 * value objects (formula with its cached result, error, rich text, hyperlink).
 */
export type RawCell = unknown;

/** One worksheet (or one CSV file). */
export interface SheetData {
  name: string;
  /** Rows by position: `rows[0]` is row 1. Holes and missing trailing cells are empty cells. */
  rows: (RawCell[] | undefined)[];
  /** Merged ranges such as "A2:A5", when the reader knows them. */
  merges?: string[];
  /** The file the sheet came from, when a workbook is split over several files (CSV). */
  file?: string;
  /** Set by a reader that stopped at its row limit: the row it stopped at. */
  truncatedAt?: number;
  /** The row limit the reader applied (data rows below the header). */
  rowLimit?: number;
}

/** The spreadsheet column letter of a 0-based column index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The 0-based column index and 1-based row of an A1 reference. */
export function decodeCell(ref: string): { column: number; row: number } | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref.toUpperCase());
  if (!m?.[1] || !m[2]) return undefined;
  let column = 0;
  for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { column: column - 1, row: Number(m[2]) };
}
