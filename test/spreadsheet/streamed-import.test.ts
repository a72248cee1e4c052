/**
 * The streamed import (the CLI's for a CSV without detail sheets: rows → item → validated alone → written) gives the
 * in-memory import's catalogue, byte for byte as JSON, and its whole report; with a cap, the capped report. On every
 * example (both majors), and on rows full of findings: bad cells, blank rows, a headless column, an extra column,
 * crosswalked codes, repeated codes (duplicates), missing header fields.
 */
import fc from "fast-check";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { StreamedImport, type StreamedImportOptions } from "../../src/node/streamed-import.js";
import { capReport } from "../../src/report/issue-collector.js";
import type { Issue } from "../../src/report/issue.js";
import { catalogueFromRows } from "../../src/spreadsheet/catalogue-from-rows.js";
import type { Data } from "../../src/spreadsheet/read-record.js";
import type { SheetData } from "../../src/spreadsheet/sheet-data.js";
import { exampleSheets, rowEdits, setCell, sheetOf, withRowEdits } from "./sheets.js";

const EXAMPLES = ["examples", "examples/v2"].flatMap((dir) => fs.readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => `${dir}/${f}`));

/** The sheets a streamed import reads: 目录信息 (unless dropped) and 事项. */
const streamable = (sheets: SheetData[], info = true) => sheets.filter((s) => s.name === "事项" || (info && s.name === "目录信息"));

/** Streams `sheets`: the items sheet is given with its first ten rows only, the rest fed a row at a time. */
function streamed(sheets: SheetData[], options: StreamedImportOptions, before: Issue[] = []) {
  const whole = sheetOf(sheets, "事项");
  const head: SheetData = { ...whole, rows: whole.rows.slice(0, 10) };
  const items: Data[] = [];
  const run = new StreamedImport(sheets.map((s) => (s === whole ? head : s)), options, (item) => items.push(item));
  for (let r = run.headerRow; r < whole.rows.length; r++) run.row(r, whole.rows[r]);
  const report = run.finish(before);
  return { catalogue: { ...run.document, items }, report };
}

/** Both ways, compared whole: the catalogue's JSON text (key order included) and the report, capped at `max`. */
function expectSame(sheets: SheetData[], options: StreamedImportOptions = {}) {
  const memory = catalogueFromRows(structuredClone(sheets), options);
  const stream = streamed(structuredClone(sheets), options);
  expect(JSON.stringify(stream.catalogue, null, 2)).toBe(JSON.stringify(memory.catalogue, null, 2));
  expect(stream.report).toEqual(capReport(memory.report, options.maxIssues ?? 0));
  return memory;
}

describe("streamed import: the in-memory import's catalogue and report", () => {
  for (const file of EXAMPLES) {
    it(`${file}: 目录信息 and 事项 (without the detail sheets), both locales, capped or not`, () => {
      const sheets = streamable(exampleSheets(file));
      const memory = expectSame(sheets, { file: "in.csv" });
      // Without detail sheets an example's items lack their materials: there are findings to compare.
      expect(memory.report.issues.length).toBeGreaterThan(0);
      expectSame(sheets, { file: "in.csv", locale: "en", maxIssues: 3 });
      expectSame(sheets, { maxIssues: 1 });
    });
  }

  it("no 目录信息 (header fields missing), no header row, no items at all", () => {
    const sheets = streamable(exampleSheets("examples/v2/3-city-suzhou.json"), false);
    expect(expectSame(sheets, { file: "x.csv" }).report.issues.some((i) => i.rule === "header-missing")).toBe(true);
    expectSame(sheets, { file: "x.csv", region: "320500000000", publisher: "苏州市", schema: "v1" });
    const items = sheetOf(sheets, "事项");
    expectSame([{ ...items, rows: items.rows.slice(0, 1) }]);
    expect(expectSame([{ ...items, rows: [["无关", "表头"], ["a", "b"]] }]).report.issues.some((i) => i.rule === "sheet-no-header")).toBe(true);
  });

  it("rows with findings (bad cells, blank rows, headless and extra columns, crosswalked and repeated codes), capped at 0–40", () => {
    const base = streamable(exampleSheets("examples/4-county-gusu.json"));
    const itemsSheet = sheetOf(base, "事项");
    const width = itemsSheet.rows[0]!.length;
    itemsSheet.rows[0]![width + 1] = "备注";
    fc.assert(fc.property(rowEdits(width), fc.nat({ max: 40 }), fc.boolean(), (edits, max, crosswalk) => {
      const sheets = withRowEdits(base, width, edits);
      const memory = expectSame(sheets, { file: "in.csv", maxIssues: max, ...(crosswalk ? { crosswalks: ["platform-service-object"] } : {}) });
      expect(memory.report.issues.length).toBeGreaterThan(0);
    }), { numRuns: 60 });
  });

  it("crosswalked codes: originals kept on each item, one crosswalk-applied finding with its count and examples", () => {
    const sheets = streamable(exampleSheets("examples/v2/3-city-suzhou.json"));
    for (const row of [2, 3, 4]) setCell(sheets, "事项", "事项类型", row, "xk");
    setCell(sheets, "事项", "服务对象", 3, "9");
    const memory = expectSame(sheets, { file: "cw.csv", crosswalks: ["platform-service-object"] });
    expect((memory.catalogue.items[0] as Data).extensions?.原值).toEqual({ type: "xk" });
    expect(memory.report.issues.filter((i) => i.rule === "crosswalk-applied").map((i) => i.message)).toHaveLength(2);
    expectSame(sheets, { file: "cw.csv", maxIssues: 2 });
  });

  it("repeated codes: the duplicate findings at their rows, as in memory", () => {
    const sheets = streamable(exampleSheets("examples/v2/2-province-standard.json"));
    const items = sheetOf(sheets, "事项");
    items.rows.push(structuredClone(items.rows[1]!), structuredClone(items.rows[2]!));
    const memory = expectSame(sheets, { file: "dup.csv" });
    const duplicates = memory.report.issues.filter((i) => i.rule === "duplicate-item");
    expect(duplicates.map((i) => [i.line, i.sheet, i.column])).toEqual([[items.rows.length - 1, "事项", "A"], [items.rows.length, "事项", "A"]]);
    for (const max of [1, 2, duplicates.length, 50]) expectSame(sheets, { file: "dup.csv", maxIssues: max });
  });

  it("findings about the files come first and count toward the cap", () => {
    const sheets = streamable(exampleSheets("examples/v2/2-province-standard.json"));
    const encoding: Issue = { rule: "file-encoding", severity: "warning", path: "", message: "x", file: "in.csv", sheet: "事项" };
    const memory = catalogueFromRows(structuredClone(sheets), {});
    const whole = { ...memory.report, issues: [encoding, ...memory.report.issues], summary: { ...memory.report.summary, warnings: memory.report.summary.warnings + 1 } };
    expect(streamed(structuredClone(sheets), {}, [encoding]).report).toEqual(whole);
    expect(streamed(structuredClone(sheets), { maxIssues: 2 }, [encoding]).report).toEqual(capReport(whole, 2));
  });

  it("refuses detail sheets (their rows belong to items that may come later)", () => {
    expect(() => streamed(exampleSheets("examples/v2/2-province-standard.json"), {})).toThrow(/detail sheets/);
  });
});
