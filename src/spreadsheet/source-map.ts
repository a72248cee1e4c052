/**
 * Remembers which cell each value of the imported catalogue came from, so findings of the
 * validation that follows the import can name the sheet, row and column too.
 */
import type { Issue } from "../report/issue.js";
import type { CellRef } from "./import-issues.js";

/** JSON Pointer → the cell (or row) it was read from. */
export class SourceMap {
  private readonly refs = new Map<string, CellRef>();

  /** Records where the value at `path` came from. */
  set(path: string, ref: CellRef): void {
    this.refs.set(path, ref);
  }

  /** The cell of the longest recorded prefix of `path`. */
  find(path: string): CellRef | undefined {
    for (let p = path; ; p = p.slice(0, p.lastIndexOf("/"))) {
      const ref = this.refs.get(p);
      if (ref) return ref;
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
