/**
 * Input the validator cannot read at all (not UTF-8, a line too long, a gzip bomb): unlike a
 * malformed record, which becomes an issue, these stop the run. Browser-safe.
 */
import type { Locale } from "../i18n/locale.js";
import { validationMessage, type ValidationMessageId } from "../i18n/messages.js";

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

/**
 * An unreadable input; `line` and `column` are 1-based where known. Its message is worded in zh-CN
 * from the catalogue; `messageId` and `messageParams` (kept in `params`, which crosses worker
 * boundaries as plain data) let a caller word it in another locale (`describe(file, locale)`).
 */
export class StreamInputError extends Error {
  constructor(
    readonly problem: StreamInputProblem,
    message: string,
    readonly line?: number,
    readonly column?: number,
    /** The values in the message (sizes, limits) and its catalogue id (`messageId`), for callers that word it in another language. */
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = "StreamInputError";
  }

  /** The catalogue id of the message, when it has one. */
  get messageId(): ValidationMessageId | undefined {
    return typeof this.params.messageId === "string" ? (this.params.messageId as ValidationMessageId) : undefined;
  }

  /** The values in the message. */
  get messageParams(): Record<string, string | number> {
    return this.params;
  }

  /** The message in a locale (as thrown without one). */
  text(locale?: Locale): string {
    const id = this.messageId;
    return id === undefined || locale === undefined ? this.message : validationMessage(id, locale, this.params);
  }

  /** "file:line:column: message", leaving out what is unknown, in `locale` when given. */
  describe(file: string, locale?: Locale): string {
    const at = this.line === undefined ? "" : this.column === undefined ? `:${this.line}` : `:${this.line}:${this.column}`;
    return `${file}${at}: ${this.text(locale)}`;
  }
}

/** A StreamInputError worded from the catalogue (zh-CN), carrying its message id and params. */
export function inputProblem(
  problem: StreamInputProblem,
  id: ValidationMessageId,
  params: Record<string, string | number> = {},
  line?: number,
  column?: number,
): StreamInputError {
  return new StreamInputError(problem, validationMessage(id, "zh-CN", params), line, column, { ...params, messageId: id });
}
