/**
 * Hostile inputs, round two (issue 17), through the CLI: prototype keys on the streamed path,
 * endless and changing inputs (devices, FIFOs, symlinks to them), and the one-line answers the
 * README promises. Limits are lowered through the environment so each case stays small.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonReport, runCli } from "../helpers/cli.js";
import { readJson } from "../helpers/examples.js";
import { scratchDir } from "../helpers/scratch.js";

const dir = scratchDir("zwfw-bounded-");

/** Writes a file into the scratch folder and returns its path. */
function put(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** A symlink in the scratch folder to `target`. */
function link(name: string, target: string): string {
  const file = path.join(dir, name);
  fs.symlinkSync(target, file);
  return file;
}

const county = readJson("examples/4-county-gusu.json");
const STREAM = { ZWFW_STREAM_THRESHOLD_BYTES: "0" };
const hasDevZero = fs.existsSync("/dev/zero");
const hasMkfifo = spawnSync("mkfifo", ["--version"]).status === 0;
if (!hasDevZero || !hasMkfifo) console.warn("bounded-inputs: /dev/zero or mkfifo missing, device and FIFO cases skipped");

describe("prototype keys never reach a prototype", () => {
  it("a header __proto__ holding region and publisher: the same 3 schema errors whole and streamed (was exit 0 streamed)", () => {
    const { region, publisher, ...rest } = county;
    const text = JSON.stringify(rest).replace(/^\{/, `{"__proto__":${JSON.stringify({ region, publisher })},`);
    const file = put("proto-header.json", text);
    const whole = runCli(["validate", file, "--report", "json", "--locale", "en"]);
    const streamed = runCli(["validate", file, "--report", "json", "--locale", "en"], { env: STREAM });
    expect(whole.code).toBe(1);
    expect(streamed.code).toBe(1);
    const shape = (r: any) => r.issues.map((i: any) => [i.rule, i.severity, i.path, i.keyword, i.message]);
    expect(shape(jsonReport(streamed))).toEqual(shape(jsonReport(whole)));
    expect(jsonReport(streamed).issues.map((i: any) => [i.path, i.keyword])).toEqual([["", "required"], ["", "required"], ["", "additionalProperties"]]);
  });

  it("an item __proto__ in JSONL: one additionalProperties error with --jobs 1 and --jobs 2 (worker ranges)", () => {
    const item = county.items[0];
    const bad = JSON.stringify(item).replace(/^\{/, '{"__proto__":{"x":1},');
    const file = put("proto-item.jsonl", [JSON.stringify(county.items[1]), bad, JSON.stringify(county.items[2])].join("\n") + "\n");
    const runs = ["1", "2"].map((jobs) => runCli(["validate", file, "--jobs", jobs, "--report", "json"], { env: { ZWFW_RANGE_BYTES: "200" } }));
    expect(runs.map((r) => r.code)).toEqual([1, 1]);
    expect(jsonReport(runs[1]!)).toEqual(jsonReport(runs[0]!));
    // Whatever else the newest major says of the v1 item, the __proto__ key is an additional property on line 2.
    const proto = jsonReport(runs[0]!).issues.filter((i: any) => i.message.includes("__proto__"));
    expect(proto.map((i: any) => [i.line, i.path, i.keyword, i.message])).toEqual([[2, "", "additionalProperties", "实施清单事项中有标准未定义的属性 __proto__"]]);
  });
});

describe.skipIf(!hasDevZero)("endless inputs stop at a limit of bytes actually read: one line, exit 2, file and limit", () => {
  const limited = { ZWFW_MAX_FILE_BYTES: "1048576" };
  const line = (file: string) => `zwfw: ${file}: 读取超过 1 MiB 上限后停止（设备、管道或不断增长的文件？）\n`;

  it("validate, conform, diff and export of /dev/zero itself and of a .json symlinked to it", () => {
    const json = link("zero.json", "/dev/zero");
    // Without an extension the format is read from the content: zeros are no JSON, found from the first bytes.
    expect(runCli(["validate", "/dev/zero"], { env: limited })).toEqual({ code: 2, stdout: "", stderr: "zwfw: /dev/zero: 内容不是 JSON 或 JSONL\n" });
    expect(runCli(["validate", json], { env: limited })).toEqual({ code: 2, stdout: "", stderr: line(json) });
    expect(runCli(["conform", "examples/3-city-suzhou.json", json], { env: limited })).toMatchObject({ code: 2, stderr: line(json) });
    expect(runCli(["diff", json, "examples/4-county-gusu.json"], { env: limited })).toMatchObject({ code: 2, stderr: line(json) });
    expect(runCli(["export", json, "-o", path.join(dir, "zero.xlsx")], { env: limited })).toMatchObject({ code: 2, stderr: line(json) });
  });

  it("import of a .csv symlinked to /dev/zero; an .xlsx symlinked to it is not a regular file", () => {
    const csv = link("zero.csv", "/dev/zero");
    expect(runCli(["import", csv, "-o", path.join(dir, "out.json")], { env: limited })).toMatchObject({ code: 2, stderr: line(csv) });
    const xlsx = link("zero.xlsx", "/dev/zero");
    expect(runCli(["import", xlsx, "-o", path.join(dir, "out.json")])).toMatchObject({
      code: 2, stderr: `zwfw: ${xlsx}: 不是普通文件（管道或设备）；.xlsx 须为磁盘上的文件\n`,
    });
  });

  it("a .jsonl symlinked to /dev/zero streams to ZWFW_MAX_STREAM_BYTES (or to the line limit), with --jobs 1 and 2", () => {
    const jsonl = link("zero.jsonl", "/dev/zero");
    for (const jobs of ["1", "2"]) {
      const run = runCli(["validate", jsonl, "--jobs", jobs], { env: { ZWFW_MAX_STREAM_BYTES: "1048576", ZWFW_MAX_LINE_BYTES: String(64 * 1024 * 1024) } });
      expect(run).toEqual({ code: 2, stdout: "", stderr: line(jsonl) });
      const long = runCli(["validate", jsonl, "--jobs", jobs], { env: { ZWFW_MAX_LINE_BYTES: "65536" } });
      expect(long).toEqual({ code: 2, stdout: "", stderr: `zwfw: ${jsonl}:1: 该行超过 65536 字节；JSONL 须每行一个事项\n` });
    }
  });
});

describe.skipIf(!hasMkfifo)("FIFOs", () => {
  /** Feeds `content` into a new FIFO from another process; returns the FIFO and the writer. */
  function fifo(name: string, content: string) {
    const file = path.join(dir, name);
    spawnSync("mkfifo", [file]);
    const source = put(`${name}.src`, content);
    const writer = spawn("sh", ["-c", `cat "${source}" > "${file}"`], { stdio: "ignore" });
    return { file, writer };
  }

  it("JSONL from a FIFO is read once, without seeking (was ESPIPE with no file name), --jobs 1 and 2", () => {
    const lines = county.items.map((i: unknown) => JSON.stringify(i)).join("\n") + "\n";
    const expected = jsonReport(runCli(["validate", put("plain.jsonl", lines), "--jobs", "1", "--report", "json"]));
    for (const jobs of ["1", "2"]) {
      const { file, writer } = fifo(`items-${jobs}.jsonl`, lines);
      const run = runCli(["validate", file, "--jobs", jobs, "--report", "json"]);
      writer.kill();
      expect([run.code, run.stderr]).toEqual([0, ""]);
      expect(jsonReport(run)).toEqual(expected);
    }
  });

  it("an .xlsx FIFO: one line naming the file, exit 2", () => {
    const { file, writer } = fifo("book.xlsx", "not read");
    const run = runCli(["import", file, "-o", path.join(dir, "fifo.json")]);
    writer.kill();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^zwfw: ${file}: 不是普通文件（管道或设备）；\\.xlsx 须为磁盘上的文件\\n$`));
  });
});

describe("one-line answers", () => {
  it("zwfw without a command: one line, exit 2", () => {
    expect(runCli([])).toEqual({ code: 2, stdout: "", stderr: "zwfw: 缺少命令；运行 zwfw --help 查看命令列表\n" });
  });

  it("a symlink loop is named as one, not as a missing file", () => {
    const a = path.join(dir, "loop-a.json");
    link("loop-b.json", a);
    fs.symlinkSync(path.join(dir, "loop-b.json"), a);
    expect(runCli(["validate", a])).toEqual({ code: 2, stdout: "", stderr: `zwfw: ${a}: 符号链接形成循环，无法打开\n` });
  });

  it("an invalid byte after a real U+FFFD is located at the byte, not at the U+FFFD", () => {
    const file = put("fffd.json", Buffer.concat([Buffer.from('{\n  "title": "\uFFFD ok",\n  "x": "'), Buffer.from([0xff]), Buffer.from('"\n}')]));
    expect(runCli(["validate", file]).stderr).toBe(`zwfw: ${file}:3:9: 不是 UTF-8 编码（请另存为 UTF-8；不接受 GBK/GB18030）\n`);
  });

  it("an unclosed CSV quote names the file and line", () => {
    const csv = put("quote.csv", '事项名称,基本编码\n"open,000123018000\n');
    const run = runCli(["import", csv, "-o", path.join(dir, "quote.json")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`zwfw: ${csv}:2: CSV 格式错误：此行开始的带引号单元格到文件末尾仍未闭合（缺少结束引号）\n`);
  });

  it("exporting a catalogue with a null item names the item by pointer", () => {
    const file = put("null-item.json", JSON.stringify({ ...county, items: [county.items[0], null] }));
    expect(runCli(["export", file, "-o", path.join(dir, "null.csv")])).toEqual({ code: 2, stdout: "", stderr: `zwfw: ${file}: /items/1 为 null，不是事项对象\n` });
    expect(runCli(["export", file, "-o", path.join(dir, "null.csv"), "--locale", "en"])).toEqual({ code: 2, stdout: "", stderr: `zwfw: ${file}: /items/1 is null, not an item object\n` });
  });

  it("schema-diff of a non-schema names the file", () => {
    const file = put("not-schema.json", "[1, 2]");
    expect(runCli(["schema-diff", file, "schemas/v1/catalogue.schema.json"])).toEqual({ code: 2, stdout: "", stderr: `zwfw: ${file}: 不是 JSON Schema（应为对象或布尔值）\n` });
  });

  it("derive with an empty or over-long --agency-name or --title: exit 2 naming the option, nothing written", () => {
    const args = ["derive", "examples/3-city-suzhou.json", "--region", "320508000000", "--agency-code", county.items[0].agency.creditCode, "-o", path.join(dir, "draft.json")];
    for (const [flag, value] of [["--agency-name", ""], ["--agency-name", "局".repeat(1000)], ["--title", "x".repeat(1000)]] as const) {
      const extra = flag === "--title" ? ["--agency-name", "姑苏区行政审批局", flag, value] : [flag, value];
      const run = runCli([...args, ...extra]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^zwfw: 选项 ${flag === "--title" ? "title" : "agency.name"} 使草案 /(publisher/name|title) 不符合标准：「(发布机构|目录标题|[^」]+)」不能(少|多)于 \\d+ 个字符\\n$`));
      expect(fs.existsSync(path.join(dir, "draft.json"))).toBe(false);
    }
  });
});

describe("deep nesting in a valid catalogue", () => {
  it("extensions nested 10,000 levels: validate, export (CSV and xlsx), import back and diff all work", () => {
    // Built as text: the test's own JSON.stringify would overflow the stack just as the CLI's did.
    const deep = '{"d":'.repeat(10_000) + '{"leaf":1}' + "}".repeat(10_000);
    const withExtensions = (value: string) =>
      JSON.stringify({ ...county, items: [{ ...county.items[0], extensions: { deep: "DEEP" } }] }).replace('"DEEP"', value);
    const before = put("deep-1.json", withExtensions(deep));
    const after = put("deep-2.json", withExtensions(`{"d":${deep}}`));
    expect(runCli(["validate", before]).code).toBe(0);
    const csv = path.join(dir, "deep.csv");
    expect(runCli(["export", before, "-o", csv])).toMatchObject({ code: 0 });
    expect(runCli(["export", before, "-o", path.join(dir, "deep.xlsx")])).toMatchObject({ code: 0 });
    const back = path.join(dir, "deep-back.json");
    expect(runCli(["import", csv, "-o", back]).code).toBe(0);
    expect(fs.readFileSync(back, "utf8").replace(/\s/g, "")).toContain(`"extensions":{"deep":${deep}}`);
    const diff = runCli(["diff", before, after, "--report", "json"]);
    expect([diff.code, diff.stderr]).toEqual([0, ""]);
    expect(jsonReport(diff).changed).toHaveLength(1);
    expect(runCli(["diff", before, after]).code).toBe(0);
    // Six CLI runs on a 10,000-level document: 15–30 s alone, over 70 s on a loaded 2-core machine.
  }, 240_000);
});
