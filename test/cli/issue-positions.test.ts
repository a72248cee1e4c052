/**
 * Columns of JSONL issues, read again from the file: only the lines that hold issues are decoded, lines are split
 * at "\n" as the validator splits them (a lone CR is JSON whitespace inside a record), and a line may span chunks.
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addJsonLinesColumns } from "../../src/cli/input/issue-positions.js";
import type { Issue } from "../../src/report/issue.js";
import { scratchDir } from "../helpers/scratch.js";

const dir = scratchDir("zwfw-positions-");

let n = 0;
function fileWith(bytes: string | Buffer, ext = ".jsonl"): string {
  const file = path.join(dir, `f${n++}${ext}`);
  fs.writeFileSync(file, bytes);
  return file;
}
const issueAt = (line: number, pointer: string): Issue => ({ rule: "schema", severity: "error", path: pointer, message: "m", line });

describe("addJsonLinesColumns", () => {
  it("gives each issue the column of its value on its own line, and 1 where the pointer finds nothing", async () => {
    const file = fileWith('{"a":1}\n{"b": "x", "name": 2}\n{"c":3}\n');
    const issues = [issueAt(2, "/name"), issueAt(2, "/b"), issueAt(3, "/c"), issueAt(1, "/nowhere")];
    await addJsonLinesColumns(issues, file);
    // "/nowhere" lands on its nearest parent, the record itself, at column 1.
    expect(issues.map((i) => i.col)).toEqual([20, 7, 6, 1]);
  });

  it("splits at LF only: CRLF ends a line, a lone CR is whitespace inside the record, a BOM is not a column", async () => {
    const file = fileWith('\uFEFF{"a":1}\r\n{"b":\r  2}\r\n{"c":3}');
    const issues = [issueAt(1, "/a"), issueAt(2, "/b"), issueAt(3, "/c")];
    await addJsonLinesColumns(issues, file);
    expect(issues.map((i) => i.col)).toEqual([6, 9, 6]);
  });

  it("leaves issues without a line, or with a column already, as they are", async () => {
    const file = fileWith('{"a":1}\n');
    const noLine: Issue = { rule: "schema", severity: "error", path: "/a", message: "m" };
    const given: Issue = { ...issueAt(1, "/a"), col: 42 };
    await addJsonLinesColumns([noLine, given], file);
    expect(noLine.col).toBeUndefined();
    expect(given.col).toBe(42);
  });

  it("reads gzip input the same way", async () => {
    const text = '{"a":1}\n{"bb":  2}\n';
    const issues = [issueAt(2, "/bb")];
    await addJsonLinesColumns(issues, fileWith(gzipSync(Buffer.from(text)), ".jsonl.gz"));
    expect(issues[0]!.col).toBe(9);
  });

  it("finds the same columns however the file is cut into chunks (lines across chunks, multi-byte text)", async () => {
    const record = fc.record({ key: fc.constantFrom("a", "名称", "b c"), pad: fc.nat(5), value: fc.oneof(fc.integer(), fc.string({ maxLength: 6 })) });
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 16 }), async (records, chunkBytes) => {
        const lines = records.map((r) => `{${" ".repeat(r.pad)}${JSON.stringify(r.key)}:${JSON.stringify(r.value)}}`);
        const file = fileWith(lines.join("\n") + "\n");
        const issues = records.map((r, i) => issueAt(i + 1, `/${r.key}`));
        await addJsonLinesColumns(issues, file, { chunkBytes });
        // The value starts after `{`, the padding, the quoted key and `:` (UTF-16 code units, 1-based).
        expect(issues.map((i) => i.col)).toEqual(records.map((r) => 1 + 1 + r.pad + JSON.stringify(r.key).length + 1));
      }),
      { numRuns: 60 },
    );
  });
});
