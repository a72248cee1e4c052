/**
 * Adds the line and column of each issue's value to issues of JSON and JSONL inputs, so reports
 * (text, SARIF, annotations) point into the file. Runs after validation, only over issues found.
 */
import fs from "node:fs";
import { createGunzip } from "node:zlib";
import { PointerLocator } from "../../internal/locate-pointers.js";
import type { Issue } from "../../report/issue.js";

/** Issues of a JSON document read whole: line and column of the value each path names. */
export function addJsonPositions(issues: readonly Issue[], text: string): void {
  if (issues.length === 0) return;
  const locator = new PointerLocator(text);
  for (const issue of issues) {
    if (issue.line !== undefined) continue;
    const at = locator.locate(issue.path);
    if (at) {
      issue.line = at.line;
      issue.col = at.column;
    }
  }
}

/**
 * Issues of a JSONL file (which carry their line): the column of the value on that line, read again from the file.
 * Lines are found by scanning the bytes for "\n", as the validator's line reader splits them, and only the lines
 * that hold issues are decoded. readline decoded every line up to the last issue's (for a 5 GB file, longer than
 * the validation itself) and also broke lines at a lone CR, which JSON allows as whitespace inside a record.
 */
export async function addJsonLinesColumns(issues: readonly Issue[], file: string, options: { chunkBytes?: number } = {}): Promise<void> {
  const byLine = new Map<number, Issue[]>();
  for (const issue of issues) {
    if (issue.line === undefined || issue.col !== undefined) continue;
    const onLine = byLine.get(issue.line);
    if (onLine) onLine.push(issue);
    else byLine.set(issue.line, [issue]);
  }
  if (byLine.size === 0) return;
  let last = 0;
  for (const n of byLine.keys()) if (n > last) last = n;
  const raw = fs.createReadStream(file, { highWaterMark: options.chunkBytes ?? 1 << 20 });
  const input: AsyncIterable<Buffer> = /\.gz$/i.test(file) ? raw.pipe(createGunzip()) : raw;
  let line = 1;
  // The bytes of the current line while it is one that holds issues.
  let parts: Buffer[] | undefined = byLine.has(1) ? [] : undefined;
  const locate = (): void => {
    const text = Buffer.concat(parts!).toString("utf8").replace(/^\uFEFF/, "").replace(/\r$/, "");
    const locator = new PointerLocator(text);
    for (const issue of byLine.get(line)!) issue.col = locator.locate(issue.path)?.column ?? 1;
  };
  try {
    for await (const chunk of input) {
      let from = 0;
      for (;;) {
        const newline = chunk.indexOf(10, from);
        if (parts) parts.push(chunk.subarray(from, newline === -1 ? chunk.length : newline));
        if (newline === -1) break;
        if (parts) locate();
        if (++line > last) return;
        parts = byLine.has(line) ? [] : undefined;
        from = newline + 1;
      }
    }
    if (parts) locate();
  } finally {
    raw.destroy();
  }
}
