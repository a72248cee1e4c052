/**
 * Hostile JSON, JSONL and gzip inputs to `zwfw validate`: each ends with a clear issue or a clean
 * exit 2 naming the file (and line), never a crash, a hang or unbounded memory. Small synthetic
 * versions: the limits that protect against the real sizes are lowered through the environment.
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { jsonReport, runCli } from "../helpers/cli.js";
import { readJson } from "../helpers/examples.js";
import { scratchDir } from "../helpers/scratch.js";

const dir = scratchDir("zwfw-hostile-");

/** Writes a file into the scratch folder and returns its path. */
function put(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

const item = readJson("examples/4-county-gusu.json").items[0];
const good = JSON.stringify(item);
const STREAM = { ZWFW_STREAM_THRESHOLD_BYTES: "0" };

describe("hostile streaming inputs", () => {
  it("a single line longer than the limit: exit 2 naming file and line (the 2 GB case, with a 64 KiB limit)", () => {
    const file = put("long.jsonl", `${good}\n{"name":"${"x".repeat(200_000)}"}\n`);
    const run = runCli(["validate", file, "--jobs", "1", "--locale", "en"], { env: { ZWFW_MAX_LINE_BYTES: "65536" } });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`zwfw: ${file}:2: line is longer than 65536 bytes; JSONL needs one item per line\n`);
    expect(run.stdout).toBe("");
    // The same line under the limit is read (and is a schema issue, not an input error).
    expect(runCli(["validate", file, "--jobs", "1"], { env: { ZWFW_MAX_LINE_BYTES: "300000" } }).code).toBe(1);
  });

  it("a JSON catalogue holding one huge value: exit 2 once the value passes the limit", () => {
    const file = put("huge.json", `{"kind":"implementation","title":"${"x".repeat(200_000)}","items":[]}`);
    const run = runCli(["validate", file, "--locale", "en"], { env: { ...STREAM, ZWFW_MAX_LINE_BYTES: "65536" } });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`zwfw: ${file}: "title" is larger than 64 KiB; it cannot be validated in bounded memory\n`);
  });

  it("invalid UTF-8 (GBK bytes) in JSONL, plain or gzip, and in a streamed JSON catalogue: exit 2 with file:line:column", () => {
    const gbk = Buffer.from([0xd6, 0xd0, 0xce, 0xc4]); // 中文 in GBK
    const lines = Buffer.concat([Buffer.from(`${good}\n{"name":"`), gbk, Buffer.from(`"}\n`)]);
    const message = "不是 UTF-8 编码（请另存为 UTF-8；不接受 GBK/GB18030）";
    const plain = put("gbk.jsonl", lines);
    for (const jobs of ["1", "2"]) {
      const run = runCli(["validate", plain, "--jobs", jobs], { env: { ZWFW_RANGE_BYTES: "100" } });
      expect([run.code, run.stderr]).toEqual([2, `zwfw: ${plain}:2:10: ${message}\n`]);
    }
    const gz = put("gbk.jsonl.gz", gzipSync(lines));
    expect(runCli(["validate", gz]).stderr).toBe(`zwfw: ${gz}:2:10: ${message}\n`);
    const json = put("gbk.json", Buffer.concat([Buffer.from('{\n  "kind": "implementation",\n  "title": "'), gbk, Buffer.from('"\n}')]));
    const streamed = runCli(["validate", json], { env: STREAM });
    expect([streamed.code, streamed.stderr]).toEqual([2, `zwfw: ${json}:3:13: ${message}\n`]);
  });

  it("a gzip bomb: inflating stops at the limit with exit 2; a corrupt .gz is exit 2 too", () => {
    const bomb = put("bomb.jsonl.gz", gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20)));
    expect(fs.statSync(bomb).size).toBeLessThan(64 * 1024);
    const run = runCli(["validate", bomb, "--locale", "en"], { env: { ZWFW_MAX_INFLATE_BYTES: "1048576" } });
    expect([run.code, run.stderr]).toEqual([2, `zwfw: ${bomb}: inflates beyond 1 MiB (gzip bomb?); set ZWFW_MAX_INFLATE_BYTES to allow more\n`]);
    // Within the limit the same file is read: 8 MiB of blanks is no line at all.
    expect(jsonReport(runCli(["validate", bomb, "--report", "json"], { env: { ZWFW_MAX_INFLATE_BYTES: String(16 * 1024 * 1024) } })).summary.items).toBe(0);
    const corrupt = put("corrupt.jsonl.gz", Buffer.from("this is not gzip at all"));
    expect(runCli(["validate", corrupt])).toMatchObject({ code: 2, stderr: `zwfw: ${corrupt}: 不是有效的 gzip 文件\n` });
  });

  it("100,000 levels of nesting: a schema issue, never a crash (JSONL, JSON read whole, JSON streamed)", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const jsonl = put("deep.jsonl", `${good}\n${deep}\n`);
    const lines = jsonReport(runCli(["validate", jsonl, "--report", "json"]));
    expect(lines.issues.map((i: any) => [i.rule, i.severity, i.path, i.line, i.keyword])).toEqual([["schema", "error", "", 2, "type"]]);
    const json = put("deep.json", deep);
    for (const env of [{}, STREAM]) {
      const run = runCli(["validate", json, "--report", "json"], { env });
      expect(run.code).toBe(1);
      expect(jsonReport(run).issues.map((i: any) => [i.rule, i.path, i.keyword])).toEqual([["schema", "", "type"]]);
    }
  });

  it("an empty file: JSONL has no items (exit 0); JSON is malformed (exit 2), read whole or streamed", () => {
    const jsonl = put("empty.jsonl", "");
    expect(jsonReport(runCli(["validate", jsonl, "--report", "json"]))).toEqual({ tool: expect.anything(), ok: true, summary: { errors: 0, warnings: 0, infos: 0, items: 0 }, issues: [] });
    const json = put("empty.json", "");
    const streamed = runCli(["validate", json], { env: STREAM });
    expect([streamed.code, streamed.stderr]).toEqual([2, `zwfw: ${json}: JSON 格式错误：expected a value\n`]);
    expect(runCli(["validate", json]).code).toBe(2);
  });

  it("JSONL lines that are not objects: one schema issue per line (exit 1); a truncated line is malformed-json", () => {
    const file = put("scalars.jsonl", ['[1,2]', '"text"', "42", "null", good, '{"name":'].join("\n"));
    const run = runCli(["validate", file, "--report", "json", "--locale", "en"]);
    expect(run.code).toBe(1);
    const report = jsonReport(run);
    expect(report.issues.map((i: any) => [i.rule, i.severity, i.path, i.line, i.keyword])).toEqual([
      ["schema", "error", "", 1, "type"],
      ["schema", "error", "", 2, "type"],
      ["schema", "error", "", 3, "type"],
      ["schema", "error", "", 4, "type"],
      ["malformed-json", "error", "", 6, undefined],
    ]);
    expect(report.summary.items).toBe(6);
  });

  it("CRLF line endings and a BOM give the same report as LF without BOM", () => {
    const broken = JSON.stringify({ ...item, visits: 2, onlineDepth: 4 });
    const lf = put("lf.jsonl", `${good}\n${broken}\n${good}\n`);
    const crlf = put("crlf.jsonl", `\uFEFF${good}\r\n${broken}\r\n${good}\r\n`);
    const expected = jsonReport(runCli(["validate", lf, "--report", "json"])).issues.map((i: any) => ({ ...i, file: undefined }));
    expect(expected.map((i: any) => [i.rule, i.line])).toEqual([["online-depth-visits", 2], ["duplicate-item", 2], ["duplicate-item", 3]]);
    expect(jsonReport(runCli(["validate", crlf, "--report", "json"])).issues.map((i: any) => ({ ...i, file: undefined }))).toEqual(expected);
    const bomJson = put("bom.json", "\uFEFF" + JSON.stringify(readJson("examples/4-county-gusu.json")).replace(/\n/g, "\r\n"));
    for (const env of [{}, STREAM]) expect(runCli(["validate", bomJson], { env }).code).toBe(0);
  });

  it("an issue on every line (e.g. the wrong --item): the report keeps the first --max-issues, counts all, and pool equals one thread", () => {
    const file = put("every-line-wrong.jsonl", "{}\n".repeat(3_000));
    const one = runCli(["validate", file, "--report", "json", "--max-issues", "50", "--jobs", "1"]);
    const pool = runCli(["validate", file, "--report", "json", "--max-issues", "50", "--jobs", "2"], { env: { ZWFW_RANGE_BYTES: "1024" } });
    for (const r of [one, pool]) {
      expect(r.code).toBe(1);
      const report = jsonReport(r);
      expect(report.issues).toHaveLength(50);
      expect(report.summary.errors).toBe(3_000 * 16);
      expect(report.truncated).toEqual({ kept: 50, omitted: 3_000 * 16 - 50 });
      expect(report.issues[49]).toMatchObject({ rule: "schema", severity: "error", line: 4 });
    }
    expect(jsonReport(pool)).toEqual(jsonReport(one));
    const text = runCli(["validate", file, "--max-issues", "2", "--jobs", "1"]);
    expect(text.stdout).toContain("仅列出前 2 个问题，另有 47998 个未列出");
  });
});

