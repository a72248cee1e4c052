/** The messages between the page and the worker that validates a large JSONL file. */
import type { Locale } from "../../../src/i18n/locale.js";
import type { Report } from "../../../src/report/issue.js";
import type { CatalogueKind } from "../../../src/rules/item-kind.js";
import type { StreamInputProblem } from "../../../src/stream/index.js";

/** What the page asks: validate this file (a File is a Blob; it is streamed, never read whole). */
export interface StreamRequest {
  file: Blob;
  kind: CatalogueKind;
  locale: Locale;
  /** Issues kept in the report; the summary counts them all. */
  maxIssues: number;
}

/** Totals so far, sent a few times a second. */
export interface StreamProgressReply {
  type: "progress";
  bytes: number;
  items: number;
  issues: number;
}

/** The whole report. */
export interface StreamDoneReply {
  type: "done";
  report: Report;
}

/** The file could not be read (not UTF-8, a line too long) or the run failed; worded by the page in its language. */
export interface StreamErrorReply {
  type: "error";
  message: string;
  problem?: StreamInputProblem;
  params?: Record<string, string | number>;
  line?: number;
  column?: number;
}

/** Any message the worker sends. */
export type StreamReply = StreamProgressReply | StreamDoneReply | StreamErrorReply;
