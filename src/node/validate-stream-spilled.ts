/**
 * Validates JSONL that can be read only once (gzip, a pipe) with its duplicate keys in bounded
 * memory: each key goes to a temporary key log and its fingerprint to a KeySpill, and the
 * duplicates are found at the end (spilled-duplicates.ts) and put in their places among the other
 * issues. The same report as `collectStream`, which keeps every key in memory. Node-only.
 */
import { IssueCollector } from "../report/issue-collector.js";
import type { Report } from "../report/issue.js";
import { readLines, type ChunkSource } from "../stream/line-reader.js";
import type { ValidateStreamOptions } from "../stream/validate-stream.js";
import { duplicateIssue } from "../validate/line-duplicates.js";
import { itemMajors } from "../validate/item-majors.js";
import { LineValidator } from "../validate/line-validator.js";
import { majors } from "../schema/majors.js";
import { KeyLog } from "./key-log.js";
import { KeySpill, spillBoundOf } from "./key-spill.js";
import { LateIssues } from "./late-issues.js";
import { fingerprintOf, spilledDuplicates } from "./spilled-duplicates.js";

/** Options: those of collectStream, and the spill's bound (keys held in memory; see spillBoundOf). */
export interface SpilledStreamOptions extends ValidateStreamOptions {
  spillBound?: number;
}

/** Validates a stream of JSONL to the end and returns the whole report; temporary files are removed however it ends. */
export async function collectStreamSpilled(source: ChunkSource, options: SpilledStreamOptions = {}): Promise<Report> {
  const locale = options.locale ?? "zh-CN";
  const log = new KeyLog();
  const spill = new KeySpill(spillBoundOf(options.spillBound));
  try {
    const validator = new LineValidator({
      item: options.item,
      schemaVersion: options.schemaVersion,
      locale,
      file: options.file,
      onKey(entry, line) {
        const { hi, lo } = fingerprintOf(entry.key);
        spill.add(hi, lo, line, log.append(entry));
      },
    });
    const collector = new IssueCollector(options.maxIssues);
    const withFile = options.file !== undefined ? { file: options.file } : {};
    const progress = { bytes: 0, items: 0, issues: 0 };
    for await (const batch of readLines(source, { maxLineBytes: options.maxLineBytes, decoder: options.decoder })) {
      for (let i = 0; i < batch.lines.length; i++) {
        const line = batch.firstLine + i;
        const found = batch.latin1 ? validator.validateLatin1Line(batch.lines[i]!, line) : validator.validateLine(batch.lines[i]!, line);
        for (const issue of found) collector.add(issue);
      }
      progress.bytes += batch.bytes;
      progress.items = validator.items;
      progress.issues = collector.total;
      options.onProgress?.(progress);
    }
    const late = new LateIssues(collector.max);
    const { wholeBesideHandlingItems } = itemMajors(majors, options.schemaVersion)[0]!;
    for (const { line, first, entry } of spilledDuplicates(spill, { source: log, wholeBesideHandlingItems })) {
      late.add({ ...duplicateIssue(entry, first, locale), ...withFile, line });
    }
    return late.report(collector, validator.items);
  } finally {
    spill.close();
    log.close();
  }
}
