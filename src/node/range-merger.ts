/**
 * Joins the results of consecutive ranges into one report: absolute line numbers, and
 * duplicate-item checked across ranges, giving exactly what a single-thread run gives. Node-only
 * only by its place (it is plain logic).
 */
import type { Locale } from "../i18n/locale.js";
import { IssueCollector } from "../report/issue-collector.js";
import type { Issue, Report } from "../report/issue.js";
import { StreamInputError } from "../stream/input-error.js";
import type { FingerprintHash } from "../validate/key-hash.js";
import { duplicateIssue } from "../validate/line-duplicates.js";
import { majors } from "../schema/majors.js";
import { itemMajors } from "../validate/item-majors.js";
import { KeySpill, spillBoundOf } from "./key-spill.js";
import { LateIssues } from "./late-issues.js";
import { fingerprintOf, spilledDuplicates, type KeySource } from "./spilled-duplicates.js";
import type { RangeResult } from "./range-task.js";

/**
 * How the merge remembers keys: as fingerprints and line offsets in a bounded buffer that spills
 * to disk (key-spill.ts), the duplicates found at the end by reading candidate lines again.
 */
export interface MergerKeys {
  /** Where candidates' keys are read again (FileLineKeys: the ranges' file, at each key's line start). */
  source: KeySource;
  /** The hashes (tests force collisions with constant ones). */
  hash?: FingerprintHash;
  /** Keys held in memory before a run is written to disk (see spillBoundOf). */
  bound?: number;
}

/** Adds range results in file order; `report` gives the merged report. */
export class RangeMerger {
  private readonly spill: KeySpill;
  private readonly wholeBesideHandlingItems: boolean;
  private readonly collected: IssueCollector;
  private linesBefore = 0;
  private items = 0;

  /** `schemaVersion` pins the lines' major, whose reading of duplicates applies (as in LineValidator). */
  constructor(private readonly locale: Locale, private readonly file: string | undefined, maxIssues: number | undefined, private readonly keys: MergerKeys, schemaVersion?: string) {
    this.collected = new IssueCollector(maxIssues);
    this.wholeBesideHandlingItems = itemMajors(majors, schemaVersion)[0]!.wholeBesideHandlingItems;
    this.spill = new KeySpill(spillBoundOf(keys.bound));
  }

  /** Adds the next range's result; throws its read error with the absolute line. */
  add(result: RangeResult): void {
    const offset = this.linesBefore;
    if (result.error) {
      const { problem, message, line, column, params } = result.error;
      throw new StreamInputError(problem, message, line === undefined ? undefined : offset + line, column, params ?? {});
    }
    const keys = result.keys === "" ? [] : result.keys.split("\n");
    // Remembered now, found at the end (report): the issues are in line order without them.
    for (let k = 0; k < keys.length; k++) {
      const { hi, lo } = fingerprintOf(keys[k]!, this.keys.hash);
      this.spill.add(hi, lo, offset + result.keyLines[k]!, result.keyStarts[k]!);
    }
    for (const issue of result.issues) this.push(issue, offset);
    this.collected.addDropped(result.omitted);
    this.linesBefore += result.lines;
    this.items += result.items;
  }

  /** The items counted so far. */
  get itemCount(): number {
    return this.items;
  }

  /** The issues found so far. */
  get issueCount(): number {
    return this.collected.total;
  }

  /** The merged report: the duplicates are found now, by reading the candidate lines again. */
  report(): Report {
    try {
      const late = new LateIssues(this.collected.max);
      const replay = { source: this.keys.source, wholeBesideHandlingItems: this.wholeBesideHandlingItems };
      for (const { line, first, entry } of spilledDuplicates(this.spill, replay)) {
        late.add({ ...duplicateIssue(entry, first, this.locale), ...(this.file !== undefined ? { file: this.file } : {}), line });
      }
      return late.report(this.collected, this.items);
    } finally {
      this.close();
    }
  }

  /** Removes the spilled keys' temporary file and closes the key source (report does it too). */
  close(): void {
    this.spill.close();
    this.keys.source.close();
  }

  private push(issue: Issue, offset: number): void {
    const { file: _file, line, ...rest } = issue;
    this.collected.add({ ...rest, ...(this.file !== undefined ? { file: this.file } : {}), line: offset + line! });
  }
}
