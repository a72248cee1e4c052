/**
 * One worksheet part → rows of raw cells, as the mapping core reads them: text, numbers, booleans,
 * dates (numbers in a date format), `{ formula, result }` (the saved result; formulas are never
 * evaluated), `{ error }`. Shared strings are left as `{ sst: n }` and their indexes collected, so
 * only the strings a kept row uses are held afterwards.
 */
import type { RawCell } from "../sheet-data.js";
import { decodeCell } from "../sheet-data.js";
import { unescapeCellText } from "./xml-text.js";
import { parsePart } from "./xml-part.js";
import { xlsxError } from "./xlsx-error.js";
import { StopReading, type ZipArchive } from "./zip-reader.js";

/** A shared-string reference, resolved once the shared strings are read. */
export interface SharedRef {
  sst: number;
}

/** Limits of reading sheets. */
export interface SheetLimits {
  /** Data rows below the header read per sheet; the rest is not read. */
  maxRows: number;
  /** Cell values held for the whole workbook; past it the read stops with an XlsxError. */
  maxCells: number;
  /** Characters in one cell. */
  maxCellChars: number;
}

/** A sheet as read, before its shared strings are resolved. */
export interface ReadSheet {
  rows: (RawCell[] | undefined)[];
  merges: string[];
  truncatedAt?: number;
}

/** Excel's last column (XFD). */
const MAX_COLUMNS = 16_384;
const DAY_MS = 86_400_000;

/** A date serial as a UTC instant: 1900 system counts from 1899-12-30 (Excel's 1900 leap-year bug included). */
export const serialToDate = (serial: number, date1904: boolean): Date => new Date(Math.round(((date1904 ? serial + 1462 : serial) - 25569) * DAY_MS));

/** Reads one worksheet part; `cells` counts held cells across the workbook. */
export function readSheet(zip: ZipArchive, part: string, limits: SheetLimits, dateStyles: Set<number>, date1904: boolean, used: Set<number>, cells: { count: number }): ReadSheet {
  const rows: (RawCell[] | undefined)[] = [];
  const merges: string[] = [];
  const sharedFormulas = new Map<string, string>();
  let truncatedAt: number | undefined;
  let kept = 0;
  let rowNumber = 0;
  // Each <row> and <c> sets these before they are read (well-formed XML has no cell or row end outside a row):
  // Stryker disable next-line ArrayDeclaration: see above
  let row: RawCell[] = [];
  // Stryker disable next-line BooleanLiteral: see above
  let rowHasValues = false;
  // Stryker disable next-line UnaryOperator: see above
  let column = -1;
  // Stryker disable next-line StringLiteral: see above
  let cellType = "n";
  let cellStyle = 0;
  let value: string | undefined;
  let formula: string | undefined;
  let sharedIndex: string | undefined;
  let inline: string | undefined;
  let capture: string | undefined;
  let phonetic = 0;

  const append = (text: string) => {
    if (capture === undefined || phonetic > 0) return;
    if (capture.length + text.length > limits.maxCellChars) throw xlsxError("error.xlsx.cell-too-long", { part, max: limits.maxCellChars });
    capture += text;
  };

  const cellValue = (): RawCell => {
    if (cellType === "inlineStr") return inline === undefined ? undefined : unescapeCellText(inline);
    if (value === undefined) return undefined;
    switch (cellType) {
      case "s": {
        const index = Number(value);
        if (!Number.isInteger(index) || index < 0) throw xlsxError("error.xlsx.string-index", { part, value: value.slice(0, 20) });
        used.add(index);
        return { sst: index } satisfies SharedRef;
      }
      case "str":
        return unescapeCellText(value);
      case "b":
        return value.trim() === "1" || value.trim() === "true";
      case "e":
        return { error: value };
      case "d":
        return new Date(value);
      default: {
        if (value.trim() === "") return undefined;
        const n = Number(value);
        return dateStyles.has(cellStyle) && Number.isFinite(n) ? serialToDate(n, date1904) : n;
      }
    }
  };

  parsePart(zip, part, {
    open(name, a) {
      switch (name) {
        case "row":
          rowNumber = a.r !== undefined ? Number(a.r) : rowNumber + 1;
          if (!Number.isInteger(rowNumber) || rowNumber < 1 || rowNumber > 1_048_576) throw xlsxError("error.xlsx.row-number", { part, value: String(a.r) });
          row = [];
          rowHasValues = false;
          column = -1;
          break;
        case "c":
          column = a.r !== undefined ? (decodeCell(a.r)?.column ?? column + 1) : column + 1;
          // Stryker disable next-line StringLiteral: any type the switch does not name reads as a number, "" too
          cellType = a.t ?? "n";
          cellStyle = Number(a.s ?? 0);
          value = formula = sharedIndex = inline = undefined;
          break;
        // Stryker disable next-line ConditionalExpression: falling through to "f" also starts the capture; its shared index is read at </f>, before any <v>
        case "v":
          capture = "";
          break;
        case "f":
          capture = "";
          sharedIndex = a.t === "shared" ? a.si : undefined;
          break;
        case "is":
          inline = "";
          break;
        case "t":
          if (inline !== undefined) capture = "";
          break;
        case "rPh":
          phonetic++;
          break;
        case "mergeCell":
          if (a.ref && /^[A-Z]+\d+:[A-Z]+\d+$/.test(a.ref)) merges.push(a.ref);
          break;
      }
    },
    text: append,
    close(name) {
      switch (name) {
        case "v":
          value = capture;
          capture = undefined;
          break;
        case "f":
          // Stryker disable next-line StringLiteral: <f> always starts a capture, so it is never undefined here
          formula = capture ?? "";
          capture = undefined;
          if (sharedIndex !== undefined) {
            if (formula !== "") sharedFormulas.set(sharedIndex, formula);
            else formula = sharedFormulas.get(sharedIndex) ?? "";
          }
          break;
        case "t":
          if (inline !== undefined && capture !== undefined) {
            inline += capture;
            capture = undefined;
          }
          break;
        case "rPh":
          phonetic--;
          break;
        case "c": {
          if (column < 0 || column >= MAX_COLUMNS) break;
          const result = cellValue();
          const raw: RawCell = formula !== undefined ? { formula, result } : result;
          if (raw === undefined) break;
          if (++cells.count > limits.maxCells) throw xlsxError("error.xlsx.too-many-cells", { max: limits.maxCells });
          row[column] = raw;
          rowHasValues = true;
          break;
        }
        case "row":
          if (!rowHasValues) break;
          // Row 1 is the header; the limit counts the rows below it.
          if (++kept > limits.maxRows + 1) {
            truncatedAt = rowNumber;
            throw new StopReading();
          }
          rows[rowNumber - 1] = row;
          break;
      }
    },
  });
  return { rows, merges, ...(truncatedAt !== undefined ? { truncatedAt } : {}) };
}
