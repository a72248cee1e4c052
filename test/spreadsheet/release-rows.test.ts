/**
 * `releaseRows` (what the CLI's import uses, so it never holds the rows and the items whole at once) gives the same
 * catalogue and the same whole report as the in-memory import, on every example and on rows full of findings.
 */
import fc from "fast-check";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogueFromRows } from "../../src/spreadsheet/catalogue-from-rows.js";
import type { SheetData } from "../../src/spreadsheet/sheet-data.js";
import { exampleSheets, setCell, sheetOf } from "./sheets.js";

const EXAMPLES = ["examples", "examples/v2"].flatMap((dir) => fs.readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => `${dir}/${f}`));

/** Imports a copy of `sheets` both ways; returns both results and the released copy's items sheet. */
function bothWays(sheets: SheetData[]) {
  const released = structuredClone(sheets);
  return { kept: catalogueFromRows(sheets, { file: "in.csv" }), released: catalogueFromRows(released, { file: "in.csv", releaseRows: true }), items: sheetOf(released, "事项") };
}

describe("releaseRows: the same import, without the rows held", () => {
  for (const file of EXAMPLES) {
    it(`${file}: the same catalogue and report; every data row of 事项 is released`, () => {
      const { kept, released, items } = bothWays(exampleSheets(file));
      expect(released).toEqual(kept);
      expect(items.rows.slice(1).every((row) => row === undefined)).toBe(true);
      // The near-miss: without the option the caller's sheet keeps its rows.
      expect(exampleSheets(file).find((s) => s.name === "事项")!.rows.slice(1).every((row) => Array.isArray(row))).toBe(true);
    });
  }

  it("rows with findings (bad cells, blank rows, a headless column, repeated codes): the same catalogue and whole report", () => {
    const base = exampleSheets("examples/4-county-gusu.json");
    const itemsSheet = sheetOf(base, "事项");
    const width = itemsSheet.rows[0]!.length;
    const cell = fc.oneof(fc.constant(""), fc.constant(undefined), fc.string({ maxLength: 6 }), fc.integer({ min: -5, max: 400 }), fc.constantFrom("是", "否", "20个工作日", "行政许可", "=1+1", "2026-13-01"));
    const edit = fc.record({ row: fc.nat(), column: fc.nat({ max: width + 1 }), value: cell });
    fc.assert(fc.property(fc.array(edit, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 3 }), (edits, blanks) => {
      const sheets = structuredClone(base);
      const items = sheetOf(sheets, "事项");
      const data = items.rows.length - 1;
      for (const { row, column, value } of edits) items.rows[1 + (row % data)]![column] = value;
      for (const row of blanks) items.rows.splice(1 + (row % data), 0, []);
      // Findings in every run: a value under no header, and a required cell left empty.
      items.rows[1]![width] = "无表头";
      setCell(sheets, "事项", "事项名称", 2, "");
      const { kept, released } = bothWays(sheets);
      expect(kept.report.issues.length).toBeGreaterThan(0);
      expect(released).toEqual(kept);
    }), { numRuns: 60 });
  });
});
