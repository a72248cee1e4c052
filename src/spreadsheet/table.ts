/**
 * A sheet read as a table: finds the header row, maps its headers to columns (warning about the ones
 * it does not know), fills merged ranges, and lists the data rows.
 */
import type { CatalogueKind } from "../rules/item-kind.js";
import { appliesTo, type Column } from "./columns.js";
import { aliasHeaders } from "./header-aliases.js";
import type { ImportIssues } from "./import-issues.js";
import { normalizeLabel } from "./labels.js";
import { readCell } from "./read-cell.js";
import { columnLetter, decodeCell, type RawCell, type SheetData } from "./sheet-data.js";

/** A column of the sheet matched to its definition. */
export interface BoundColumn {
  column: Column;
  index: number;
  letter: string;
}

/** A column of the sheet that names no element: its data is kept (under `extensions`) where the record has them. */
export interface ExtraColumn {
  header: string;
  index: number;
  letter: string;
}

/** How headers are matched beyond the columns' own: the user's mapping, and whether unknown columns are kept. */
export interface TableOptions {
  /** Normalized source header → column (from `--map`). */
  mapping?: ReadonlyMap<string, Column>;
  /** Unknown columns are returned as `extras` (and left to the caller to report) instead of warned about and ignored. */
  keepUnknown?: boolean;
}

/** A data row of a table: its 1-based row number and its cells. */
export interface TableRow {
  row: number;
  cells: RawCell[];
}

/** A sheet's header, mapped to columns: what every row of the table shares. */
export interface TableHead {
  sheet: SheetData;
  headerRow: number;
  columns: BoundColumn[];
  /** Unknown columns, when `keepUnknown` was asked for. */
  extras: ExtraColumn[];
}

/** A sheet as header-mapped rows. */
export interface Table extends TableHead {
  /** Data rows with their 1-based row numbers; empty rows are skipped. */
  rows: TableRow[];
}

/** A table read a row at a time (a streamed sheet): its head, and `take` for each row below the header, in order. */
export interface TableReader {
  head: TableHead;
  /** The data row at 0-based `index` (below the header row), or undefined for an empty row; reports data under a column without a header. */
  take(index: number, cells: RawCell[] | undefined): TableRow | undefined;
}

/** How far down a title block may push the header row. */
const HEADER_SEARCH_ROWS = 10;

/** A header cell's comparison form: no marks of required columns (*, （必填）). */
export function normalizeHeader(raw: RawCell): string {
  const cell = readCell(raw).cell;
  const text = cell.kind === "text" ? cell.text : cell.kind === "number" ? String(cell.value) : "";
  return normalizeLabel(text).replace(/^\*+|\*+$/g, "").replace(/\((必填|选填)\)$/, "");
}

const matches = (column: Column, header: string) =>
  [column.header, ...(column.aliases ?? [])].some((h) => normalizeLabel(h) === header);

/**
 * The column a header names: the user's mapping first, then the columns' own headers, then the
 * header variants real sources use (实施层级 is 行使层级 where the 实施层级 column does not apply), and
 * last a column of another kind (reported as not applicable).
 */
function columnOf(header: string, columns: readonly Column[], kind: CatalogueKind, options: TableOptions): Column | undefined {
  const applicable = columns.filter((c) => appliesTo(c, kind));
  return options.mapping?.get(header)
    ?? applicable.find((c) => matches(c, header))
    ?? applicable.find((c) => aliasHeaders(c).includes(header))
    ?? columns.find((c) => matches(c, header));
}

const isEmptyRow = (cells: RawCell[] | undefined) => !cells || cells.every((c) => {
  const read = readCell(c);
  return read.cell.kind === "empty" && !read.problem;
});

/**
 * Copies each merged range's top-left value into the range's other cells, with a warning per range
 * below the header. A range is filled only within the rows read and the header's columns: "A2:XFD1048576"
 * must not make 17 billion cells.
 */
function fillMerges(sheet: SheetData, headerRow: number, width: number, issues: ImportIssues): void {
  // Stryker disable next-line ArrayDeclaration: a range without a colon is passed over like no range
  for (const range of sheet.merges ?? []) {
    const [from, to] = range.split(":").map(decodeCell);
    if (!from || !to || to.row <= headerRow) continue;
    const value = sheet.rows[from.row - 1]?.[from.column];
    const lastRow = Math.min(to.row, sheet.rows.length);
    const lastColumn = Math.min(to.column, Math.max(width, from.column + 1) - 1);
    for (let r = from.row; r <= lastRow; r++) {
      const cells = (sheet.rows[r - 1] ??= []);
      for (let c = from.column; c <= lastColumn; c++) if (r !== from.row || c !== from.column) cells[c] = value;
    }
    issues.add("cell-merged", "", { sheet: sheet.name, row: from.row, column: columnLetter(from.column), ...(sheet.file ? { file: sheet.file } : {}) }, { range });
  }
}

/** Reads a sheet as a table of `columns` for a catalogue of `kind`; undefined when no header row is found. */
export function readTable(sheet: SheetData, columns: readonly Column[], kind: CatalogueKind, issues: ImportIssues, options: TableOptions = {}): Table | undefined {
  const reader = tableReader(sheet, columns, kind, issues, options);
  if (!reader) return undefined;
  const rows: TableRow[] = [];
  for (let r = reader.head.headerRow; r < sheet.rows.length; r++) {
    const entry = reader.take(r, sheet.rows[r]);
    if (entry) rows.push(entry);
  }
  return { ...reader.head, rows };
}

/**
 * Reads the header of a sheet as readTable does (its first rows are enough: the header is searched in the first ten) and
 * returns a reader for its data rows, so a caller streaming a large sheet never holds its rows; undefined when no header row is found.
 */
export function tableReader(sheet: SheetData, columns: readonly Column[], kind: CatalogueKind, issues: ImportIssues, options: TableOptions = {}): TableReader | undefined {
  const at = (row: number, index?: number) => ({ sheet: sheet.name, row, ...(index !== undefined ? { column: columnLetter(index) } : {}), ...(sheet.file ? { file: sheet.file } : {}) });
  let headerRow = 0;
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, sheet.rows.length) && !headerRow; r++) {
    // Stryker disable next-line ArrayDeclaration: a hole is a row without headers; no header normalizes to the mutant's text
    const known = (sheet.rows[r] ?? []).filter((raw) => columnOf(normalizeHeader(raw), columns, kind, options) !== undefined).length;
    if (known >= Math.min(2, columns.length)) headerRow = r + 1;
  }
  if (!headerRow) {
    issues.add("sheet-no-header", "", at(1), { expected: columns.filter((c) => c.required && appliesTo(c, kind)).map((c) => c.header).join("、") });
    return undefined;
  }
  const bound: BoundColumn[] = [];
  const extras: ExtraColumn[] = [];
  // Stryker disable next-line ArrayDeclaration: unreachable, the header row was found by the headers in its cells
  const header = sheet.rows[headerRow - 1] ?? [];
  header.forEach((raw, index) => {
    const text = normalizeHeader(raw);
    if (text === "") return;
    const column = columnOf(text, columns, kind, options);
    const name = readCell(raw).cell.kind === "text" ? String((readCell(raw).cell as { text: string }).text).trim() : text;
    if (!column && options.keepUnknown && !extras.some((e) => normalizeLabel(e.header) === normalizeLabel(name))) {
      extras.push({ header: name, index, letter: columnLetter(index) });
    } else if (!column) {
      issues.add(options.keepUnknown ? "column-duplicate" : "column-unknown", "", at(headerRow, index), { header: name });
    } else if (!appliesTo(column, kind)) {
      issues.add("column-not-applicable", "", at(headerRow, index), { header: name, kind });
    } else if (bound.some((b) => b.column === column)) {
      issues.add("column-duplicate", "", at(headerRow, index), { header: name });
    } else {
      bound.push({ column, index, letter: columnLetter(index) });
    }
  });
  for (const column of columns) {
    if (column.required && appliesTo(column, kind) && !bound.some((b) => b.column === column)) {
      issues.add("column-missing", "", at(headerRow), { header: column.header });
    }
  }
  fillMerges(sheet, headerRow, header.length, issues);
  const headless = new Set<number>();
  // Normalized once, not once a row: NFKC and the header's regexes on every cell made garbage and time in proportion to the sheet.
  const blankHeader = Array.from(header, (raw) => normalizeHeader(raw) === ""); // Array.from: a sparse row's holes are blank too
  const take = (r: number, cells: RawCell[] | undefined): TableRow | undefined => {
    if (isEmptyRow(cells)) return undefined;
    // Data under a column without a header would otherwise vanish. (A column with a header is bound, kept or reported already.)
    cells!.forEach((raw, index) => {
      if (index >= header.length || blankHeader[index]) {
        if (!headless.has(index) && readCell(raw).cell.kind !== "empty") {
          headless.add(index);
          // Stryker disable next-line ObjectLiteral: the message reads a missing header as an empty one, and the issue keeps no params
          issues.add("column-unknown", "", at(r + 1, index), { header: "" });
        }
      }
    });
    return { row: r + 1, cells: cells! };
  };
  return { head: { sheet, headerRow, columns: bound, extras }, take };
}
