/**
 * Adds the line and column of each issue's value to issues of JSON and JSONL inputs, so reports
 * (text, SARIF, annotations) point into the file. Runs after validation, only over issues found.
 */
import fs from "node:fs";
import readline from "node:readline";
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

/** Issues of a JSONL file (which carry their line): the column of the value on that line, read again from the file. */
export async function addJsonLinesColumns(issues: readonly Issue[], file: string): Promise<void> {
  const byLine = new Map<number, Issue[]>();
  for (const issue of issues) if (issue.line !== undefined && issue.col === undefined) byLine.set(issue.line, [...(byLine.get(issue.line) ?? []), issue]);
  if (byLine.size === 0) return;
  const last = Math.max(...byLine.keys());
  const raw = fs.createReadStream(file);
  const input = /\.gz$/i.test(file) ? raw.pipe(createGunzip()) : raw;
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const text of lines) {
      n++;
      const wanted = byLine.get(n);
      if (wanted) {
        const locator = new PointerLocator(text.replace(/^\uFEFF/, ""));
        for (const issue of wanted) issue.col = locator.locate(issue.path)?.column ?? 1;
      }
      if (n >= last) break;
    }
  } finally {
    lines.close();
    raw.destroy();
  }
}
