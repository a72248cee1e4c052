/**
 * validateStream: validates JSONL from any chunk source with bounded memory. Browser-safe.
 *
 * Design: it returns `{ issues, summary }`. `issues` is an async iterable that yields each issue
 * as its line is read (in line order) and drives the reading; `summary` resolves once `issues`
 * has been iterated to the end (or rejects with the error that stopped it, e.g. a
 * StreamInputError). Nothing but the duplicate keys is kept, so a consumer that writes issues
 * out as they come uses memory that grows only by the keys: they stay in memory in an exact table
 * (≈ 62 bytes a record, KeyLineTable), as the core has no file to spill them to; Node's
 * validateJsonLinesFile (zwfw-standard/node) keeps them on disk in bounded memory instead.
 * `collectStream` gathers both into a Report.
 */
import type { Locale } from "../i18n/locale.js";
import { IssueCollector } from "../report/issue-collector.js";
import type { Issue, Report } from "../report/issue.js";
import type { CatalogueKind } from "../rules/item-kind.js";
import { LineValidator } from "../validate/line-validator.js";
import { readLines, type ChunkSource, type LineDecoder } from "./line-reader.js";

/** Options of validateStream. */
export interface ValidateStreamOptions {
  /** The kind of item on every line; implementation by default. */
  item?: CatalogueKind;
  /**
   * Pins the major of every line (lines carry no schemaVersion), e.g. "1.0" or "1": only that major's
   * schema and reading apply. Without it, a line is read as the newest major that accepts it.
   * Throws a TypeError when it names no major.
   */
  schemaVersion?: string;
  locale?: Locale;
  /** Set on every issue. */
  file?: string;
  /** The longest line accepted, in bytes; 64 MiB by default. */
  maxLineBytes?: number;
  /** How byte input is decoded: strict UTF-8 by default; zwfw-standard/node's `latin1Decoder` is faster in Node (the same report). */
  decoder?: LineDecoder;
  /** Called after each input chunk with the totals so far. */
  onProgress?: (progress: StreamProgress) => void;
  /** collectStream: issues kept in the report (the summary counts all); 10,000 by default, 0 = all. */
  maxIssues?: number;
}

/** Totals of a running validation. */
export interface StreamProgress {
  /** Input bytes read (characters for text input). */
  bytes: number;
  items: number;
  issues: number;
}

/** The result of validateStream: the issues as they are found, and the summary at the end. */
export interface StreamValidation {
  issues: AsyncIterable<Issue>;
  summary: Promise<Report["summary"]>;
}

/**
 * Validates JSONL (one item per line) from a stream; see the module comment for the contract.
 * Throws a TypeError at once for an unknown `item`, `locale` or `schemaVersion`; `issues` (and `summary`) fail with a
 * StreamInputError for unreadable input, or with the error of the source itself.
 */
export function validateStream(source: ChunkSource, options: ValidateStreamOptions = {}): StreamValidation {
  const validator = new LineValidator({ item: options.item, schemaVersion: options.schemaVersion, locale: options.locale, file: options.file });
  let settle!: { resolve: (s: Report["summary"]) => void; reject: (e: unknown) => void };
  const summary = new Promise<Report["summary"]>((resolve, reject) => (settle = { resolve, reject }));
  // A caller that only iterates `issues` sees the error there; this keeps `summary` from being an unhandled rejection.
  summary.catch(() => undefined);

  async function* run(): AsyncGenerator<Issue> {
    const totals = { errors: 0, warnings: 0, infos: 0, items: 0 };
    const progress: StreamProgress = { bytes: 0, items: 0, issues: 0 };
    try {
      for await (const batch of readLines(source, { maxLineBytes: options.maxLineBytes, decoder: options.decoder })) {
        const { lines, firstLine } = batch;
        for (let i = 0; i < lines.length; i++) {
          const found = batch.latin1 ? validator.validateLatin1Line(lines[i]!, firstLine + i) : validator.validateLine(lines[i]!, firstLine + i);
          for (const issue of found) {
            if (issue.severity === "error") totals.errors++;
            else if (issue.severity === "warning") totals.warnings++;
            else totals.infos++;
            progress.issues++;
            yield issue;
          }
        }
        progress.bytes += batch.bytes;
        progress.items = validator.items;
        options.onProgress?.(progress);
      }
      settle.resolve({ ...totals, items: validator.items });
    } catch (error) {
      settle.reject(error);
      throw error;
    } finally {
      // A consumer that stops iterating early gets no summary (settling twice is a no-op).
      settle.reject(new Error("validateStream: issues were not read to the end"));
    }
  }

  return { issues: run(), summary };
}

/** Runs validateStream to the end and returns the whole report. */
export async function collectStream(source: ChunkSource, options: ValidateStreamOptions = {}): Promise<Report> {
  const { issues, summary } = validateStream(source, options);
  const collector = new IssueCollector(options.maxIssues);
  for await (const issue of issues) collector.add(issue);
  return collector.report((await summary).items);
}
