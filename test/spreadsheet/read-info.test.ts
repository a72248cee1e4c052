/**
 * readInfo: the 目录信息 sheet read key by key (headers and their aliases, marks and spaces ignored), each value
 * parsed by its column's type and placed at its cell; every key or value it cannot use is a whole finding in both locales.
 */
import { describe, expect, it } from "vitest";
import { latestMajor } from "../../src/schema/majors.js";
import { ImportIssues } from "../../src/spreadsheet/import-issues.js";
import { layoutOf } from "../../src/spreadsheet/layout.js";
import { readInfo } from "../../src/spreadsheet/read-info.js";
import type { SheetData } from "../../src/spreadsheet/sheet-data.js";
import { SourceMap } from "../../src/spreadsheet/source-map.js";
import { whole } from "../helpers/whole-issue.js";

/** Reads a 目录信息 sheet in both locales: the header (zh-CN run), its sources and the whole issues. */
function read(rows: SheetData["rows"], file?: string) {
  const sheet = (): SheetData => ({ name: "目录信息", rows: structuredClone(rows), ...(file !== undefined ? { file } : {}) });
  const zh = new ImportIssues("zh-CN");
  const en = new ImportIssues("en");
  const sources = new SourceMap();
  const header = readInfo(sheet(), layoutOf(latestMajor).info, zh, sources);
  readInfo(sheet(), layoutOf(latestMajor).info, en, new SourceMap());
  return { header, sources, issues: whole(zh.issues, en.issues) };
}

const at = (row: number, column: string, file?: string) => ({ ...(file !== undefined ? { file } : {}), line: row, sheet: "目录信息", column });

describe("readInfo", () => {
  it("reads each key by its header or alias, marks and spaces ignored, into the catalogue's header; skips 项目 and rows without a key", () => {
    const { header, issues, sources } = read([["项目", "值"], [" 区划代码* ", "320508000000"], ["发布层级", "县级"], [], ["发布机构", "苏州市姑苏区行政审批局"], ["批次", ""], ["发布日期", "2024-05-06"], undefined]);
    expect(issues).toEqual([]);
    expect(header).toEqual({ region: { code: "320508000000", level: "4" }, publisher: { name: "苏州市姑苏区行政审批局" }, publishedAt: "2024-05-06" });
    // An empty value sets nothing, but its cell is still where the key's findings point.
    expect(sources.find("/batch")).toEqual({ sheet: "目录信息", row: 6, column: "B" });
    expect(sources.find("/region/level")).toEqual({ sheet: "目录信息", row: 3, column: "B" });
  });

  it("a value it reads with a note: a code stored as a number, a formula's saved result", () => {
    const { header, issues } = read([["区划代码", 10000000000], ["发布机构", { formula: "A1", result: "某局" }]], "in.xlsx");
    expect(header).toEqual({ region: { code: "010000000000" }, publisher: { name: "某局" } });
    expect(issues).toEqual([
      { rule: "cell-code-stored-as-number", severity: "warning", path: "/region/code", ...at(1, "B", "in.xlsx"), message: { "zh-CN": "目录信息!B1（区划代码）：编码被存成了数字 10000000000，已按位数补零为 010000000000；建议将该列设为文本格式", en: "目录信息!B1 (区划代码): the code was stored as the number 10000000000; read as 010000000000. Format the column as text" } },
      { rule: "cell-formula", severity: "info", path: "/publisher/name", ...at(2, "B", "in.xlsx"), message: { "zh-CN": "目录信息!B2（发布机构）：使用了公式 =A1 保存的计算结果", en: "目录信息!B2 (发布机构): used the saved result of formula =A1" } },
    ]);
  });

  it("an unknown key, an error value, a formula without result and an unreadable value: each one finding at its cell, and no value", () => {
    const { header, issues } = read([["备 注", "x"], ["目录名称", { error: "#REF!" }], ["上级区划代码", { formula: "B2" }], ["发布日期", "昨天"]]);
    expect(header).toEqual({});
    expect(issues).toEqual([
      { rule: "info-key-unknown", severity: "warning", path: "", ...at(1, "A"), message: { "zh-CN": "目录信息!A1：无法识别的目录信息项“备注”，已忽略", en: "目录信息!A1: unknown catalogue header field \"备注\"; ignored" } },
      { rule: "cell-error-value", severity: "error", path: "/title", ...at(2, "B"), message: { "zh-CN": "目录信息!B2（目录名称）：单元格是错误值 #REF!", en: "目录信息!B2 (目录名称): the cell holds the error value #REF!" } },
      { rule: "cell-formula-no-result", severity: "error", path: "/upper/regionCode", ...at(3, "B"), message: { "zh-CN": "目录信息!B3（上级区划代码）：公式 =B2 没有保存计算结果（不会计算公式）；请在 Excel 中重新计算并保存，或改填数值", en: "目录信息!B3 (上级区划代码): formula =B2 has no saved result (formulas are never evaluated); recalculate and save in Excel, or type the value" } },
      { rule: "cell-unreadable", severity: "error", path: "/publishedAt", ...at(4, "B"), message: { "zh-CN": "目录信息!B4（发布日期）：无法识别“昨天”，应为日期 YYYY-MM-DD", en: "目录信息!B4 (发布日期): cannot read \"昨天\"; expected a date YYYY-MM-DD" } },
    ]);
  });

  it("a value in a row without a key is reported at the value's cell, not dropped; a row empty in both (or a blank key and blank value) passes", () => {
    const { header, issues } = read([["区划代码", "320508000000"], ["", "某局"], [null, { error: "#N/A" }], ["  ", ""], [], ["发布机构", "某局"]], "in.csv");
    expect(header).toEqual({ region: { code: "320508000000" }, publisher: { name: "某局" } });
    expect(issues).toEqual([
      { rule: "info-key-unknown", severity: "warning", path: "", ...at(2, "B", "in.csv"), message: { "zh-CN": "目录信息!B2：该行没有目录信息项名称，其值已忽略", en: "目录信息!B2: the row names no catalogue header field; its value was ignored" } },
      { rule: "info-key-unknown", severity: "warning", path: "", ...at(3, "B", "in.csv"), message: { "zh-CN": "目录信息!B3：该行没有目录信息项名称，其值已忽略", en: "目录信息!B3: the row names no catalogue header field; its value was ignored" } },
    ]);
  });
});
