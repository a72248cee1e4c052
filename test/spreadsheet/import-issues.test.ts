/**
 * ImportIssues: an import finding whole, placed in A1 style (a cell, a column, a row, a sheet), with the file of the cell
 * or of the import, its severity from the one table, and the cap that keeps the first `max` and counts the rest.
 */
import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/report/issue.js";
import { ImportIssues } from "../../src/spreadsheet/import-issues.js";
import { whole } from "../helpers/whole-issue.js";

/** The same findings added in both locales, zipped into whole issues. */
function both(add: (issues: ImportIssues) => void, file?: string) {
  const zh = new ImportIssues("zh-CN", file);
  const en = new ImportIssues("en", file);
  add(zh);
  add(en);
  return whole(zh.issues, en.issues);
}

describe("ImportIssues.add", () => {
  it("names a cell, a column, a whole row or a sheet in A1 style; the line, column and file follow what is known", () => {
    const found = both((issues) => {
      issues.add("cell-required", "/items/0/name", { sheet: "事项", row: 12, column: "K" }, { header: "事项名称" }, "CODE1");
      issues.add("column-missing", "", { sheet: "事项", column: "K" }, { header: "事项名称" });
      issues.add("row-unmatched", "/items", { sheet: "申请材料", row: 3, file: "申请材料.csv" }, { keys: "000123018000", count: 0 });
      issues.add("sheet-unknown", "", { sheet: "备注" });
    }, "book.xlsx");
    // Strict: a field that is not known is absent, not present as undefined.
    expect(found).toStrictEqual([
      { rule: "cell-required", severity: "error", path: "/items/0/name", itemCode: "CODE1", file: "book.xlsx", line: 12, sheet: "事项", column: "K", message: { "zh-CN": "事项!K12（事项名称）：必填，不能为空", en: "事项!K12 (事项名称): required, but empty" } },
      { rule: "column-missing", severity: "error", path: "", file: "book.xlsx", sheet: "事项", column: "K", message: { "zh-CN": "事项!K：缺少必填列“事项名称”", en: "事项!K: the required column \"事项名称\" is missing" } },
      { rule: "row-unmatched", severity: "error", path: "/items", file: "申请材料.csv", line: 3, sheet: "申请材料", message: { "zh-CN": "申请材料!3:3：找不到编码为 000123018000 的事项，该行未导入", en: "申请材料!3:3: no item has the codes 000123018000; the row was not imported" } },
      { rule: "sheet-unknown", severity: "warning", path: "", file: "book.xlsx", sheet: "备注", message: { "zh-CN": "工作表“备注”无法识别，已忽略", en: "sheet \"备注\" is not part of the layout; ignored" } },
    ]);
  });

  it("without a file of its own or of the import the finding has none; an empty item code is kept", () => {
    const found = both((issues) => issues.add("cell-merged", "", { sheet: "事项", row: 2, column: "A" }, { range: "A2:A3" }, ""));
    expect(found).toStrictEqual([{ rule: "cell-merged", severity: "warning", path: "", itemCode: "", line: 2, sheet: "事项", column: "A", message: { "zh-CN": "事项!A2：合并单元格 A2:A3，已将左上角的值填入范围内的每个单元格", en: "事项!A2: merged cells A2:A3; the top-left value was copied into every cell of the range" } }]);
  });

  it("keeps the first max findings, counts the rest by severity, and shows every one to onIssue", () => {
    const seen: Issue[] = [];
    const issues = new ImportIssues("zh-CN", undefined, { max: 2, onIssue: (i) => seen.push(i) });
    issues.add("cell-formula", "/a", { sheet: "事项" }, { formula: "1" });
    issues.add("cell-merged", "", { sheet: "事项" }, { range: "A1:A2" });
    issues.add("cell-required", "/b", { sheet: "事项" }, { header: "x" });
    issues.add("column-unknown", "", { sheet: "事项" }, { header: "y" });
    issues.add("crosswalk-applied", "", { sheet: "事项" });
    expect(issues.issues.map((i) => i.rule)).toEqual(["cell-formula", "cell-merged"]);
    expect(issues.omitted).toEqual({ errors: 1, warnings: 1, infos: 1 });
    expect(seen.map((i) => i.rule)).toEqual(["cell-formula", "cell-merged", "cell-required", "column-unknown", "crosswalk-applied"]);
    expect(issues.hasErrors).toBe(false);
  });

  it("hasErrors: only a kept error counts; max 0 keeps all", () => {
    const issues = new ImportIssues("en");
    expect(issues.hasErrors).toBe(false);
    issues.add("column-unknown", "", { sheet: "事项" }, { header: "y" });
    issues.add("cell-formula", "/a", { sheet: "事项" }, { formula: "1" });
    expect(issues.hasErrors).toBe(false);
    issues.add("sheet-no-header", "", { sheet: "事项", row: 1 }, { expected: "基本编码" });
    expect(issues.hasErrors).toBe(true);
    expect(issues.issues).toHaveLength(3);
    expect(issues.omitted).toEqual({ errors: 0, warnings: 0, infos: 0 });
  });

});
