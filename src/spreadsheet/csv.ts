/**
 * CSV: one file per sheet. `out.csv` holds the items and `out.<suffix>.csv` the other sheets
 * (out.info.csv, out.materials.csv, out.fees.csv, out.legal-basis.csv, out.process.csv). Text in,
 * text out: decoding and file access belong to the caller.
 */
// The browser builds carry their own Buffer polyfill, so this core module runs in browsers too.
import { parse } from "csv-parse/browser/esm/sync";
import { stringify } from "csv-stringify/browser/esm/sync";
import { argumentError } from "../i18n/argument-error.js";
import { shown } from "../internal/shown.js";
import { inputProblem } from "../stream/input-error.js";
import { locateInvalidUtf8 } from "../stream/utf8-position.js";
import type { SheetSpec } from "./columns.js";
import { guardFormula, unguardFormula } from "./formula-guard.js";
import type { SheetData } from "./sheet-data.js";
import { DEFAULT_MAX_ROWS } from "./workbook-import.js";

/** The file of a sheet next to the items file: `out.csv` → `out.materials.csv`. */
export function csvFileFor(itemsFile: string, spec: SheetSpec): string {
  if (spec.csv === "") return itemsFile;
  return itemsFile.replace(/(\.csv)?$/i, `.${spec.csv}.csv`);
}

/**
 * Parses CSV text (or its UTF-8 bytes) as a sheet (a leading BOM is dropped); stops after `maxRows` data rows and says
 * so. Text that csvFromSheet guarded against formula injection gets its quote back off. Throws a
 * StreamInputError ("malformed-csv", with the line) for text that cannot be split into rows, such
 * as an unclosed quote, "invalid-utf8" (line and column) for bytes that are not UTF-8, and a TypeError for
 * arguments of the wrong type.
 */
export function sheetFromCsv(text: string | Uint8Array, name: string, options: { file?: string; maxRows?: number } = {}): SheetData {
  // The browser build of csv-parse takes bytes only as its own Buffer polyfill, which a plain Uint8Array is not: decode here.
  return parseSheet(text instanceof Uint8Array ? utf8Text(text) : text, name, options, parse);
}

/** Strict UTF-8 text of CSV bytes; an invalid byte stops with a StreamInputError at its line and column. */
function utf8Text(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const at = locateInvalidUtf8(bytes);
    throw inputProblem("invalid-utf8", "input.not-utf8", {}, at.line, at.column);
  }
}

/** csv-parse's synchronous parse: the browser build here; Node callers pass the Node build. */
export type CsvParse = typeof parse;

/**
 * sheetFromCsv with a given csv-parse build, on text or on UTF-8 bytes. The browser build turns text into bytes through a
 * Buffer polyfill that builds a JS array of numbers (≈ 1 µs and tens of bytes per input byte: a
 * 110 MB CSV took gigabytes); Node's build uses the native Buffer, so the CLI passes that one.
 */
export function parseSheet(text: string | Uint8Array, name: string, options: { file?: string; maxRows?: number }, parser: CsvParse): SheetData {
  if (typeof text !== "string" && !(text instanceof Uint8Array)) throw argumentError("error.argument.csv-text");
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  if (!Number.isSafeInteger(maxRows) || maxRows < 1) throw argumentError("error.argument.max-rows", { value: typeof maxRows === "number" ? String(maxRows) : shown(maxRows) });
  let rows: string[][];
  try {
    // UTF-8 bytes are parsed as they are (the Node reader passes them, to hold no copy as text).
    rows = parser(text, csvParseOptions(maxRows)) as string[][];
  } catch (error) {
    throw csvProblem(error, text);
  }
  const sheet: SheetData = { name, rows, ...(options.file ? { file: options.file } : {}) };
  if (rows.length > maxRows + 1) {
    rows.length = maxRows + 1;
    return { ...sheet, truncatedAt: maxRows + 2, rowLimit: maxRows };
  }
  return sheet;
}

/**
 * csv-parse's options for a sheet of at most `maxRows` data rows, shared by the whole-text and the streamed (Node) readers:
 * to_line stops the parser itself, so a huge file is never split into rows past the limit; on_record unguards each cell
 * as its row is made, without a second pass over the sheet.
 */
export const csvParseOptions = (maxRows: number) => ({ bom: true, relax_column_count: true, to_line: maxRows + 2, on_record: (record: string[]) => record.map(unguardFormula) });

/** The StreamInputError ("malformed-csv", with its line) for an error csv-parse raised on `text`. */
export function csvProblem(error: unknown, text: string | Uint8Array): Error {
  const { message, lines, code } = error as { message?: string; lines?: number; code?: string };
  const quotes = code === "CSV_QUOTE_NOT_CLOSED" || code === "CSV_INVALID_CLOSING_QUOTE" ? quoteTrouble(typeof text === "string" ? text : new TextDecoder().decode(text)) : undefined;
  const at = typeof lines === "number" ? lines : undefined;
  if (code === "CSV_QUOTE_NOT_CLOSED") return inputProblem("malformed-csv", "input.csv-quote-not-closed", {}, quotes?.openLine);
  if (quotes?.after !== undefined) return inputProblem("malformed-csv", "input.csv-closing-quote", { char: quotes.after }, at);
  return inputProblem("malformed-csv", "input.malformed-csv", { reason: String(message ?? error).replace(/ at line \d+/, "") }, at);
}

/**
 * Writes a sheet as CSV text with a BOM, so Excel opens the UTF-8 Chinese text correctly. Text that
 * a spreadsheet program would run as a formula is guarded (guardFormula); numbers are written as they are.
 */
export function csvFromSheet(sheet: SheetData): string {
  const text = (cell: unknown) => (cell === undefined || cell === null ? "" : typeof cell === "number" ? String(cell) : guardFormula(String(cell)));
  return stringify(sheet.rows.map((row) => (row ?? []).map(text)), { bom: true });
}

/**
 * Where the quotes of CSV text go wrong, for the messages: the line of the quote left open at the end, and the
 * character right after the first closing quote that no comma, line break or end of text follows. csv-parse names
 * the line where parsing ended (the file's last line, not where the user must look) and, for the character, a
 * byte: the first of a Chinese character's three ("中" came out as "ä"). A quote opens or closes a cell, except ""
 * inside an open cell, which is one quote of its text.
 */
function quoteTrouble(text: string): { openLine?: number; after?: string } {
  let open = -1;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
    if (open < 0) open = i;
    else if (text[i + 1] === '"') i++;
    else {
      open = -1;
      const after = text.codePointAt(i + 1);
      if (after !== undefined && !",\r\n".includes(String.fromCodePoint(after))) return { after: String.fromCodePoint(after) };
    }
  }
  if (open < 0) return {};
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < open; i = text.indexOf("\n", i + 1)) line++;
  return { openLine: line };
}
