/**
 * Columns that name no element (extra-columns.ts), through catalogueFromRows: each cell kept under the record's
 * extensions as its value (text, number, boolean, a date as YYYY-MM-DD, JSON text parsed back), placed at its cell,
 * detail rows' cells kept beside their record, and each column reported once with how many records it filled.
 */
import { describe, expect, it } from "vitest";
import { catalogueFromRows } from "../../src/spreadsheet/catalogue-from-rows.js";
import { SourceMap } from "../../src/spreadsheet/source-map.js";
import { columnLetter, type SheetData } from "../../src/spreadsheet/sheet-data.js";
import { whole } from "../helpers/whole-issue.js";
import { exampleSheets, sheetOf } from "./sheets.js";

/** The example's sheets with one extra column on `sheet`, its cells given by data row (1 = the first data row). */
function withExtra(name: string, header: string, cells: Record<number, unknown>, file?: string): SheetData[] {
  const sheets = exampleSheets();
  const sheet = sheetOf(sheets, name);
  const at = sheet.rows[0]!.length;
  sheet.rows[0]![at] = header;
  for (const [row, value] of Object.entries(cells)) sheet.rows[Number(row)]![at] = value;
  if (file !== undefined) for (const s of sheets) s.file = file;
  return sheets;
}

const extensionsOf = (sheets: SheetData[]) => (catalogueFromRows(sheets).catalogue.items as { extensions?: Record<string, unknown> }[]).map((i) => i.extensions);

describe("an extra column on the items sheet", () => {
  it("keeps text, numbers, booleans and dates as values; JSON text of a list or object parsed back, after leading spaces", () => {
    const values: [unknown, unknown][] = [
      ["窗口 3", "窗口 3"], [12, 12], [0, 0], [true, true], [false, false], [new Date(Date.UTC(2024, 4, 6, 13)), "2024-05-06"],
      ['  {"楼层":2}', { 楼层: 2 }], ["[1,2]", [1, 2]],
      // Near misses: text that only starts with a bracket, or holds JSON after other text, stays text.
      ["[待定", "[待定"], ["{坏 JSON}", "{坏 JSON}"], ["备注[1]", "备注[1]"], ["123", "123"], ['"[待定]"', '"[待定]"'],
    ];
    for (const [value, kept] of values) {
      expect(extensionsOf(withExtra("事项", "备注", { 1: value }))[0], String(value)).toEqual({ 备注: kept });
    }
  });

  it("an empty or blank cell keeps nothing, and the column counts only the items it filled", () => {
    const sheets = withExtra("事项", "备注", { 1: "  ", 2: "有" });
    const kept = extensionsOf(sheets);
    expect(kept[1]).toEqual({ 备注: "有" });
    expect(kept.filter((e) => e !== undefined)).toHaveLength(1);
    const en = catalogueFromRows(sheets, { locale: "en" }).report.issues;
    expect(whole(catalogueFromRows(sheets).report.issues, en)).toEqual([{
      rule: "column-extension", severity: "info", path: "", sheet: "事项", line: 1, column: "AG",
      message: {
        "zh-CN": "事项!AG1：列“备注”不对应标准中的要素，其值（1 个事项）已保存在扩展字段（extensions）中；可用 --map 指定其对应的要素",
        en: "事项!AG1: column \"备注\" names no element of the standard; its values (1 item) were kept under extensions. Map it to an element with --map",
      },
    }]);
  });

  it("the count names items on the items sheet and rows on a detail sheet, one or many", () => {
    const messages = (sheets: SheetData[]) => ({
      "zh-CN": catalogueFromRows(sheets).report.issues.filter((i) => i.rule === "column-extension").map((i) => i.message),
      en: catalogueFromRows(sheets, { locale: "en" }).report.issues.filter((i) => i.rule === "column-extension").map((i) => i.message),
    });
    const tail = { "zh-CN": "已保存在扩展字段（extensions）中；可用 --map 指定其对应的要素", en: " were kept under extensions. Map it to an element with --map" };
    expect(messages(withExtra("事项", "备注", { 1: "甲", 2: "乙" }))).toEqual({
      "zh-CN": [`事项!AG1：列“备注”不对应标准中的要素，其值（2 个事项）${tail["zh-CN"]}`],
      en: [`事项!AG1: column "备注" names no element of the standard; its values (2 items)${tail.en}`],
    });
    const details = withExtra("申请材料", "份数说明", { 1: "甲", 2: "乙" });
    const letter = columnLetter(sheetOf(details, "申请材料").rows[0]!.length - 1);
    expect(messages(details)).toEqual({
      "zh-CN": [`申请材料!${letter}1：列“份数说明”不对应标准中的要素，其值（2 行）${tail["zh-CN"]}`],
      en: [`申请材料!${letter}1: column "份数说明" names no element of the standard; its values (2 rows)${tail.en}`],
    });
  });

  it("each kept value is placed at its cell (sheet, row, column, file) for later findings", () => {
    const sources = new SourceMap();
    catalogueFromRows(withExtra("事项", "备注", { 2: "有" }, "in.xlsx"), { sources });
    expect(sources.find("/items/1/extensions/备注")).toEqual({ sheet: "事项", row: 3, column: "AG", file: "in.xlsx" });
    const plain = new SourceMap();
    catalogueFromRows(withExtra("事项", "备注", { 2: "有" }), { sources: plain });
    expect(plain.find("/items/1/extensions/备注")).toEqual({ sheet: "事项", row: 3, column: "AG" });
  });

  it("the finding names the sheet's own file (a CSV sheet) when the import has none", () => {
    const issues = catalogueFromRows(withExtra("事项", "备注", { 1: "有" }, "out.csv")).report.issues.filter((i) => i.rule === "column-extension");
    expect(issues.map((i) => [i.file, i.sheet, i.line, i.column])).toEqual([["out.csv", "事项", 1, "AG"]]);
  });

  it("onExtras receives each column with its count instead of a finding", () => {
    const seen: [string, string, number][] = [];
    const { report } = catalogueFromRows(withExtra("事项", "备注", { 1: "a", 2: "b" }), { onExtras: (...args) => seen.push(args) });
    expect(seen).toEqual([["事项", "备注", 2]]);
    expect(report.issues.filter((i) => i.rule === "column-extension")).toEqual([]);
  });
});

describe("an extra column on a detail sheet", () => {
  it("keeps each row's cell beside its record, by sheet and position in the item's list, and counts the records", () => {
    const sheets = exampleSheets();
    const materials = sheetOf(sheets, "申请材料");
    const rowsOfFirstItem = materials.rows.slice(1).filter((r) => r![0] === materials.rows[1]![0]).length;
    expect(rowsOfFirstItem).toBeGreaterThan(1);
    const at = materials.rows[0]!.length;
    materials.rows[0]![at] = "份数说明";
    // Only the second material of the first item has a value: the first position is kept as an empty record.
    materials.rows[2]![at] = "[1,2]";
    const { catalogue, report } = catalogueFromRows(sheets);
    const first = (catalogue.items as { extensions?: Record<string, unknown> }[])[0]!;
    expect(first.extensions).toEqual({ 申请材料: [{}, { 份数说明: [1, 2] }] });
    const en = catalogueFromRows(sheets, { locale: "en" }).report.issues.filter((i) => i.rule === "column-extension");
    expect(whole(report.issues.filter((i) => i.rule === "column-extension"), en)).toEqual([{
      rule: "column-extension", severity: "info", path: "", sheet: "申请材料", line: 1, column: columnLetter(at),
      message: {
        "zh-CN": `申请材料!${columnLetter(at)}1：列“份数说明”不对应标准中的要素，其值（1 行）已保存在扩展字段（extensions）中；可用 --map 指定其对应的要素`,
        en: `申请材料!${columnLetter(at)}1: column "份数说明" names no element of the standard; its values (1 row) were kept under extensions. Map it to an element with --map`,
      },
    }]);
  });

  it("values on two items' rows are counted per record, and a value the 扩展字段 column gives on the items sheet is kept beside them", () => {
    const sheets = exampleSheets();
    const materials = sheetOf(sheets, "申请材料");
    const at = materials.rows[0]!.length;
    materials.rows[0]![at] = "备注";
    for (let r = 1; r < materials.rows.length; r++) materials.rows[r]![at] = `第${r}行`;
    const seen: [string, string, number][] = [];
    const { catalogue } = catalogueFromRows(sheets, { onExtras: (...args) => seen.push(args) });
    const items = catalogue.items as { extensions?: Record<string, { 备注: string }[]> }[];
    const kept = items.flatMap((i) => i.extensions?.申请材料 ?? []);
    expect(kept.map((r) => r.备注)).toEqual(materials.rows.slice(1).map((_, i) => `第${i + 1}行`));
    expect(seen).toEqual([["申请材料", "备注", materials.rows.length - 1]]);
  });
});
