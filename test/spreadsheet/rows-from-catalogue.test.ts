/**
 * rowsFromCatalogue: a catalogue written as plain sheets, whole: the sheets its kind has, in order; the 目录信息
 * key/value rows; one item row per item without the import-only 设定依据 cell; detail rows led by the item's key
 * columns, one per record; and the refusals, worded with their caller.
 */
import { describe, expect, it } from "vitest";
import { exportColumns, exportProblem, exportSpecs, formatValue, rowsFromCatalogue } from "../../src/spreadsheet/rows-from-catalogue.js";
import type { Column, ValueType } from "../../src/spreadsheet/columns.js";
import { layoutOf } from "../../src/spreadsheet/layout.js";
import { majorById } from "../../src/schema/majors.js";

const CODE = "11320508MB1C8D4AXN4000123018000";
/** A v1 implementation list: one item with a citation, a material and a fee; one with a handling item and no lists. */
const catalogue = () => ({
  schemaVersion: "1.0", kind: "implementation", region: { code: "320508000000", level: "4" }, publisher: { name: "某局" },
  items: [
    { basicCode: "000123018000", name: "甲", type: "01", levels: ["3", "4"], implementationCode: CODE, legalBasis: [{ lawName: "《甲法》", article: "第一条" }], materials: [{ id: "m1", name: "申请表", necessity: "required", medium: "paper" }], fees: { charged: true, items: [{ name: "费", standard: "10元", basis: "依据" }] } },
    { basicCode: "000123018001", name: "乙", type: "20", levels: ["4"], implementationCode: "11320508MB1C8D4AXN4000123018001", handlingItemCode: "11320508MB1C8D4AXN400012301800101" },
  ],
});

const u = undefined;

describe("rowsFromCatalogue", () => {
  it("writes every sheet of an implementation list, whole", () => {
    const sheets = rowsFromCatalogue(catalogue());
    expect(sheets.map((s) => s.name)).toEqual(["目录信息", "事项", "设定依据", "申请材料", "收费项目", "办理流程"]);
    expect(sheets[0]!.rows).toEqual([
      ["项目", "值"], ["标准版本", "1.0"], ["目录类型", "实施清单"], ["区划代码", "320508000000"], ["层级", "县级"], ["发布机构", "某局"],
      ["发布机构统一社会信用代码", u], ["目录名称", u], ["批次", u], ["目录版本", u], ["发布日期", u], ["上级区划代码", u], ["上级目录版本", u], ["扩展字段", u],
    ]);
    const [header, first, second] = sheets[1]!.rows;
    // The 设定依据 cell is read on import only: the list has its own sheet.
    expect(header).not.toContain("设定依据");
    expect(header!.slice(0, 5)).toEqual(["基本编码", "事项名称", "事项类型", "行使层级", "主管部门"]);
    const cell = (row: unknown[] | undefined, h: string) => row![header!.indexOf(h)];
    expect(["基本编码", "事项名称", "事项类型", "行使层级", "是否收费", "实施编码", "业务办理项编码"].map((h) => cell(first, h))).toEqual(["000123018000", "甲", "行政许可", "市级、县级", "是", CODE, u]);
    expect(["事项类型", "业务办理项编码"].map((h) => cell(second, h))).toEqual(["公共服务", "11320508MB1C8D4AXN400012301800101"]);
    expect(sheets[1]!.rows).toHaveLength(3);
    const keys = ["基本编码", "实施编码", "业务办理项编码"];
    expect(sheets[2]!.rows).toEqual([[...keys, "法律法规名称", "文号", "条款号", "条款内容"], ["000123018000", CODE, u, "《甲法》", u, "第一条", u]]);
    expect(sheets[3]!.rows).toEqual([
      [...keys, "材料编码", "材料名称", "材料必要性", "材料形式", "原件/复印件", "份数", "来源渠道", "材料类型", "出具机构", "纸质材料规格", "要求提供材料的依据", "填报须知"],
      ["000123018000", CODE, u, "m1", "申请表", "必要", "纸质", u, u, u, u, u, u, u, u],
    ]);
    expect(sheets[4]!.rows).toEqual([[...keys, "收费项目名称", "收费标准", "收费依据", "收费金额", "是否允许减免"], ["000123018000", CODE, u, "费", "10元", "依据", u, u]]);
    // An item without a list writes no row there.
    expect(sheets[5]!.rows).toEqual([[...keys, "环节名称", "环节时限", "环节时限单位", "环节说明"]]);
  });

  it("a basic catalogue has only its sheets and columns; its detail rows are keyed by the basic code alone", () => {
    const sheets = rowsFromCatalogue({ ...catalogue(), kind: "basic" });
    expect(sheets.map((s) => s.name)).toEqual(["目录信息", "事项", "设定依据"]);
    expect(sheets[1]!.rows[0]).toEqual(["基本编码", "事项名称", "事项类型", "行使层级", "主管部门", "扩展字段"]);
    expect(sheets[2]!.rows).toEqual([["基本编码", "法律法规名称", "文号", "条款号", "条款内容"], ["000123018000", "《甲法》", u, "第一条", u]]);
    const layout = layoutOf(majorById("v1")!);
    expect(exportSpecs("basic", layout).map((s) => s.role)).toEqual(["info", "items", "legalBasis"]);
    expect(exportColumns(layout.sheets.find((s) => s.role === "legalBasis")!, "basic", layout).map((c) => c.header)).toEqual(["基本编码", "法律法规名称", "文号", "条款号", "条款内容"]);
  });

  it("a catalogue it cannot lay out is a TypeError worded with its caller and pointer", () => {
    const thrown = (doc: unknown) => { try { rowsFromCatalogue(doc as never); } catch (error) { const e = error as TypeError & { messageId: string }; return [e.name, e.messageId, e.message]; } return undefined; };
    expect(thrown({ kind: "nope" })).toEqual(["TypeError", "error.export.kind", 'rowsFromCatalogue：/kind 须为 basic、standard 或 implementation（实际为 "nope"）']);
    const first = catalogue();
    (first.items[0] as Record<string, unknown>).materials = [null, {}];
    expect(thrown(first)).toEqual(["TypeError", "error.export.shape", expect.stringMatching(/^rowsFromCatalogue：\/items\/0\/materials\/0 /)]);
    expect(exportProblem(first)).toEqual({ id: "error.export.shape", params: { at: "/items/0/materials/0", kind: "null", expected: "object" } });
  });
});

describe("formatValue, the cases a whole export does not reach", () => {
  const column = (value: ValueType): Column => ({ header: "列", path: ["x"], value, note: "" });
  it("a JSON column writes text as JSON; a count, day or number column writes a boolean as text; a list entry that has no JSON is empty", () => {
    expect(formatValue(column({ type: "json" }), "文字")).toBe('"文字"');
    expect(formatValue(column({ type: "json" }), 5)).toBe("5");
    for (const type of ["count", "days", "number"] as const) expect(formatValue(column({ type }), true), type).toBe("true");
    expect(formatValue(column({ type: "list" }), ["甲", undefined, "乙"])).toBe("甲、、乙");
  });
});
