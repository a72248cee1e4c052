/** A workbook to write: plain values plus the few features the template needs (notes, dropdowns, frozen header, text columns, fills). */

/** A cell value; null and undefined leave the cell empty. */
export type XlsxValue = string | number | boolean | Date | null | undefined;

/** How a cell looks. */
export interface XlsxStyle {
  bold?: boolean;
  /** A solid background as ARGB hex, e.g. "FFFFC7CE". */
  fill?: string;
  wrap?: boolean;
  /** Text number format (@): what someone types stays text (000123 keeps its zeros). */
  text?: boolean;
}

/** A column's width and format. */
export interface XlsxColumn {
  width?: number;
  text?: boolean;
}

/** A dropdown: the cells of `range` (e.g. "C2:C2001") offer the values of `list` (e.g. "'代码表'!$A$2:$A$5"). */
export interface XlsxValidation {
  range: string;
  list: string;
}

/** One worksheet. */
export interface XlsxSheet {
  name: string;
  /** Rows by position: `rows[0]` is row 1; holes are empty rows. */
  rows: (XlsxValue[] | undefined)[];
  hidden?: boolean;
  /** Rows frozen at the top (the header). */
  frozenRows?: number;
  /** Columns by position: `columns[0]` is column A. */
  columns?: (XlsxColumn | undefined)[];
  /** Cell styles by reference ("B3"). */
  styles?: Map<string, XlsxStyle>;
  /** Cell notes (comments) by reference ("B3"). */
  notes?: Map<string, string>;
  validations?: XlsxValidation[];
  merges?: string[];
}
