/**
 * .xlsx → plain sheets, in bounded memory: parts are inflated and parsed as streams, rows past the row
 * limit are never read, only the shared strings kept rows use are held, and nothing touches the disk.
 * Browser-safe: the bytes come through `readAt` (a file handle in Node, an ArrayBuffer in a page).
 */
import type { RawCell, SheetData } from "../sheet-data.js";
import { readDateStyles } from "./read-styles.js";
import { readSharedStrings } from "./read-shared-strings.js";
import { readSheet, type SheetLimits } from "./read-sheet.js";
import { readWorkbookParts } from "./read-workbook-part.js";
import { xlsxError } from "./xlsx-error.js";
import { openZip, type ReadAt } from "./zip-reader.js";

/** Cell values held for a whole workbook at most (the default row limit times 50 columns). */
export const DEFAULT_MAX_CELLS = 10_000_000;
/** Characters in one cell at most (Excel itself stops at 32,767). */
export const MAX_CELL_CHARS = 1_000_000;

/** Limits of reading an .xlsx file. */
export type XlsxReadLimits = Pick<SheetLimits, "maxRows"> & Partial<Omit<SheetLimits, "maxRows">>;

const isShared = (cell: RawCell): cell is { sst: number } => typeof cell === "object" && cell !== null && "sst" in cell;
const isFormula = (cell: RawCell): cell is { formula: string; result: RawCell } => typeof cell === "object" && cell !== null && "formula" in cell;

/** Replaces shared-string references by their text (inside formulas' results too). */
function resolveStrings(rows: (RawCell[] | undefined)[], strings: Map<number, string>): void {
  const text = (ref: { sst: number }) => {
    const found = strings.get(ref.sst);
    if (found === undefined) throw xlsxError("error.xlsx.missing-string", { index: ref.sst });
    return found;
  };
  for (const row of rows) {
    if (!row) continue;
    // Stryker disable next-line EqualityOperator: the cell past the end is undefined, neither shared nor a formula
    for (let i = 0; i < row.length; i++) {
      const cell = row[i];
      if (isShared(cell)) row[i] = text(cell);
      else if (isFormula(cell) && isShared(cell.result)) cell.result = text(cell.result);
    }
  }
}

/** Reads every worksheet of an archive of `size` bytes read through `readAt`. Throws XlsxError. */
export function readXlsxSheets(readAt: ReadAt, size: number, limits: XlsxReadLimits): SheetData[] {
  const full: SheetLimits = { maxCells: DEFAULT_MAX_CELLS, maxCellChars: MAX_CELL_CHARS, ...limits };
  const zip = openZip(readAt, size);
  const parts = readWorkbookParts(zip);
  const dateStyles = readDateStyles(zip, parts.styles);
  const used = new Set<number>();
  const cells = { count: 0 };
  const read = parts.sheets.map(({ name, part }) => ({ name, ...readSheet(zip, part, full, dateStyles, parts.date1904, used, cells) }));
  const strings = readSharedStrings(zip, parts.sharedStrings, used, full.maxCellChars);
  return read.map(({ name, rows, merges, truncatedAt }) => {
    resolveStrings(rows, strings);
    return { name, rows, ...(merges.length ? { merges } : {}), ...(truncatedAt !== undefined ? { truncatedAt, rowLimit: full.maxRows } : {}) };
  });
}

/** Reads every worksheet of .xlsx bytes (a browser's `await file.arrayBuffer()`). Throws XlsxError. */
export function readXlsxBytes(bytes: Uint8Array | ArrayBuffer, limits: XlsxReadLimits): SheetData[] {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return readXlsxSheets((offset, length) => data.subarray(Math.max(0, offset), Math.max(0, offset + length)), data.length, limits);
}
