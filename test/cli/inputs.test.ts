/** `-` reads stdin, and a file whose extension does not say is recognised by content: every input kind, both ways. */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { formatOfContent, formatOfName } from "../../src/cli/input/detect-format.js";
import { jsonReport, runCli } from "../helpers/cli.js";
import { CHAIN_FILES, readJson } from "../helpers/examples.js";
import { scratchDir } from "../helpers/scratch.js";

const dir = scratchDir("zwfw-inputs-");
const at = (name: string) => path.join(dir, name);
const COUNTY = "examples/4-county-gusu.json";
const county = fs.readFileSync(COUNTY);
const items = readJson(COUNTY).items as Record<string, unknown>[];
/** Three item lines, the second with zero visits missing its online depth IV consequence. */
const jsonl = Buffer.from([items[0], { ...items[1], visits: 1, onlineDepth: 4 }, items[2] ?? items[0]].map((i) => JSON.stringify(i)).join("\n") + "\n");
let xlsx: Buffer;
let csv: Buffer;

beforeAll(() => {
  expect(runCli(["export", COUNTY, "-o", at("county.xlsx")]).code).toBe(0);
  expect(runCli(["export", COUNTY, "-o", at("county.csv")]).code).toBe(0);
  xlsx = fs.readFileSync(at("county.xlsx"));
  csv = fs.readFileSync(at("county.csv"));
});

describe("content detection", () => {
  it.each([
    ["JSON", () => county, { kind: "json", gzip: false }],
    ["JSON with a BOM", () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), county]), { kind: "json", gzip: false }],
    ["one-line JSON", () => Buffer.from(JSON.stringify(readJson(COUNTY))), { kind: "json", gzip: false }],
    ["JSONL", () => jsonl, { kind: "jsonl", gzip: false }],
    ["gzip JSON", () => gzipSync(county), { kind: "json", gzip: true }],
    ["gzip JSONL", () => gzipSync(jsonl), { kind: "jsonl", gzip: true }],
    ["xlsx", () => xlsx, { kind: "xlsx", gzip: false }],
    ["csv", () => csv, { kind: "csv", gzip: false }],
  ])("%s", (_name, bytes, expected) => {
    expect(formatOfContent(bytes())).toEqual(expected);
  });

  it("a name's extension wins when it says; otherwise it says nothing", () => {
    expect(formatOfName("a.JSONL.gz")).toEqual({ kind: "jsonl", gzip: true });
    expect(formatOfName("a.json")).toEqual({ kind: "json", gzip: false });
    expect(formatOfName("a.csv.gz")).toBeUndefined();
    expect(formatOfName("a.txt")).toBeUndefined();
    expect(formatOfName("-")).toBeUndefined();
  });
});

describe("validate reads stdin and unnamed files by content", () => {
  const expected = (file?: string) => [["online-depth-visits", "/visits", 2, file]];
  it.each([
    ["JSONL", () => jsonl],
    ["gzip JSONL", () => gzipSync(jsonl)],
  ])("%s through a pipe is validated line by line", (_name, bytes) => {
    const r = runCli(["validate", "-", "--report", "json"], { input: bytes() });
    expect(r.code, r.stderr).toBe(1);
    expect(jsonReport(r).issues.map((i: any) => [i.rule, i.path, i.line, i.file])).toEqual(expected("-"));
    fs.writeFileSync(at("items.data"), bytes());
    const named = runCli(["validate", at("items.data"), "--report", "json"]);
    expect(jsonReport(named).issues.map((i: any) => [i.rule, i.path, i.line, i.file])).toEqual(expected(at("items.data")));
  });

  it.each([
    ["JSON", () => county],
    ["gzip JSON", () => gzipSync(county)],
  ])("%s through a pipe is validated as a document", (_name, bytes) => {
    const r = runCli(["validate", "-", "--report", "json"], { input: bytes() });
    expect(r.code, r.stderr).toBe(0);
    expect(jsonReport(r).summary).toEqual({ errors: 0, warnings: 0, infos: 0, items: items.length });
  });

  it("names stdin - when several inputs are given, and reads it only once", () => {
    const r = runCli(["validate", "-", COUNTY, "--report", "json"], { input: jsonl });
    expect(jsonReport(r).issues.map((i: any) => i.file)).toEqual(["-"]);
    const twice = runCli(["validate", "-", "-"], { input: jsonl });
    expect([twice.code, twice.stderr]).toEqual([2, "zwfw: 标准输入（-）只能读取一次\n"]);
  });

  it("a workbook or text that is no JSON is refused with one line", () => {
    const r = runCli(["validate", "-"], { input: xlsx });
    expect([r.code, r.stderr]).toEqual([2, "zwfw: -: 内容不是 JSON 或 JSONL\n"]);
    const en = runCli(["validate", "-", "--locale", "en"], { input: "a,b\n1,2\n" });
    expect([en.code, en.stderr]).toEqual([2, "zwfw: -: the content is neither JSON nor JSONL\n"]);
  });

  it("malformed JSON through a pipe names stdin, line and column", () => {
    const r = runCli(["validate", "-"], { input: '{\n  "kind": "basic",\n  "items": [1,,2]\n}\n' });
    expect([r.code, r.stderr]).toEqual([2, "zwfw: -:3:15: JSON 格式错误：此处应为值\n"]);
  });
});

describe("import, conform and diff read stdin too", () => {
  it.each([
    ["xlsx", () => xlsx],
    ["csv (items sheet only)", () => csv],
  ])("import - reads a %s workbook from stdin", (name, bytes) => {
    const out = at(`from-stdin-${name.slice(0, 4)}.json`);
    const r = runCli(["import", "-", "-o", out, "--report", "json"], { input: bytes() });
    expect(jsonReport(r).summary.items).toBe(items.length);
    if (name === "xlsx") {
      expect(r.code, r.stdout).toBe(0);
      expect(JSON.parse(fs.readFileSync(out, "utf8"))).toEqual(readJson(COUNTY));
    }
  });

  it("conform and diff take - for one of their files", () => {
    const chain = CHAIN_FILES.map((f) => (f === COUNTY ? "-" : f));
    const conform = runCli(["conform", "--chain", ...chain, "--report", "json"], { input: county });
    expect(conform.code, conform.stderr).toBe(0);
    expect(jsonReport(conform).summary).toMatchObject({ errors: 0, warnings: 0, items: 13 });
    const diff = runCli(["diff", "-", COUNTY, "--report", "json"], { input: county });
    expect(jsonReport(diff).summary).toMatchObject({ added: 0, removed: 0, changed: 0 });
  });
});
