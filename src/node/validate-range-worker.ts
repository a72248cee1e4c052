/** Worker entry: validates one byte range of a JSONL file (tinypool calls the default export). Node-only. */
import { readLines } from "../stream/line-reader.js";
import { StreamInputError } from "../stream/input-error.js";
import { IssueCollector } from "../report/issue-collector.js";
import { LineValidator } from "../validate/line-validator.js";
import { latin1Decoder } from "./latin1-decoder.js";
import { openFile } from "./open-file.js";
import type { RangeResult, RangeTask } from "./range-task.js";

/** Validates the lines of `task`'s range; duplicate keys are returned for the main thread to check across ranges. */
export default async function validateRange(task: RangeTask): Promise<RangeResult> {
  const keys: string[] = [];
  const keyLines: number[] = [];
  const keyStarts: number[] = [];
  let start = 0; // the file offset of the line being validated
  const validator = new LineValidator({
    item: task.item,
    schemaVersion: task.schemaVersion,
    locale: task.locale,
    onKey(entry, line) {
      keys.push(entry.key);
      keyLines.push(line);
      keyStarts.push(start);
    },
  });
  const collector = new IssueCollector(task.maxIssues);
  let lines = 0;
  let error: RangeResult["error"];
  try {
    const source = openFile(task.file, { start: task.start, end: task.end, reuseBuffer: true });
    for await (const batch of readLines(source, { maxLineBytes: task.maxLineBytes, decoder: latin1Decoder, starts: true })) {
      for (let i = 0; i < batch.lines.length; i++) {
        const line = batch.firstLine + i;
        start = task.start + batch.starts![i]!;
        const found = batch.latin1 ? validator.validateLatin1Line(batch.lines[i]!, line) : validator.validateLine(batch.lines[i]!, line);
        for (const issue of found) collector.add(issue);
      }
      lines = batch.firstLine + batch.lines.length - 1;
    }
  } catch (e) {
    if (!(e instanceof StreamInputError)) throw e;
    error = { problem: e.problem, message: e.message, line: e.line, column: e.column, params: e.params };
  }
  return {
    issues: collector.kept,
    omitted: collector.omitted,
    lines,
    items: validator.items,
    keys: keys.join("\n"),
    keyLines: Int32Array.from(keyLines),
    keyStarts: Float64Array.from(keyStarts),
    ...(error ? { error } : {}),
  };
}
