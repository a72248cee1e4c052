/**
 * Validates a JSONL (or .jsonl.gz) file: a regular file in byte ranges, on the calling thread and
 * `jobs − 1` worker threads (none with `jobs: 1`); gzip and pipes, which cannot be read again, as
 * one stream with its keys in a temporary key log. Either way the duplicate keys take bounded
 * memory, and the report is the same: issues in line order, duplicates across the whole file.
 * Node-only.
 */
import os from "node:os";
import type { Locale } from "../i18n/locale.js";
import type { Report } from "../report/issue.js";
import type { CatalogueKind } from "../rules/item-kind.js";

import { assertPinnable } from "../validate/item-majors.js";
import { latin1Decoder } from "./latin1-decoder.js";
import { inspectInput } from "./input-file.js";
import { isGzip, openFile } from "./open-file.js";
import { validateRangesInPool } from "./pool.js";
import { collectStreamSpilled } from "./validate-stream-spilled.js";
import { newlineRanges, rangeBytes } from "./ranges.js";

/** Options of validateJsonLinesFile. */
export interface JsonLinesFileOptions {
  item?: CatalogueKind;
  /** Pins the major of every line, e.g. "1.0" (see ValidateStreamOptions.schemaVersion). */
  schemaVersion?: string;
  locale?: Locale;
  /** Threads that validate: the calling thread and jobs − 1 workers; 1 starts none. Default: os.availableParallelism(). */
  jobs?: number;
  /** The longest line accepted, in bytes; 64 MiB by default (env ZWFW_MAX_LINE_BYTES). */
  maxLineBytes?: number;
  /** Issues kept in the report; the summary counts all (10,000 by default, 0 = all). */
  maxIssues?: number;
  /** Whether issues carry `file` (default true). */
  withFile?: boolean;
  /** Progress: file bytes read so far (compressed for .gz), of `total`. */
  onProgress?: (progress: FileProgress) => void;
}

/** Progress of a file validation. */
export interface FileProgress {
  bytes: number;
  total: number;
  items: number;
  issues: number;
}

/** The max line length in effect: the option, else env ZWFW_MAX_LINE_BYTES, else the default. */
export function maxLineBytesOf(option?: number): number | undefined {
  const fromEnv = Number(process.env.ZWFW_MAX_LINE_BYTES);
  return option ?? (fromEnv > 0 ? fromEnv : undefined);
}

/** Validates a JSONL file; unreadable input rejects with a StreamInputError (or an fs error). */
export async function validateJsonLinesFile(file: string, options: JsonLinesFileOptions = {}): Promise<Report> {
  // One stat: a regular file is read up to this size by every thread; a pipe or device is read once, to its end.
  const input = inspectInput(file);
  const total = input.size;
  const jobs = options.jobs ?? os.availableParallelism();
  // Checked here too: a parallel run would otherwise fail in its workers, one range at a time.
  assertPinnable(options.schemaVersion, options.locale);
  const common = {
    item: options.item ?? "implementation",
    ...(options.schemaVersion !== undefined ? { schemaVersion: options.schemaVersion } : {}),
    locale: options.locale ?? "zh-CN",
    maxLineBytes: maxLineBytesOf(options.maxLineBytes),
    maxIssues: options.maxIssues,
  } as const;
  const fileField = options.withFile === false ? undefined : file;
  if (input.regular && !isGzip(file)) {
    // In ranges even on one thread: a file can be read again, so its duplicate keys are kept in
    // bounded memory (key-spill.ts); a file of one range starts no worker.
    const ranges = newlineRanges(file, rangeBytes(), total);
    const threads = ranges.length > 1 ? jobs : 1;
    return validateRangesInPool(file, ranges, { ...common, jobs: threads, file: fileField, total, onProgress: options.onProgress });
  }
  let bytes = 0;
  // Read once, so its keys go to a temporary key log (validate-stream-spilled.ts).
  return collectStreamSpilled(openFile(file, { reuseBuffer: true, onBytes: (n) => (bytes += n) }), {
    ...common,
    file: fileField,
    decoder: latin1Decoder,
    onProgress: (p) => options.onProgress?.({ bytes, total, items: p.items, issues: p.issues }),
  });
}

