/**
 * `releaseRows` (what the CLI's import uses, so it never holds the rows and the items whole at once) gives the same
 * catalogue and the same whole report as the in-memory import, on every example and on rows full of findings.
 */
import fc from "fast-check";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogueFromRows } from "../../src/spreadsheet/catalogue-from-rows.js";
import type { SheetData } from "../../src/spreadsheet/sheet-data.js";
import { exampleSheets, rowEdits, sheetOf, withRowEdits } from "./sheets.js";

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
    const width = sheetOf(base, "事项").rows[0]!.length;
    fc.assert(fc.property(rowEdits(width), (edits) => {
      const { kept, released } = bothWays(withRowEdits(base, width, edits));
      expect(kept.report.issues.length).toBeGreaterThan(0);
      expect(released).toEqual(kept);
    }), { numRuns: 60 });
  });
});
