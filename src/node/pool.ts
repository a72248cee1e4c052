/**
 * Runs range validation on the calling thread and a tinypool of worker threads, and merges the
 * results in file order. Node-only.
 *
 * `jobs` threads validate: the calling thread and `jobs − 1` workers. The calling thread would
 * otherwise only wait, and it starts at once, while a worker first loads the validators; so no
 * core idles during start-up. Ranges are handed out one at a time to whichever thread is free, so
 * a slow range (or a busy core) does not hold the others back.
 */
import { fileURLToPath } from "node:url";
import Tinypool from "tinypool";
import type { Locale } from "../i18n/locale.js";
import type { Report } from "../report/issue.js";
import type { CatalogueKind } from "../rules/item-kind.js";
import type { FileProgress } from "./validate-jsonl-file.js";
import { RangeMerger } from "./range-merger.js";
import { FileLineKeys } from "./spilled-duplicates.js";
import type { ByteRange } from "./ranges.js";
import type { RangeResult, RangeTask } from "./range-task.js";
import validateRange from "./validate-range-worker.js";

/** Options of validateRangesInPool. */
export interface PoolOptions {
  item: CatalogueKind;
  /** The pinned major's schemaVersion, if any. */
  schemaVersion?: string;
  locale: Locale;
  /** Threads that validate, the calling one included. */
  jobs: number;
  maxLineBytes?: number;
  /** Issues kept in the report (each range and the merge apply it). */
  maxIssues?: number;
  file?: string;
  total: number;
  onProgress?: (progress: FileProgress) => void;
}

/**
 * The worker module next to this one: dist/validate-range-worker.js in the build; from the
 * TypeScript sources (tsx, vitest), a shim that loads tsx in the worker first.
 */
export function workerFile(): string {
  const here = import.meta.url;
  return fileURLToPath(new URL(here.endsWith(".ts") ? "./tsx-worker.mjs" : "./validate-range-worker.js", here));
}

/** A result that a later merge step waits for. */
interface Pending {
  promise: Promise<RangeResult>;
  resolve: (result: RangeResult) => void;
  reject: (error: unknown) => void;
}

function pending(): Pending {
  let resolve!: Pending["resolve"];
  let reject!: Pending["reject"];
  const promise = new Promise<RangeResult>((res, rej) => ((resolve = res), (reject = rej)));
  // Every failure is handled in order by the merge; this keeps later ones from going unhandled.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/** Validates each range on a free thread (each reads its own bytes) and merges them in order. */
export async function validateRangesInPool(file: string, ranges: ByteRange[], options: PoolOptions): Promise<Report> {
  const workers = Math.max(0, options.jobs - 1);
  const pool = workers === 0 ? undefined : new Tinypool({
    filename: workerFile(),
    minThreads: workers,
    maxThreads: workers,
    isolateWorkers: false,
    // A small young generation keeps each worker's memory low at no measured cost in speed (docs/performance.md).
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
  const task = (range: ByteRange): RangeTask => ({
    file, start: range.start, end: range.end, item: options.item, schemaVersion: options.schemaVersion, locale: options.locale, maxLineBytes: options.maxLineBytes, maxIssues: options.maxIssues,
  });
  const results: (Pending | undefined)[] = ranges.map(pending);
  let next = 0;
  let stopped = false;
  /** One thread's loop: take the next range until none is left (or the run has failed). */
  const drain = async (run: (task: RangeTask) => Promise<RangeResult>) => {
    while (!stopped && next < ranges.length) {
      const i = next++;
      await run(task(ranges[i]!)).then(results[i]!.resolve, results[i]!.reject);
    }
  };
  const threads = [drain(validateRange), ...Array.from({ length: workers }, () => drain((t) => pool!.run(t) as Promise<RangeResult>))];
  // Keys are remembered as fingerprints and line offsets in a bounded buffer that spills to disk,
  // and candidates confirmed from the file: memory does not grow with the input (issue 14).
  const merger = new RangeMerger(options.locale, options.file, options.maxIssues, { source: new FileLineKeys(file, options.item) }, options.schemaVersion);
  let bytes = 0;
  try {
    for (let i = 0; i < ranges.length; i++) {
      const result = await results[i]!.promise;
      results[i] = undefined; // a merged result is not kept
      merger.add(result);
      bytes += ranges[i]!.end - ranges[i]!.start;
      options.onProgress?.({ bytes, total: options.total, items: merger.itemCount, issues: merger.issueCount });
    }
    return merger.report();
  } finally {
    stopped = true;
    merger.close();
    await Promise.allSettled(threads);
    await pool?.destroy();
  }
}
