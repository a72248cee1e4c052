/** Which sheet plays which role (by name, alias, --sheet or as the only one), and the catalogue kind the items headers imply. */
import { describe, expect, it } from "vitest";
import { sheetSpecs } from "../../src/spreadsheet/columns.js";
import { classifySheets, inferKind } from "../../src/spreadsheet/classify-sheets.js";
import { ImportIssues } from "../../src/spreadsheet/import-issues.js";
import { layoutOf } from "../../src/spreadsheet/layout.js";
import type { SheetData } from "../../src/spreadsheet/sheet-data.js";
import { latestMajor } from "../../src/schema/majors.js";
import { whole } from "../helpers/whole-issue.js";

const sheet = (name: string, rows: unknown[][] = [["x"]]): SheetData => ({ name, rows: rows as SheetData["rows"] });

/** Classifies in both locales: role → sheet name, and the whole issues. */
function classify(sheets: SheetData[], itemsSheet?: string) {
  const zh = new ImportIssues("zh-CN");
  const en = new ImportIssues("en");
  const roles = classifySheets(sheets, sheetSpecs, zh, itemsSheet);
  classifySheets(sheets, sheetSpecs, en, itemsSheet);
  return { roles: Object.fromEntries([...roles].map(([role, { sheet: s }]) => [role, s.name])), issues: whole(zh.issues, en.issues) };
}

describe("classifySheets", () => {
  it("by name and alias in any width and spacing; the code list is skipped; a second sheet of a role is unknown", () => {
    const { roles, issues } = classify([sheet("目录信息"), sheet(" 事项清单 "), sheet("材料"), sheet("代码表"), sheet("申请材料"), sheet("空白", [[], []])]);
    expect(roles).toEqual({ info: "目录信息", items: " 事项清单 ", materials: "材料" });
    expect(issues).toEqual([{ rule: "sheet-unknown", severity: "warning", path: "", sheet: "申请材料", message: { "zh-CN": "工作表“申请材料”无法识别，已忽略", en: 'sheet "申请材料" is not part of the layout; ignored' } }]);
  });

  it("the only unrecognised sheet holds the items; two of them, none", () => {
    expect(classify([sheet("Sheet1"), sheet("申请材料")]).roles).toEqual({ items: "Sheet1", materials: "申请材料" });
    const { roles, issues } = classify([sheet("Sheet1"), sheet("Sheet2")]);
    expect(roles).toEqual({});
    expect(issues).toEqual([
      { rule: "sheet-missing", severity: "error", path: "/items", sheet: "事项", message: { "zh-CN": "找不到事项工作表“事项”（工作簿中有：Sheet1、Sheet2）；可用 --sheet 指定", en: 'no items sheet "事项" (the workbook has: Sheet1、Sheet2); name it with --sheet' } },
      expect.objectContaining({ rule: "sheet-unknown", sheet: "Sheet1" }),
      expect.objectContaining({ rule: "sheet-unknown", sheet: "Sheet2" }),
    ]);
  });

  it("--sheet names the items sheet; the sheet called 事项 is then unknown; a --sheet that is not there is sheet-missing by that name", () => {
    expect(classify([sheet("事项"), sheet("清单")], "清单")).toEqual({ roles: { items: "清单" }, issues: [expect.objectContaining({ rule: "sheet-unknown", sheet: "事项" })] });
    const { roles, issues } = classify([sheet("Sheet1")], "清单");
    expect(roles).toEqual({});
    expect(issues.map((i) => [i.rule, i.sheet, i.message["zh-CN"]])).toEqual([["sheet-missing", "清单", "找不到事项工作表“清单”（工作簿中有：Sheet1）；可用 --sheet 指定"], ["sheet-unknown", "Sheet1", "工作表“Sheet1”无法识别，已忽略"]]);
  });
});

describe("classifySheets: near misses", () => {
  it("an unknown sheet beside the items sheet named 事项 stays unknown; --sheet keeps the detail sheets' roles", () => {
    expect(classify([sheet("事项"), sheet("备注")])).toEqual({ roles: { items: "事项" }, issues: [{ rule: "sheet-unknown", severity: "warning", path: "", sheet: "备注", message: { "zh-CN": "工作表“备注”无法识别，已忽略", en: 'sheet "备注" is not part of the layout; ignored' } }] });
    expect(classify([sheet("清单"), sheet("申请材料"), sheet("目录信息")], "清单")).toEqual({ roles: { items: "清单", materials: "申请材料", info: "目录信息" }, issues: [] });
  });

  it("an unknown sheet is reported when any row holds cells (holes and empty rows before it), with its file; a sheet of empty rows is not", () => {
    const { issues } = classify([sheet("事项"), { name: "备注", file: "备注.csv", rows: [undefined, [], ["x"]] }, sheet("空", [[], []])]);
    expect(issues).toEqual([{ rule: "sheet-unknown", severity: "warning", path: "", file: "备注.csv", sheet: "备注", message: { "zh-CN": "工作表“备注”无法识别，已忽略", en: 'sheet "备注" is not part of the layout; ignored' } }]);
  });
});

describe("inferKind", () => {
  const layout = layoutOf(latestMajor);
  const items = layout.sheets.find((s) => s.role === "items")!.columns;
  const kindOf = (headers: string[]) => inferKind(sheet("事项", [["标题"], headers]), items, layout.keys);

  it("实施编码 → implementation; a required service element → standard; else basic", () => {
    expect(kindOf(["基本编码", "事项名称", "实施编码"])).toBe("implementation");
    expect(kindOf(["基本编码", "事项名称", "承诺办结时限"])).toBe("standard");
    expect(kindOf(["基本编码", "事项名称", "*服务对象"])).toBe("standard");
    expect(kindOf(["基本编码", "事项名称", "实施层级", "设定依据"])).toBe("basic");
    expect(inferKind(undefined, items, layout.keys)).toBe("basic");
  });

  it("reads the headers of the first ten rows only, holes among them", () => {
    const rows = (at: number) => [...Array.from({ length: at }, (_, i) => (i % 2 ? undefined : ["说明"])), ["基本编码", "实施编码"]];
    expect(inferKind({ name: "事项", rows: rows(9) }, items, layout.keys)).toBe("implementation");
    expect(inferKind({ name: "事项", rows: rows(10) }, items, layout.keys)).toBe("basic");
  });
});
