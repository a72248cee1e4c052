/** The messages between the page and the worker that validates a large file: JSONL streamed, a JSON document read whole off the page's thread. */
import type { Locale } from "../../../src/i18n/locale.js";
import type { Report } from "../../../src/report/issue.js";
import type { CatalogueKind } from "../../../src/rules/item-kind.js";
import type { StreamInputProblem } from "../../../src/stream/index.js";
import type { DocumentName } from "../../../src/validate/validators.js";

/** What the page asks of a JSONL file: validate it (a File is a Blob; it is streamed, never read whole). */
export interface StreamRequest {
  format: "jsonl";
  file: Blob;
  kind: CatalogueKind;
  locale: Locale;
  /** Issues kept in the report; the summary counts them all. */
  maxIssues: number;
}

/** What the page asks of a large JSON document: read it (with progress), parse it and validate it, all in the worker. */
export interface JsonRequest {
  format: "json";
  file: Blob;
  locale: Locale;
}

/** Any request the worker takes. */
export type WorkerRequest = StreamRequest | JsonRequest;

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
  format: "jsonl";
  report: Report;
}

/** A JSON document's report, with the document and its text: the page's views name items and show sources as for a small file. */
export interface JsonDoneReply {
  type: "done";
  format: "json";
  report: Report;
  document: unknown;
  as: DocumentName;
  text: string;
}

/** The file could not be read (not UTF-8, a line too long, malformed JSON) or the run failed; a stream problem is worded by the page in its language, any other comes worded. */
export interface StreamErrorReply {
  type: "error";
  message: string;
  problem?: StreamInputProblem;
  params?: Record<string, string | number>;
  line?: number;
  column?: number;
  /** A JSON document that could not be read at all (encoding, syntax): the page shows it on the file's picker, as it does a small file's. */
  unreadable?: boolean;
}

/** Any message the worker sends. */
export type StreamReply = StreamProgressReply | StreamDoneReply | JsonDoneReply | StreamErrorReply;

/** The outcome of a run. */
export type DoneReply = StreamDoneReply | JsonDoneReply;
