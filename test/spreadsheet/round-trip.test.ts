import ExcelJS from "exceljs";
import fc from "fast-check";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogueFromRows } from "../../src/spreadsheet/catalogue-from-rows.js";
import { sheetSpecs } from "../../src/spreadsheet/columns.js";
import { csvFromSheet, sheetFromCsv } from "../../src/spreadsheet/csv.js";
import { rowsFromCatalogue } from "../../src/spreadsheet/rows-from-catalogue.js";
import { exportXlsx } from "../../src/spreadsheet/workbook-export.js";
import { importWorkbook } from "../../src/spreadsheet/workbook-import.js";
import { readJson } from "../helpers/examples.js";

const EXAMPLES = fs.readdirSync("examples").filter((f) => f.endsWith(".json")).map((f) => `examples/${f}`);

/**
 * JSON → xlsx bytes → JSON, read by the package's reader and, as an independent check that the bytes
 * are a standard workbook, by exceljs (a dev dependency only); both must agree.
 */
async function viaXlsx(catalogue: object) {
  const bytes = exportXlsx(catalogue);
  const own = importWorkbook(bytes);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  expect(importWorkbook(workbook)).toEqual(own);
  return own;
}

/** JSON → CSV texts → JSON. */
function viaCsv(catalogue: object) {
  const sheets = rowsFromCatalogue(catalogue).map((s) => sheetFromCsv(csvFromSheet(s), s.name));
  return catalogueFromRows(sheets);
}

describe("import → export → import is identical for every example", () => {
  it("covers every example file", () => expect(EXAMPLES.length).toBeGreaterThanOrEqual(6));
  for (const file of EXAMPLES) {
    it(`${file} via xlsx`, async () => {
      const original = readJson(file);
      const { catalogue, report } = await viaXlsx(original);
      expect(report.issues).toEqual([]);
      expect(catalogue).toEqual(original);
    });
    it(`${file} via csv`, () => {
      const original = readJson(file);
      const { catalogue, report } = viaCsv(original);
      expect(report.issues).toEqual([]);
      expect(catalogue).toEqual(original);
    });
  }

  it("keeps every optional v1 field, including extensions, upper and handling-item codes", async () => {
    const original = readJson("examples/4-county-gusu.json");
    original.extensions = { 本地标签: ["便民"], level: 2 };
    const item = original.items[0];
    item.extensions = { 窗口号: "A12", nested: { ok: true } };
    item.handlingItemCode = `${item.implementationCode}01`;
    item.result = { name: "卫生许可证", type: "certificate", licenceTypeCode: "11100000000013338W001" };
    item.fees = { charged: true, items: [{ name: "工本费", standard: "每证10元", basis: "苏价费〔2020〕1号", amount: 10.5, waivable: true }] };
    item.materials[0] = { id: "M9", name: "申请书", necessity: "optional", medium: "paper", originality: "original_or_copy", copies: 2, source: "other", category: "other", issuer: "某机构", paperSize: "A4", legalBasis: "某条", note: "须知" };
    for (const { catalogue } of [await viaXlsx(original), viaCsv(original)]) expect(catalogue).toEqual(original);
  });
});

describe("text fields survive the round trip (property)", () => {
  const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== "");
  it("any non-blank name, department, conditions and material name", () => {
    fc.assert(
      fc.property(text, text, text, text, (name, department, conditions, material) => {
        const original = readJson("examples/3-city-suzhou.json");
        Object.assign(original.items[0], { name, department, acceptanceConditions: conditions });
        original.items[0].materials[0].name = material;
        expect(viaCsv(original).catalogue).toEqual(original);
        expect(catalogueFromRows(rowsFromCatalogue(original)).catalogue).toEqual(original);
      }),
      { numRuns: 60 },
    );
  });
});

describe("layout", () => {
  it("writes every sheet of the kind, in order", () => {
    const names = rowsFromCatalogue(readJson("examples/4-county-gusu.json")).map((s) => s.name);
    expect(names).toEqual(sheetSpecs.map((s) => s.name));
    expect(rowsFromCatalogue(readJson("examples/1-province-basic.json")).map((s) => s.name)).toEqual(["目录信息", "事项", "设定依据"]);
  });
});
