/**
 * Input the validator cannot read at all (not UTF-8, a line too long, a gzip bomb): unlike a
 * malformed record, which becomes an issue, these stop the run. Browser-safe.
 */

/** Why an input could not be read. */
export type StreamInputProblem =
  | "invalid-utf8" | "line-too-long" | "inflate-limit" | "not-gzip" | "malformed-json" | "item-too-large"
  /** Missing, a folder, a symlink loop, no permission. */
  | "unreadable"
  /** More bytes than the reader's limit were read (a device, a pipe, a growing file). */
  | "read-limit"
  /** The file shrank while it was read. */
  | "file-changed"
  /** CSV text that cannot be split into rows (an unclosed quote). */
  | "malformed-csv";

/** An unreadable input; `line` and `column` are 1-based where known. */
export class StreamInputError extends Error {
  constructor(
    readonly problem: StreamInputProblem,
    message: string,
    readonly line?: number,
    readonly column?: number,
    /** The values in the message (sizes, limits), for callers that word it in another language. */
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = "StreamInputError";
  }

  /** "file:line:column: message", leaving out what is unknown. */
  describe(file: string): string {
    const at = this.line === undefined ? "" : this.column === undefined ? `:${this.line}` : `:${this.line}:${this.column}`;
    return `${file}${at}: ${this.message}`;
  }
}
