/** The built `zwfw validate`: exit codes, one-line input errors, and the JSON report. */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CLI, jsonReport, runCli } from "../helpers/cli.js";
import { readJson } from "../helpers/examples.js";
import { scratchDir } from "../helpers/scratch.js";

const tmp = scratchDir("zwfw-cli-");
const write = (name: string, content: string | Buffer) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
};

beforeAll(() => {
  expect(fs.existsSync(CLI), `build the CLI first (npm run build): ${CLI}`).toBe(true);
});

describe("zwfw validate", () => {
  it("exits 0 on the embedded examples and prints a clean text report", () => {
    const r = runCli(["validate", "examples/1-province-basic.json", "examples/4-county-gusu.json"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("未发现问题");
    expect(r.stdout).toContain("共 12 个事项：0 个错误");
  });

  it("prints exactly one JSON report whose issues carry the file when several files are given", () => {
    const bad = readJson("test/fixtures/v1/catalogue/invalid/promised-exceeds-statutory.json");
    const file = write("bad.json", JSON.stringify(bad));
    const r = runCli(["validate", "examples/3-city-suzhou.json", file, "--report", "json"]);
    expect(r.code).toBe(1);
    const report = jsonReport(r);
    expect(report.ok).toBe(false);
    expect(report.summary).toEqual({ errors: 1, warnings: 0, infos: 0, items: 4 });
    expect(report.issues).toEqual([
      expect.objectContaining({ rule: "promised-exceeds-statutory", severity: "error", path: "/items/0/timeLimit/promised", file, itemCode: bad.items[0].implementationCode }),
    ]);
  });

  it("localizes messages with --locale en", () => {
    const r = runCli(["validate", "test/fixtures/v1/catalogue/invalid/online-depth-visits.json", "--report", "json", "--locale", "en"]);
    expect(r.code).toBe(1);
    expect(jsonReport(r).issues[0].message).toBe("online depth IV (fully online) requires zero visits, found 1");
  });

  it("exits 0 when only warnings are found", () => {
    const r = runCli(["validate", "test/fixtures/v1/catalogue/invalid/basic-code-type-mismatch.json", "--report", "json"]);
    expect(r.code).toBe(0);
    expect(jsonReport(r).summary.warnings).toBe(1);
  });

  it("validates JSONL item by item, with file and line, across-line duplicates included", () => {
    const items = readJson("examples/4-county-gusu.json").items;
    const broken = { ...items[1], visits: 1, onlineDepth: 4 };
    const lines = [items[0], broken, items[0]].map((i) => JSON.stringify(i)).join("\n") + "\n\n";
    const file = write("items.jsonl", lines);
    const r = runCli(["validate", file, "--report", "json"]);
    expect(r.code).toBe(1);
    expect(jsonReport(r).issues.map((i: any) => [i.rule, i.path, i.line, i.file])).toEqual([
      ["online-depth-visits", "/visits", 2, file],
      ["duplicate-item", "/implementationCode", 3, file],
    ]);
    expect(jsonReport(r).summary.items).toBe(3);
  });

  it("reports a malformed JSONL line as a finding and keeps going", () => {
    const items = readJson("examples/4-county-gusu.json").items;
    const file = write("broken.jsonl", `${JSON.stringify(items[0])}\n{"name": \n${JSON.stringify(items[1])}\n`);
    const report = jsonReport(runCli(["validate", file, "--report", "json"]));
    expect(report.issues).toEqual([expect.objectContaining({ rule: "malformed-json", severity: "error", line: 2, path: "" })]);
    expect(report.summary.items).toBe(3);
  });

  it.each([
    [["validate", "no-such-file.json"], /^zwfw: no-such-file\.json: 文件不存在\n$/],
    [["validate", "examples/1-province-basic.json", "--bogus"], /^zwfw: 未知选项 --bogus；/],
    [["validate", "examples/1-province-basic.json", "--report", "xml"], /^zwfw: --report 只能取 text \| json \| markdown \| sarif \| junit \| github（收到“xml”）\n$/],
    [["validate", "examples/1-province-basic.json", "--locale", "fr"], /^zwfw: --locale 只能取 zh-CN \| en（收到“fr”）\n$/],
    [["validate", "examples/1-province-basic.json", "--as", "thing", "--locale", "en"], /^zwfw: --as must be one of catalogue \| basic-item/],
    [["frobnicate"], /^zwfw: 未知命令 frobnicate；/],
    [["validate"], /^zwfw: 缺少参数 files\n$/],
  ])("exits 2 with one line for %j", (args, pattern) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe("");
  });

  it("names line and column of malformed JSON", () => {
    const file = write("malformed.json", '{\n  "kind": "basic",\n  "items": [1,,2]\n}\n');
    const r = runCli(["validate", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`zwfw: ${file}:3:15: JSON 格式错误：此处应为值\n`);
    expect(runCli(["validate", file, "--locale", "en"]).stderr).toBe(`zwfw: ${file}:3:15: malformed JSON: value expected\n`);
  });

  it("rejects a file that is not UTF-8 with its position", () => {
    const gbk = Buffer.concat([Buffer.from('{"name": "'), Buffer.from([0xd0, 0xd0, 0xd5, 0xfe]), Buffer.from('"}')]);
    const r = runCli(["validate", write("gbk.json", gbk)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/gbk\.json:1:11: 不是 UTF-8 编码（请另存为 UTF-8；不接受 GBK\/GB18030）\n$/);
  });

  it("prints help with exit 0", () => {
    const r = runCli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("validate");
  });
});

describe("zwfw validate --draft", () => {
  it("turns absent required elements into element-missing infos (exit 0); without --draft they are errors (exit 1)", () => {
    const doc = readJson("examples/4-county-gusu.json");
    delete doc.items[0].serviceObjects;
    const file = write("draft.json", JSON.stringify(doc));
    const draft = runCli(["validate", "--draft", "--report", "json", file]);
    expect(draft.code).toBe(0);
    expect(jsonReport(draft).issues).toEqual([
      { rule: "element-missing", severity: "info", path: "/items/0", itemCode: doc.items[0].implementationCode, message: "草稿：缺少 1 个必填要素：serviceObjects", line: 1, col: 312 },
    ]);
    expect(runCli(["validate", file]).code).toBe(1);
  });

  it("refuses JSONL with one line (exit 2): draft reads whole documents", () => {
    const file = write("items.jsonl", JSON.stringify(readJson("examples/4-county-gusu.json").items[0]) + "\n");
    const r = runCli(["validate", "--draft", file]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});
