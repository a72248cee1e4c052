import ExcelJS from "exceljs";
import fc from "fast-check";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogueFromRows } from "../../src/spreadsheet/catalogue-from-rows.js";
import { majorById } from "../../src/schema/majors.js";
import { sheetSpecs } from "../../src/spreadsheet/columns.js";
import { layoutOf } from "../../src/spreadsheet/layout.js";
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

describe("an item listed whole beside its own 业务办理项", () => {
  /** The gusu example's first item, then the same item split into 业务办理项 …01 and …02 with their own materials. */
  function withHandlingItems() {
    const original = readJson("examples/4-county-gusu.json");
    const whole = original.items[0];
    const parts = ["01", "02"].map((n) => ({
      ...structuredClone(whole),
      handlingItemCode: `${whole.implementationCode}${n}`,
      materials: [{ ...whole.materials[0], name: `申请书（业务办理项${n}）` }],
      legalBasis: [{ lawName: `《业务办理项${n}的依据办法》`, article: "第一条" }],
    }));
    original.items.splice(1, 0, ...parts);
    return original;
  }

  it("re-imports from its own export with the whole item's legal basis and materials (no row-ambiguous)", async () => {
    const original = withHandlingItems();
    for (const { catalogue, report } of [await viaXlsx(original), viaCsv(original)]) {
      expect(report.issues.filter((i) => i.rule !== "duplicate-item")).toEqual([]);
      expect(catalogue).toEqual(original);
    }
  });

  it("a detail row naming both 业务办理项 by its 实施编码 alone is still ambiguous when no whole item exists", () => {
    const original = withHandlingItems();
    original.items.splice(0, 1);
    const sheets = rowsFromCatalogue(original);
    const materials = sheets.find((s) => s.name === "申请材料")!;
    const handling = materials.rows[0]!.indexOf("业务办理项编码");
    materials.rows[1]![handling] = undefined;
    const { report } = catalogueFromRows(sheets);
    expect(report.issues.filter((i) => i.rule === "row-ambiguous")).toEqual([
      expect.objectContaining({ severity: "error", sheet: "申请材料", line: 2, path: "/items" }),
    ]);
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
    expect(names).toEqual(layoutOf(majorById("v1")!).sheets.map((s) => s.name));
    expect(names).toEqual(["目录信息", "事项", "设定依据", "申请材料", "收费项目", "办理流程"]);
    expect(rowsFromCatalogue(readJson("examples/1-province-basic.json")).map((s) => s.name)).toEqual(["目录信息", "事项", "设定依据"]);
  });

  it("writes a v2 catalogue in the v2 layout: a sheet per list of records, named by its title", () => {
    const v2 = { schemaVersion: "2.0", kind: "implementation", region: { code: "320508000000" }, publisher: { name: "x" }, items: [] };
    expect(rowsFromCatalogue(v2).map((s) => s.name)).toEqual(sheetSpecs.map((s) => s.name));
    expect(sheetSpecs.map((s) => s.name)).toEqual(["目录信息", "事项", "设定依据", "实施依据", "中介服务", "特别程序", "申请材料", "办理情形", "收费项目", "办理流程", "常见问题", "联办机构"]);
    expect(rowsFromCatalogue({ ...v2, kind: "basic" }).map((s) => s.name)).toEqual(["目录信息", "事项", "设定依据"]);
  });
});
