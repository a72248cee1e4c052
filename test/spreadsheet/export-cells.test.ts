/**
 * What export writes in a cell (formatValue per column type), which catalogues it refuses and why
 * (exportProblem, whole), and the template's header notes, dropdowns, text columns and frozen header.
 */
import { describe, expect, it } from "vitest";
import { itemTypes, levels, timeUnits } from "../../src/codes/code-sets.js";
import type { Column, ValueType } from "../../src/spreadsheet/columns.js";
import { exportColumns, exportProblem, exportSpecs, formatValue } from "../../src/spreadsheet/rows-from-catalogue.js";
import { exportXlsxWorkbook, headerNote, templateWorkbook } from "../../src/spreadsheet/workbook-export.js";
import { columnLetter } from "../../src/spreadsheet/sheet-data.js";
import { readJson } from "../helpers/examples.js";

const column = (value: ValueType, extra: Partial<Column> = {}): Column => ({ header: "列", path: ["x"], value, note: "说明", ...extra });

describe("formatValue", () => {
  it("nothing is an empty cell; codes are written as their zh labels, unknown codes as they are", () => {
    expect(formatValue(column({ type: "text" }), undefined)).toBeUndefined();
    expect(formatValue(column({ type: "text" }), null)).toBeUndefined();
    expect(formatValue(column({ type: "enum", set: itemTypes }), "01")).toBe("行政许可");
    expect(formatValue(column({ type: "enum", set: itemTypes }), "77")).toBe("77");
    expect(formatValue(column({ type: "enums", set: levels }), ["2", "3", "9"])).toBe("省级、市级、9");
    expect(formatValue(column({ type: "onlineDepth" }), 4)).toBe("Ⅳ级（全程网办）");
    expect(formatValue(column({ type: "unit" }), "working_day")).toBe("工作日");
    expect(formatValue(column({ type: "boolean" }), true)).toBe("是");
    expect(formatValue(column({ type: "boolean" }), false)).toBe("否");
  });

  it("lists: 、 between values, one a line when a value holds a separator", () => {
    expect(formatValue(column({ type: "list" }), ["甲", "乙"])).toBe("甲、乙");
    for (const sep of [",", "，", "、", ";", "；", "/", "／", "\n", "\r"]) expect(formatValue(column({ type: "list" }), ["甲", `乙${sep}丙`]), sep).toBe(`甲\n乙${sep}丙`);
    expect(formatValue(column({ type: "list" }), ["甲", 1, { a: 1 }])).toBe('甲、1、{"a":1}');
    expect(formatValue(column({ type: "list" }), "一个值")).toBe("一个值");
    expect(formatValue(column({ type: "list" }), 5)).toBe("5");
  });

  it("numbers as numbers, anything else as text; JSON for objects", () => {
    for (const type of ["count", "days", "number"] as const) {
      expect(formatValue(column({ type }), 20), type).toBe(20);
      expect(formatValue(column({ type }), "20天"), type).toBe("20天");
    }
    expect(formatValue(column({ type: "json" }), { 键: "值" })).toBe('{"键":"值"}');
    expect(formatValue(column({ type: "text" }), 12)).toBe("12");
    expect(formatValue(column({ type: "code" }), "000123")).toBe("000123");
  });

  it("a value of the wrong type for its column is written as JSON text or as it is, never dropped", () => {
    expect(formatValue(column({ type: "text" }), { zh: "x" })).toBe('{"zh":"x"}');
    expect(formatValue(column({ type: "text" }), ["a"])).toBe('["a"]');
    expect(formatValue(column({ type: "enum", set: itemTypes }), ["01"])).toBe('["01"]');
    expect(formatValue(column({ type: "enums", set: levels }), "2")).toBe("2");
    expect(formatValue(column({ type: "enums", set: levels }), 2)).toBe("2");
    expect(formatValue(column({ type: "enums", set: levels }), ["2", 3, { a: 1 }])).toBe('省级、3、{"a":1}');
    expect(formatValue(column({ type: "list" }), { a: 1 })).toBe('{"a":1}');
  });
});

describe("exportProblem", () => {
  const county = () => readJson("examples/4-county-gusu.json");
  const shape = (at: string, kind: string, expected: string) => ({ id: "error.export.shape", params: { at, kind, expected } });

  it("a catalogue that is no object, or of no known kind", () => {
    expect(exportProblem(null)).toEqual(shape("", "null", "object"));
    expect(exportProblem([])).toEqual(shape("", "array", "object"));
    expect(exportProblem("x")).toEqual(shape("", "string", "object"));
    expect(exportProblem({ kind: "nope" })).toEqual({ id: "error.export.kind", params: { value: '"nope"' } });
  });

  it("items that are no list, or an item that is no object", () => {
    expect(exportProblem({ kind: "basic" })).toBeUndefined();
    expect(exportProblem({ kind: "basic", items: {} })).toEqual(shape("/items", "object", "items"));
    expect(exportProblem({ kind: "basic", items: [{}, 3] })).toEqual(shape("/items/1", "number", "item"));
  });

  it("a detail list that is no list, or an entry that is no object, named by its pointer", () => {
    const doc = county();
    expect(exportProblem(doc)).toBeUndefined();
    doc.items[1].materials = "无";
    expect(exportProblem(doc)).toEqual(shape("/items/1/materials", "string", "list"));
    doc.items[1].materials = [{ id: "m" }, null];
    expect(exportProblem(doc)).toEqual(shape("/items/1/materials/1", "null", "object"));
    doc.items[1].materials = [];
    doc.items[0].fees = { charged: true, items: [{ name: "x" }, ["y"]] };
    expect(exportProblem(doc)).toEqual(shape("/items/0/fees/items/1", "array", "object"));
    // Near miss: a missing list is no problem.
    delete doc.items[0].fees;
    expect(exportProblem(doc)).toBeUndefined();
  });
});

describe("the template's sheets", () => {
  it("headerNote: header, 必填, the column's note and the values a coded column takes", () => {
    expect(headerNote(column({ type: "text" }))).toBe("列\n说明");
    expect(headerNote(column({ type: "text" }, { required: true }))).toBe("列（必填）\n说明");
    expect(headerNote(column({ type: "unit" }))).toBe(`列\n说明\n可填：${timeUnits.entries.map((e) => e.zh).join("、")}（或代码）`);
    expect(headerNote(column({ type: "enums", set: levels }))).toBe("列\n说明\n可填：国家级、省级、市级、县级、乡镇（街道）级、村（社区）级（或代码）");
    expect(headerNote(column({ type: "boolean" }))).toBe("列\n说明\n可填：是、否（或代码）");
  });

  it("each table sheet: bold noted frozen header, widths, text format on code and text columns, dropdowns over the formatted rows", async () => {
    const workbook = await templateWorkbook("implementation");
    const specs = exportSpecs("implementation");
    const items = workbook.getWorksheet("事项")!;
    const columns = exportColumns(specs.find((s) => s.role === "items")!, "implementation");
    expect(items.rows).toEqual([columns.map((c) => c.header)]);
    expect(items.frozenRows).toBe(1);
    expect([...items.styles!.values()].every((s) => s.bold === true)).toBe(true);
    expect([...items.styles!.keys()]).toEqual(columns.map((_, i) => `${columnLetter(i)}1`));
    expect([...items.notes!.entries()]).toEqual(columns.map((c, i) => [`${columnLetter(i)}1`, headerNote(c)]));
    expect(items.columns).toEqual(columns.map((c) => ({ width: Math.max(10, Math.min(40, c.header.length * 2 + 4)), text: c.value.type === "code" || c.value.type === "text" })));
    const type = columns.findIndex((c) => c.header === "事项类型");
    const list = workbook.getWorksheet("代码表")!;
    expect(list.hidden).toBe(true);
    const typeList = list.rows[0]!.indexOf(itemTypes.title.zh);
    expect(items.validations).toContainEqual({ range: `${columnLetter(type)}2:${columnLetter(type)}2001`, list: `'代码表'!$${columnLetter(typeList)}$2:$${columnLetter(typeList)}$${itemTypes.entries.length + 1}` });
    expect(list.rows.slice(1).map((r) => r![typeList]).filter((v) => v !== undefined)).toEqual(itemTypes.entries.map((e) => e.zh));
    // Only single-choice columns get a dropdown.
    expect(items.validations!.length).toBe(columns.filter((c) => ["enum", "unit", "onlineDepth", "boolean"].includes(c.value.type)).length);
  });

  it("the 目录信息 sheet: bold 项目/值, a text value column, a note per row", async () => {
    const workbook = await templateWorkbook("basic");
    const info = workbook.getWorksheet("目录信息")!;
    const columns = exportColumns(exportSpecs("basic").find((s) => s.role === "info")!, "basic");
    expect(info.rows[0]).toEqual(["项目", "值"]);
    expect([...info.styles!.entries()]).toEqual([["A1", { bold: true }], ["B1", { bold: true }]]);
    expect(info.columns).toEqual([{ width: 28 }, { width: 60, text: true }]);
    expect([...info.notes!.entries()]).toEqual(columns.map((c, r) => [`A${r + 2}`, headerNote(c)]));
  });

  it("templateWorkbook: the newest major's implementation layout by default, another major's on request, an unknown one refused by name", async () => {
    expect((await templateWorkbook()).sheets.map((s) => s.name)).toEqual(["目录信息", "事项", "设定依据", "实施依据", "中介服务", "特别程序", "申请材料", "办理情形", "收费项目", "办理流程", "常见问题", "联办机构", "代码表"]);
    expect((await templateWorkbook("basic", { schema: "v1" })).sheets.map((s) => s.name)).toEqual(["目录信息", "事项", "设定依据", "代码表"]);
    // A promise-returning function rejects; it never throws before returning (a caller's .catch() would miss it).
    const pending = templateWorkbook("basic", { schema: "v9" });
    let error: TypeError | undefined;
    try { await pending; } catch (e) { error = e as TypeError; }
    expect([error?.name, error?.message]).toEqual(["TypeError", 'templateWorkbook：schema 须为 v1, v2 之一（实际为 "v9"）']);
  });

  it("the code lists: one column per list, each list's values under its title and nothing else in the column", async () => {
    const list = (await templateWorkbook()).getWorksheet("代码表")!;
    const first = list.rows[0]![0];
    expect(first).toBe("目录类型");
    expect(list.rows.slice(1).map((r) => r?.[0]).filter((v) => v !== undefined)).toEqual(["基本目录", "标准化实施清单", "实施清单"]);
    expect(list.rows.length).toBeGreaterThan(4);
  });

  it("formattedRows and dropdowns: false; the format reaches the last data row of a longer catalogue", () => {
    const doc = readJson("examples/4-county-gusu.json");
    const plain = exportXlsxWorkbook(doc, { dropdowns: false, formattedRows: 1 });
    expect(plain.getWorksheet("代码表")).toBeUndefined();
    expect(plain.getWorksheet("事项")!.validations).toEqual([]);
    // The longest sheet sets the formatted rows of every sheet.
    const workbook = exportXlsxWorkbook(doc, { formattedRows: 1 });
    const longest = Math.max(...plain.sheets.map((s) => s.rows.length));
    expect(longest).toBeGreaterThan(2);
    expect(workbook.getWorksheet("事项")!.validations![0]!.range).toMatch(new RegExp(`^[A-Z]+2:[A-Z]+${longest + 1}$`));
    expect(exportXlsxWorkbook(doc, { formattedRows: longest + 5 }).getWorksheet("事项")!.validations![0]!.range).toMatch(new RegExp(`^[A-Z]+2:[A-Z]+${longest + 6}$`));
  });
});
