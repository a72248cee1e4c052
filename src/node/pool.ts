/** Runs range validation on a tinypool of worker threads and merges the results in file order. Node-only. */
import { fileURLToPath } from "node:url";
import Tinypool from "tinypool";
import type { Locale } from "../i18n/locale.js";
import type { Report } from "../report/issue.js";
import type { CatalogueKind } from "../rules/item-kind.js";
import type { FileProgress } from "./validate-jsonl-file.js";
import { RangeMerger } from "./range-merger.js";
import type { ByteRange } from "./ranges.js";
import type { RangeResult, RangeTask } from "./range-task.js";

/** Options of validateRangesInPool. */
export interface PoolOptions {
  item: CatalogueKind;
  locale: Locale;
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

/** Validates each range in a worker (each reads its own bytes) and merges them in order. */
export async function validateRangesInPool(file: string, ranges: ByteRange[], options: PoolOptions): Promise<Report> {
  const pool = new Tinypool({
    filename: workerFile(),
    minThreads: options.jobs,
    maxThreads: options.jobs,
    isolateWorkers: false,
    // A small young generation keeps each worker's memory low at no measured cost in speed (docs/performance.md).
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
  const merger = new RangeMerger(options.locale, options.file, options.maxIssues);
  let bytes = 0;
  try {
    const pending: (Promise<RangeResult> | undefined)[] = ranges.map((range) =>
      pool.run({ file, start: range.start, end: range.end, item: options.item, locale: options.locale, maxLineBytes: options.maxLineBytes, maxIssues: options.maxIssues } satisfies RangeTask),
    );
    // Every failure is handled in order below; this keeps later rejections from going unhandled.
    for (const p of pending) p!.catch(() => undefined);
    for (let i = 0; i < pending.length; i++) {
      const result = await pending[i]!;
      pending[i] = undefined; // a merged result is not kept
      merger.add(result);
      bytes += ranges[i]!.end - ranges[i]!.start;
      options.onProgress?.({ bytes, total: options.total, items: merger.itemCount, issues: merger.issueCount });
    }
    return merger.report();
  } finally {
    await pool.destroy();
  }
}
