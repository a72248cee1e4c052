/**
 * Joins the results of consecutive ranges into one report: absolute line numbers, and
 * duplicate-item checked across ranges, giving exactly what a single-thread run gives. Node-only
 * only by its place (it is plain logic).
 */
import type { Locale } from "../i18n/locale.js";
import { IssueCollector } from "../report/issue-collector.js";
import type { Issue, Report } from "../report/issue.js";
import { StreamInputError } from "../stream/input-error.js";
import type { FingerprintHash } from "../validate/fingerprint-line-table.js";
import { duplicateIssue, fingerprintKeys, LineDuplicates } from "../validate/line-duplicates.js";
import { majors } from "../schema/majors.js";
import { itemMajors } from "../validate/item-majors.js";
import type { LineKeyReader } from "./line-key-reader.js";
import type { ByteRange } from "./ranges.js";
import { KEY_FIELDS, type RangeResult } from "./range-task.js";

/**
 * How the merge remembers keys: with a reader of the file, hashes and lines only (a fixed size per
 * record, candidates confirmed by re-reading their line); without, the keys themselves.
 */
export interface MergerKeys {
  reader: LineKeyReader;
  /** The hashes (tests force collisions with constant ones). */
  hash?: FingerprintHash;
}

/** Adds range results in file order; `report` gives the merged report. */
export class RangeMerger {
  private readonly duplicates: LineDuplicates;
  private readonly collected: IssueCollector;
  private linesBefore = 0;
  private items = 0;

  /** `schemaVersion` pins the lines' major, whose reading of duplicates applies (as in LineValidator). */
  constructor(private readonly locale: Locale, private readonly file?: string, maxIssues?: number, private readonly keys?: MergerKeys, schemaVersion?: string) {
    this.collected = new IssueCollector(maxIssues);
    const { wholeBesideHandlingItems } = itemMajors(majors, schemaVersion)[0]!;
    this.duplicates = keys
      ? new LineDuplicates(wholeBesideHandlingItems, fingerprintKeys((line) => keys.reader.keyAt(line), keys.hash))
      : new LineDuplicates(wholeBesideHandlingItems);
  }

  /** Adds the next range's result (`range`: its bytes, needed when keys are re-read); throws its read error with the absolute line. */
  add(result: RangeResult, range?: ByteRange): void {
    const offset = this.linesBefore;
    if (this.keys) {
      if (!range) throw new TypeError("RangeMerger.add needs the range's bytes when it re-reads keys");
      this.keys.reader.addRange(range.start, range.end, offset + 1);
    }
    if (result.error) {
      const { problem, message, line, column, params } = result.error;
      throw new StreamInputError(problem, message, line === undefined ? undefined : offset + line, column, params ?? {});
    }
    const keys = result.keys === "" ? [] : result.keys.split("\n");
    // Both lists are in line order; a line's duplicate issue follows its other issues, as in
    // LineValidator. The loop allocates nothing per key unless the key is a duplicate: it runs on
    // the main thread, beside the workers, for every record.
    let next = 0;
    let codes: string[] | undefined;
    for (let k = 0; k < keys.length; k++) {
      const line = result.keyLines[k]!;
      while (next < result.issues.length && result.issues[next]!.line! <= line) this.push(result.issues[next++]!, offset);
      const key = keys[k]!;
      const first = this.duplicates.firstLine(key, offset + line, KEY_FIELDS[result.fields[k]!]!);
      if (first === undefined) continue;
      codes ??= result.codes.split("\n");
      const entry = { key, field: KEY_FIELDS[result.fields[k]!]!, itemCode: codes[k] || key };
      this.push({ ...duplicateIssue(entry, first, this.locale), line }, offset);
    }
    while (next < result.issues.length) this.push(result.issues[next++]!, offset);
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

  /** The merged report. */
  report(): Report {
    return this.collected.report(this.items);
  }

  private push(issue: Issue, offset: number): void {
    const { file: _file, line, ...rest } = issue;
    this.collected.add({ ...rest, ...(this.file !== undefined ? { file: this.file } : {}), line: offset + line! });
  }
}
