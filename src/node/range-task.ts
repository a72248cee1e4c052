/** What a worker is asked to validate and what it sends back: plain, cloneable data. Node-only. */
import type { Locale } from "../i18n/locale.js";
import type { Issue } from "../report/issue.js";
import type { SeverityCounts } from "../report/issue-collector.js";
import type { CatalogueKind } from "../rules/item-kind.js";
import type { StreamInputProblem } from "../stream/input-error.js";

/** One byte range of a JSONL file to validate. */
export interface RangeTask {
  file: string;
  start: number;
  end: number;
  item: CatalogueKind;
  /** The pinned major's schemaVersion, if any (see LineValidatorOptions). */
  schemaVersion?: string;
  locale: Locale;
  maxLineBytes?: number;
  /** Issues the range keeps; the rest are only counted (the merger applies the same cap overall). */
  maxIssues?: number;
}

/**
 * The outcome of one range. Lines are relative to the range (1 = its first line). Duplicate keys
 * travel as joined strings and typed arrays: cloning three values is far cheaper than cloning
 * an object per record.
 */
export interface RangeResult {
  /** Issues without `file`; `line` is relative. At most the task's maxIssues. */
  issues: Issue[];
  /** Issues found beyond maxIssues, counted by severity. */
  omitted: SeverityCounts;
  /** Lines in the range (blank ones included). */
  lines: number;
  items: number;
  /** Duplicate keys of the valid items, "\n"-joined (codes never contain a newline: the schema's patterns forbid it). */
  keys: string;
  /** Relative line per key. */
  keyLines: Int32Array;
  /** Per key, the file offset where its line starts: the merge reads candidate duplicates' keys again from there. */
  keyStarts: Float64Array;
  /** Set when the range could not be read (relative line). */
  error?: { problem: StreamInputProblem; message: string; line?: number; column?: number; params?: Record<string, string | number> };
}
