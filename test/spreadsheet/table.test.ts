/**
 * readTable: where the header row is, which header names which column, and every column or cell it
 * cannot use reported whole (rule, severity, place and the message in both locales).
 */
import { describe, expect, it } from "vitest";
import { sheetSpecs } from "../../src/spreadsheet/columns.js";
import { ImportIssues } from "../../src/spreadsheet/import-issues.js";
import type { SheetData } from "../../src/spreadsheet/sheet-data.js";
import { normalizeHeader, readTable } from "../../src/spreadsheet/table.js";
import { whole } from "../helpers/whole-issue.js";

const columns = () => sheetSpecs.find((s) => s.role === "items")!.columns;

/** Reads a sheet as the items table of a basic catalogue in both locales: the table (zh-CN run) and the whole issues. */
function read(sheet: SheetData, kind: "basic" | "implementation" = "basic", keepUnknown = false) {
  const zh = new ImportIssues("zh-CN");
  const en = new ImportIssues("en");
  const table = readTable(structuredClone(sheet), columns(), kind, zh, { keepUnknown });
  readTable(structuredClone(sheet), columns(), kind, en, { keepUnknown });
  return { table, issues: whole(zh.issues, en.issues) };
}

const HEADER = ["基本编码", "事项名称", "事项类型", "行使层级", "设定依据"];
const ROW = ["000101001000", "某许可", "01", "2", "《某法》第一条"];

describe("readTable", () => {
  it("finds the header below a title block, ignoring * and （必填） marks; skips empty rows", () => {
    const { table, issues } = read({ name: "事项", rows: [["某市事项目录"], [], ["*基本编码*", "事项名称（必填）", "事项类型(选填)", "行使层级", "设定依据"], ROW, [null, " "], ROW] });
    expect(issues).toEqual([]);
    expect(table!.headerRow).toBe(3);
    expect(table!.columns.map((b) => [b.column.path.join("/"), b.letter])).toEqual([["basicCode", "A"], ["name", "B"], ["type", "C"], ["levels", "D"], ["legalBasis", "E"]]);
    expect(table!.rows.map((r) => r.row)).toEqual([4, 6]);
    expect([normalizeHeader(" ＊事项 名称（必填）"), normalizeHeader(12), normalizeHeader(null)]).toEqual(["事项名称", "12", ""]);
  });

  it("no header in the first ten rows is sheet-no-header naming the required columns of the catalogue's kind", () => {
    const rows = [...Array.from({ length: 10 }, () => ["说明"]), HEADER, ROW];
    const noHeader = (required: string) => [{
      rule: "sheet-no-header", severity: "error", path: "", line: 1, sheet: "事项",
      message: { "zh-CN": `事项!1:1：前10行中找不到表头行（应包含 ${required} 等列）`, en: `事项!1:1: no header row in the first 10 rows (expected columns such as ${required})` },
    }];
    const { table, issues } = read({ name: "事项", rows });
    expect(table).toBeUndefined();
    // A basic catalogue is not asked for the implementation's columns (实施编码, 实施主体, …).
    expect(issues).toEqual(noHeader("基本编码、事项名称、事项类型、行使层级"));
    expect(read({ name: "事项", rows }, "implementation").issues).toEqual(noHeader(
      "基本编码、事项名称、事项类型、行使层级、服务对象、受理条件、办件类型、承诺办结时限、是否收费、到办事现场次数、网上办理深度、实施编码、实施层级、实施主体、实施主体统一社会信用代码、实施主体性质",
    ));
    // Near miss: the tenth row is still searched.
    expect(read({ name: "事项", rows: rows.slice(1) }).table!.headerRow).toBe(10);
  });

  it("a second column of the same element, a column of another kind, an unknown one and a missing required one", () => {
    const { issues } = read({ name: "事项", rows: [["基本编码", "事项名称", "事项名称", "实施编码", "备注", "事项类型"], ROW] });
    const at = (rule: string, severity: string, column: string | undefined, zh: string, en: string) => ({ rule, severity, path: "", line: 1, sheet: "事项", ...(column ? { column } : {}), message: { "zh-CN": zh, en } });
    expect(issues).toEqual([
      at("column-duplicate", "error", "C", "事项!C1：列“事项名称”重复，只读取第一列", '事项!C1: column "事项名称" appears twice; only the first is read'),
      at("column-not-applicable", "warning", "D", "事项!D1：列“实施编码”不属于basic类型的目录，已忽略", '事项!D1: column "实施编码" does not belong to a basic catalogue; ignored'),
      expect.objectContaining({ rule: "column-unknown", severity: "warning", line: 1, sheet: "事项", column: "E" }),
      expect.objectContaining({ rule: "column-missing", severity: "error", path: "", line: 1, sheet: "事项", message: expect.objectContaining({ "zh-CN": expect.stringContaining("“行使层级”") }) }),
    ]);
  });

  it("merged cells below the header are filled from the top-left cell, within the rows read and the header's columns, with a warning", () => {
    const { table, issues } = read({ name: "事项", rows: [HEADER, ROW, ["000101001001", "乙"], ["000101001002", "丙"]], merges: ["C2:C3", "E2:XFD1048576", "A1:B1", "bad"] });
    expect(table!.rows.map((r) => r.cells)).toEqual([ROW, ["000101001001", "乙", "01", undefined, "《某法》第一条"], ["000101001002", "丙", undefined, undefined, "《某法》第一条"]]);
    expect(issues).toEqual([
      { rule: "cell-merged", severity: "warning", path: "", line: 2, sheet: "事项", column: "C", message: { "zh-CN": "事项!C2：合并单元格 C2:C3，已将左上角的值填入范围内的每个单元格", en: "事项!C2: merged cells C2:C3; the top-left value was copied into every cell of the range" } },
      { rule: "cell-merged", severity: "warning", path: "", line: 2, sheet: "事项", column: "E", message: { "zh-CN": "事项!E2：合并单元格 E2:XFD1048576，已将左上角的值填入范围内的每个单元格", en: "事项!E2: merged cells E2:XFD1048576; the top-left value was copied into every cell of the range" } },
    ]);
  });

  it("data under no header is column-unknown once per column; kept unknown columns are extras", () => {
    const { issues } = read({ name: "事项", rows: [[...HEADER, "", ""], [...ROW, "x"], [...ROW, "y", "z"]] });
    expect(issues.map((i) => [i.rule, i.line, i.column])).toEqual([["column-unknown", 2, "F"], ["column-unknown", 3, "G"]]);
    const kept = read({ name: "事项", rows: [[...HEADER, " 备注 ", "备注"], ROW] }, "basic", true);
    expect(kept.table!.extras).toEqual([{ header: "备注", index: 5, letter: "F" }]);
    expect(kept.issues.map((i) => [i.rule, i.severity, i.column])).toEqual([["column-duplicate", "error", "G"]]);
  });

  it("a header's marks are taken off only at its ends: ** before or after, （必填） last; inside, they are part of the name", () => {
    const found = read({ name: "事项", rows: [["**基本编码", "事项名称**", "事项*类型", "（必填）行使层级", "设定依据（必填）"], ROW] });
    expect(found.table!.columns.map((b) => [b.column.path.join("/"), b.letter])).toEqual([["basicCode", "A"], ["name", "B"], ["legalBasis", "E"]]);
    expect(found.issues.map((i) => [i.rule, i.column, i.message["zh-CN"]])).toEqual([
      ["column-unknown", "C", "事项!C1：无法识别的列“事项*类型”，该列已忽略"],
      ["column-unknown", "D", "事项!D1：无法识别的列“（必填）行使层级”，该列已忽略"],
      ["column-missing", undefined, "事项!1:1：缺少必填列“事项类型”"],
      ["column-missing", undefined, "事项!1:1：缺少必填列“行使层级”"],
    ]);
  });

  it("the header row is the first with two known headers (exactly two is enough); a title row of two cells or a hole above it is passed over", () => {
    const two = read({ name: "事项", rows: [undefined, ["某市事项目录", "2024年"], ["基本编码", "事项名称"], ["000101001000", "某许可"]] });
    expect(two.table!.headerRow).toBe(3);
    expect(two.table!.rows.map((r) => r.row)).toEqual([4]);
  });

  it("an unknown header is named as typed (trimmed, marks and inner spaces kept), a number by its digits; unknown twice when kept is column-duplicate", () => {
    const { issues } = read({ name: "事项", rows: [[...HEADER, " 备 注 ", 2024], ROW] });
    expect(issues).toEqual([
      { rule: "column-unknown", severity: "warning", path: "", line: 1, sheet: "事项", column: "F", message: { "zh-CN": "事项!F1：无法识别的列“备 注”，该列已忽略", en: "事项!F1: unknown column \"备 注\"; ignored" } },
      { rule: "column-unknown", severity: "warning", path: "", line: 1, sheet: "事项", column: "G", message: { "zh-CN": "事项!G1：无法识别的列“2024”，该列已忽略", en: "事项!G1: unknown column \"2024\"; ignored" } },
    ]);
    const kept = read({ name: "事项", rows: [[...HEADER, "备注", "备 注"], ROW] }, "basic", true);
    expect(kept.issues).toEqual([
      { rule: "column-duplicate", severity: "error", path: "", line: 1, sheet: "事项", column: "G", message: { "zh-CN": "事项!G1：列“备 注”重复，只读取第一列", en: "事项!G1: column \"备 注\" appears twice; only the first is read" } },
    ]);
  });

  it("data right after the last header, or under a blank header, is one whole finding at its first cell; empty cells there are no data", () => {
    const { table, issues } = read({ name: "事项", file: "事项.csv", rows: [[...HEADER.slice(0, 4), ""], [...ROW.slice(0, 4), null, "", null], [...ROW.slice(0, 4), "x", "y"], [...ROW.slice(0, 4), "z", "w"]] });
    expect(table!.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    const headless = (row: number, column: string) => ({
      rule: "column-unknown", severity: "warning", path: "", file: "事项.csv", line: row, sheet: "事项", column,
      message: { "zh-CN": `事项!${column}${row}：该列没有表头，其中的数据已忽略`, en: `事项!${column}${row}: the column has no header; its data was ignored` },
    });
    expect(issues).toEqual([headless(3, "E"), headless(3, "F")]);
  });

  it("a merge across columns fills its top row too; one past the header's columns fills its first column only; a hole row is made", () => {
    const { table, issues } = read({ name: "事项", file: "事项.csv", rows: [HEADER.slice(0, 4), ["000101001000", "甲", "01", "2", undefined, "f"], undefined, [undefined, undefined, "x"]], merges: ["C2:D2", "B2:B3", "F2:H4", "A9:A9"] });
    expect(table!.rows.map((r) => r.cells)).toEqual([
      ["000101001000", "甲", "01", "01", undefined, "f"],
      [undefined, "甲", undefined, undefined, undefined, "f"],
      [undefined, undefined, "x", undefined, undefined, "f"],
    ]);
    expect(issues.map((i) => [i.rule, i.file, i.line, i.column, i.message["zh-CN"]])).toEqual([
      ["cell-merged", "事项.csv", 2, "C", "事项!C2：合并单元格 C2:D2，已将左上角的值填入范围内的每个单元格"],
      ["cell-merged", "事项.csv", 2, "B", "事项!B2：合并单元格 B2:B3，已将左上角的值填入范围内的每个单元格"],
      ["cell-merged", "事项.csv", 2, "F", "事项!F2：合并单元格 F2:H4，已将左上角的值填入范围内的每个单元格"],
      ["cell-merged", "事项.csv", 9, "A", "事项!A9：合并单元格 A9:A9，已将左上角的值填入范围内的每个单元格"],
      ["column-unknown", "事项.csv", 2, "F", "事项!F2：该列没有表头，其中的数据已忽略"],
    ]);
  });

  it("a merge whose top-left row is a hole copies nothing; a range without a colon is passed over", () => {
    const { table, issues } = read({ name: "事项", rows: [HEADER.slice(0, 4), undefined, ["000101001000", "甲", "01", "2"]], merges: ["E2:E3", "A2"] });
    expect(table!.rows.map((r) => r.cells)).toEqual([["000101001000", "甲", "01", "2", undefined]]);
    expect(issues.map((i) => [i.rule, i.column, i.line])).toEqual([["cell-merged", "E", 2]]);
  });
});
