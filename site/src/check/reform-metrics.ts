/** The reform metrics of two batches, as chart rows, from the package's catalogue diff (src/diff). */
import { CatalogueDiffError, diffCatalogues, type CatalogueDiff, type MetricSet } from "../../../src/diff/index.js";
import type { SkipNote } from "./run-checks.js";

/** One metric over the whole catalogues: before, after, and the diff's percentage change. */
export interface MetricRow {
  id: keyof MetricSet;
  before: number | null;
  after: number | null;
  change: number | null;
}

/** The reform figures and the item counts of two batches. */
export interface ReformMetrics {
  rows: MetricRow[];
  summary: CatalogueDiff["summary"];
}

/** Diffs the previous batch against this one; a pair that cannot be diffed is a skip note with the reason. */
export function reformMetrics(before: unknown, after: unknown): ReformMetrics | SkipNote {
  let diff: CatalogueDiff;
  try {
    diff = diffCatalogues(before, after);
  } catch (error) {
    if (error instanceof CatalogueDiffError) return { skipped: "not-comparable", reason: error.message };
    throw error;
  }
  const all = diff.metrics.all;
  const rows = (Object.keys(all) as (keyof MetricSet)[]).map((id) => ({ id, ...all[id] }));
  return { rows, summary: diff.summary };
}
