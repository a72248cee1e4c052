/**
 * Duplicate detection across JSONL lines, remembering each key's first line as a number (not a
 * label string) so that millions of records stay within memory. Shared by the single-thread
 * LineValidator and the merge of a parallel run, so both report duplicates identically.
 */
import type { Locale } from "../i18n/locale.js";
import { pointer } from "../internal/json-pointer.js";
import type { Issue } from "../report/issue.js";
import { duplicateItem } from "../rules/duplicate-item.js";
import { claimDuplicateKey, type ClaimedKeys } from "../rules/item-kind.js";
import { latestMajor } from "../schema/majors.js";
import { KeyLineTable } from "./key-line-table.js";
import { toIssue } from "./run-rules.js";

/** The key a valid line's item must be unique under (see duplicateKeyOf). */
export interface LineKey {
  key: string;
  /** The field the key comes from: implementationCode, handlingItemCode or basicCode. */
  field: string;
  /** The item's code for reports (itemCodeOf). */
  itemCode: string | undefined;
}

/** Remembers keys by first line; `firstLine` tells a repeat, duplicateIssue words it. */
export class LineDuplicates {
  /**
   * `wholeBesideHandlingItems`: the major's reading (see Major); undated lines are read as the
   * newest major. `first`: where keys are remembered; by default typed-array tables, not Maps, as
   * there is one entry per record of the input (see KeyLineTable; a worker-pool run keeps hashes
   * on disk instead, see src/node/key-spill.ts).
   */
  constructor(
    private readonly wholeBesideHandlingItems = latestMajor.wholeBesideHandlingItems,
    private readonly first: ClaimedKeys<number> = { keys: new KeyLineTable(), split: new KeyLineTable() },
  ) {}

  /**
   * The line a key was first seen on, or undefined (and the key recorded at `line`) when it is
   * new. Allocation-free: the caller builds the issue only for a repeat.
   */
  firstLine(key: string, line: number, field: string): number | undefined {
    return claimDuplicateKey(this.first, key, field, line, this.wholeBesideHandlingItems);
  }
}

/** The duplicate-item issue of a key first seen on line `first` (without file and line). */
export function duplicateIssue(entry: LineKey, first: number, locale: Locale): Issue {
  const finding = { path: pointer("", entry.field), params: { key: entry.key, firstLine: first } };
  return toIssue(duplicateItem, finding, "", locale, entry.itemCode);
}
