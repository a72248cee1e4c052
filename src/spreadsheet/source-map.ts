/**
 * Remembers which cell each value of the imported catalogue came from, so findings of the
 * validation that follows the import can name the sheet, row and column too. A row is one entry
 * (its record's pointer → sheet, row, file) plus the column letters of its table, which every row
 * of the table shares: an entry per cell made a Map of millions of keys for a large sheet.
 */
import type { Issue } from "../report/issue.js";
import type { CellRef } from "./import-issues.js";

/** Where a record's values came from: its row, and the letter of each value's column by its path inside the record ("/timeLimit/promised/value"). */
interface RowSource {
  ref: CellRef;
  columns?: ReadonlyMap<string, string>;
}

/** JSON Pointer → the cell (or row) it was read from. */
export class SourceMap {
  private readonly refs = new Map<string, RowSource>();

  /** Records where the value at `path` came from. */
  set(path: string, ref: CellRef): void {
    this.refs.set(path, { ref });
  }

  /** Records a row read into the record at `base`; `columns` (shared by the rows of a table) gives each value's column by its path inside the record. */
  setRow(base: string, ref: CellRef, columns: ReadonlyMap<string, string>): void {
    this.refs.set(base, { ref, columns });
  }

  /** The cell of the longest recorded prefix of `path`. */
  find(path: string): CellRef | undefined {
    for (let p = path; ; p = p.slice(0, p.lastIndexOf("/"))) {
      const source = this.refs.get(p);
      if (source) return source.columns ? cellIn(source, path.slice(p.length)) : source.ref;
      if (p === "") return undefined;
    }
  }

  /** Adds sheet, row, column and file to a finding that has none. */
  locate(issue: Issue): Issue {
    if (issue.sheet !== undefined) return issue;
    const ref = this.find(issue.path);
    if (!ref) return issue;
    return {
      ...issue,
      ...(ref.file !== undefined ? { file: ref.file } : {}),
      ...(ref.row !== undefined ? { line: ref.row } : {}),
      sheet: ref.sheet,
      ...(ref.column !== undefined ? { column: ref.column } : {}),
    };
  }
}

/** The cell of the longest column path that prefixes `inner` (a path inside the row's record), else the row. */
function cellIn(source: RowSource, inner: string): CellRef {
  for (let p = inner; p !== ""; p = p.slice(0, p.lastIndexOf("/"))) {
    const column = source.columns!.get(p);
    if (column !== undefined) return { ...source.ref, column };
  }
  return source.ref;
}
