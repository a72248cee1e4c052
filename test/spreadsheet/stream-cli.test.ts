/**
 * `zwfw import x.csv` streams a CSV without detail sheets (rows → item → validated → written to a temporary file):
 * its output is byte for byte what the in-memory library import gives (as writeJsonOutput writes it), its JSON report
 * the library's whole report (capped with --max-issues as capReport caps it), and no temporary file is left behind.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect } from "vitest";
import { runCli } from "../helpers/cli.js";
import { capReport } from "../../src/report/issue-collector.js";
import { catalogueFromRows, type SpreadsheetImportOptions } from "../../src/spreadsheet/catalogue-from-rows.js";
import { csvFromSheet, sheetFromCsv } from "../../src/spreadsheet/csv.js";
import { importWorkbook } from "../../src/spreadsheet/workbook-import.js";
import { exampleSheets, setCell, sheetOf } from "./sheets.js";
import { cliIt } from "./cli-it.js";
import { scratchDir } from "../helpers/scratch.js";

const dir = scratchDir("zwfw-stream-cli-");
const at = (name: string) => path.join(dir, name);

/** Writes 事项 (and 目录信息) of `sheets` as a CSV set without detail sheets; returns the items file. */
function writeSet(name: string, sheets: ReturnType<typeof exampleSheets>, info = true): string {
  const items = at(`${name}.csv`);
  fs.writeFileSync(items, csvFromSheet(sheetOf(sheets, "事项")));
  if (info) fs.writeFileSync(at(`${name}.info.csv`), csvFromSheet(sheetOf(sheets, "目录信息")));
  return items;
}

/** The library's import of that set, from the files the CLI reads. */
function library(file: string, options: SpreadsheetImportOptions = {}) {
  const info = file.replace(/\.csv$/, ".info.csv");
  const sheets = [
    ...(fs.existsSync(info) ? [sheetFromCsv(fs.readFileSync(info, "utf8"), "目录信息", { file: info })] : []),
    sheetFromCsv(fs.readFileSync(file, "utf8"), "事项", { file }),
  ];
  return catalogueFromRows(sheets, { file, ...options });
}

/** Runs the import with its own TMPDIR; returns the result, the output's text (if written) and what is left in TMPDIR. */
function importCli(file: string, args: string[] = []) {
  const out = file.replace(/\.csv$/, ".out.json");
  const rep = file.replace(/\.csv$/, ".rep.json");
  fs.rmSync(out, { force: true });
  const tmp = fs.mkdtempSync(path.join(dir, "tmp-"));
  const result = runCli(["import", file, "-o", out, "--report", "json", "--report-output", rep, ...args], { env: { TMPDIR: tmp } });
  // The JSON report names the tool besides the library's report.
  const { tool, ...report } = fs.existsSync(rep) ? JSON.parse(fs.readFileSync(rep, "utf8")) : { tool: undefined };
  expect(tool === undefined || tool.name === "zwfw-standard").toBe(true);
  return { result, output: fs.existsSync(out) ? fs.readFileSync(out, "utf8") : undefined, report, left: fs.readdirSync(tmp) };
}

describe("zwfw import of a CSV without detail sheets (streamed)", () => {
  for (const example of ["examples/4-county-gusu.json", "examples/v2/2-province-standard.json", "examples/v2/3-city-suzhou.json"]) {
    cliIt(`${example}: the library's catalogue byte for byte and its whole report; capped with --max-issues`, () => {
      const sheets = exampleSheets(example);
      // Findings of every kind: a cell the import cannot read, a repeated code (duplicate), a schema finding (no materials).
      setCell(sheets, "事项", "到办事现场次数", 2, "两次");
      const items = sheetOf(sheets, "事项");
      items.rows.push(structuredClone(items.rows[2]!));
      const file = writeSet(path.basename(example, ".json") + (example.includes("v2") ? "-v2" : ""), sheets);
      const expected = library(file);
      expect(expected.report.issues.map((i) => i.rule)).toEqual(expect.arrayContaining(["cell-unreadable", "duplicate-item"]));

      const forced = importCli(file, ["--force"]);
      expect(forced.result.code, forced.result.stderr).toBe(1);
      expect(forced.output).toBe(JSON.stringify(expected.catalogue, null, 2) + "\n");
      expect(forced.report).toEqual(JSON.parse(JSON.stringify(expected.report)));
      expect(forced.left).toEqual([]);

      const capped = importCli(file, ["--force", "--max-issues", "2"]);
      expect(capped.report).toEqual(JSON.parse(JSON.stringify(capReport(expected.report, 2))));
      expect(capped.report.truncated).toEqual({ kept: 2, omitted: expected.report.issues.length - 2 });
      expect(capped.output).toBe(forced.output);

      // Without --force nothing is written, and the temporary file is gone too.
      const refused = importCli(file);
      expect([refused.result.code, refused.output, refused.left]).toEqual([1, undefined, []]);
      expect(refused.report).toEqual(forced.report);
    });
  }

  cliIt("in English, without 目录信息, cut at --max-rows: the library's report", () => {
    const sheets = exampleSheets("examples/v2/3-city-suzhou.json");
    const file = writeSet("no-info", sheets, false);
    const expected = library(file, { locale: "en" });
    const run = importCli(file, ["--force", "--locale", "en"]);
    expect(run.report).toEqual(JSON.parse(JSON.stringify(expected.report)));
    expect(run.output).toBe(JSON.stringify(expected.catalogue, null, 2) + "\n");
    const cut = importCli(file, ["--force", "--max-rows", "2"]);
    const limited = catalogueFromRows([sheetFromCsv(fs.readFileSync(file, "utf8"), "事项", { file, maxRows: 2 })], { file });
    expect(cut.report).toEqual(JSON.parse(JSON.stringify(limited.report)));
    expect(cut.report.issues.map((i: { rule: string }) => i.rule)).toContain("sheet-row-limit");
    expect(cut.output).toBe(JSON.stringify(limited.catalogue, null, 2) + "\n");
  });

  cliIt("--max-issues on an import read in memory (a workbook with detail sheets): the library's report, capped", () => {
    const file = at("whole.xlsx");
    expect(runCli(["export", "examples/v2/3-city-suzhou.json", "-o", file]).code).toBe(0);
    const expected = importWorkbook(new Uint8Array(fs.readFileSync(file)), { file, kind: "basic" });
    expect(expected.report.issues.length).toBeGreaterThan(1);
    const out = at("whole.json");
    const rep = at("whole.rep.json");
    const result = runCli(["import", file, "-o", out, "--kind", "basic", "--report", "json", "--report-output", rep, "--max-issues", "1"]);
    const { tool: _tool, ...report } = JSON.parse(fs.readFileSync(rep, "utf8"));
    expect(result.code).toBe(expected.report.ok ? 0 : 1);
    expect(report).toEqual(JSON.parse(JSON.stringify(capReport(expected.report, 1))));
    expect(report.truncated).toEqual({ kept: 1, omitted: expected.report.issues.length - 1 });
  });

  cliIt("a temporary folder that cannot be written: one line naming it, exit 2", () => {
    const file = writeSet("no-tmp", exampleSheets("examples/v2/2-province-standard.json"));
    const missing = at("no-such-folder");
    const result = runCli(["import", file, "-o", at("no-tmp.json"), "--force"], { env: { TMPDIR: missing } });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain(missing);
    expect(fs.existsSync(at("no-tmp.json"))).toBe(false);
  });

  cliIt("an unclosed quote: one line naming the file and line, exit 2, no file left", () => {
    const file = at("broken.csv");
    const rows = csvFromSheet(sheetOf(exampleSheets("examples/v2/2-province-standard.json"), "事项")).split("\n");
    rows.splice(3, 0, "\"000123018000,unclosed");
    fs.writeFileSync(file, rows.join("\n"));
    const tmp = fs.mkdtempSync(path.join(dir, "tmp-"));
    const result = runCli(["import", file, "-o", at("broken.json")], { env: { TMPDIR: tmp } });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain(`${file}:4`);
    expect([fs.existsSync(at("broken.json")), fs.readdirSync(tmp)]).toEqual([false, []]);
  });
});
