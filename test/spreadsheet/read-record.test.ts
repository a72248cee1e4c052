/**
 * readRecord on one row: each bound column of the kind parsed into the record and placed at its cell (sources), the
 * crosswalk translations collected, and a day count paired with its unit; each finding whole in both locales.
 */
import { describe, expect, it } from "vitest";
import type { CatalogueKind } from "../../src/rules/item-kind.js";
import { latestMajor } from "../../src/schema/majors.js";
import { ImportIssues } from "../../src/spreadsheet/import-issues.js";
import { layoutOf } from "../../src/spreadsheet/layout.js";
import { readRecord, type RowContext } from "../../src/spreadsheet/read-record.js";
import { columnLetter } from "../../src/spreadsheet/sheet-data.js";
import { SourceMap } from "../../src/spreadsheet/source-map.js";
import type { BoundColumn } from "../../src/spreadsheet/table.js";
import { whole } from "../helpers/whole-issue.js";

/** The items columns with these headers, bound to columns A, B, … in that order. */
function bind(headers: string[]): BoundColumn[] {
  const columns = layoutOf(latestMajor).items;
  return headers.map((h, index) => ({ column: columns.find((c) => c.header === h)!, index, letter: columnLetter(index) }));
}

/** Reads one row (row 5 of 事项, item 3) in both locales: the record, sources and translations of the zh-CN run, and the whole issues. */
function read(headers: string[], cells: unknown[], kind: CatalogueKind = "implementation", more: Partial<RowContext> = {}) {
  const columns = bind(headers);
  const run = (issues: ImportIssues) => {
    const ctx: RowContext = { base: "/items/3", sheet: "事项", row: 5, kind, issues, sources: new SourceMap(), translations: [], ...more };
    return { record: readRecord(structuredClone(cells), columns, ctx), sources: ctx.sources, translations: ctx.translations };
  };
  const zh = new ImportIssues("zh-CN");
  const en = new ImportIssues("en");
  const result = run(zh);
  run(en);
  return { ...result, issues: whole(zh.issues, en.issues) };
}

const at = (column: string, more: object = {}) => ({ line: 5, sheet: "事项", column, ...more });

describe("readRecord", () => {
  it("reads each column of the kind into the record and places the row, with its file, and each value's column", () => {
    const { record, sources, issues } = read(["基本编码", "实施编码", "事项名称"], ["000123018000", "11320508MB1C8D4AXN4000123018000", "某许可"], "basic", { file: "事项.csv" });
    // 实施编码 is no basic column: it is neither read nor placed at its column.
    expect(record).toEqual({ basicCode: "000123018000", name: "某许可" });
    expect(issues).toEqual([]);
    expect(sources.find("/items/3/name")).toEqual({ sheet: "事项", row: 5, file: "事项.csv", column: "C" });
    expect(sources.find("/items/3/implementationCode")).toEqual({ sheet: "事项", row: 5, file: "事项.csv" });
    const implementation = read(["基本编码", "实施编码"], ["000123018000", "11320508MB1C8D4AXN4000123018000"]);
    expect(implementation.record).toEqual({ basicCode: "000123018000", implementationCode: "11320508MB1C8D4AXN4000123018000" });
    expect(implementation.sources.find("/items/3/implementationCode")).toEqual({ sheet: "事项", row: 5, column: "B" });
  });

  it("a formula's saved result is used and noted with the formula; a finding carries the item code it is given", () => {
    const { record, issues } = read(["事项名称"], [{ formula: "A1&B1", result: "某许可" }], "implementation", { itemCode: "CODE", file: "in.xlsx" });
    expect(record).toEqual({ name: "某许可" });
    expect(issues).toEqual([{ rule: "cell-formula", severity: "info", path: "/items/3/name", itemCode: "CODE", file: "in.xlsx", ...at("A"), message: { "zh-CN": "事项!A5（事项名称）：使用了公式 =A1&B1 保存的计算结果", en: "事项!A5 (事项名称): used the saved result of formula =A1&B1" } }]);
  });

  it("a crosswalked code is collected with the value's pointer", () => {
    const { record, translations } = read(["事项类型"], ["xk"]);
    expect(record).toEqual({ type: "01" });
    expect(translations).toEqual([{ path: "/items/3/type", translation: expect.objectContaining({ from: "xk", to: "01" }) }]);
    // Without a list to collect into, the value is still read.
    expect(read(["事项类型"], ["xk"], "implementation", { translations: undefined }).record).toEqual({ type: "01" });
  });
});

describe("readRecord: a day count and its unit", () => {
  const required = (column: string, header: string, path: string) => ({
    rule: "cell-required", severity: "error", path, ...at(column),
    message: { "zh-CN": `事项!${column}5（${header}）：必填，不能为空`, en: `事项!${column}5 (${header}): required, but empty` },
  });

  it("a count without a unit and no unit column: the unit is required at the count's cell, named after it", () => {
    const { record, issues } = read(["事项名称", "法定办结时限"], ["某许可", "20"]);
    expect(record).toStrictEqual({ name: "某许可", timeLimit: { statutory: { value: 20 } } });
    expect(issues).toEqual([required("B", "法定办结时限单位", "/items/3/timeLimit/statutory/unit")]);
  });

  it("a unit without a count is reported at the count's column, once: not again when the count's cell was reported", () => {
    const empty = read(["法定办结时限", "法定办结时限单位"], ["", "工作日"]);
    expect(empty.record).toEqual({ timeLimit: { statutory: { unit: "working_day" } } });
    expect(empty.issues).toEqual([required("A", "法定办结时限", "/items/3/timeLimit/statutory/value")]);
    const unreadable = read(["法定办结时限", "法定办结时限单位"], ["二十", "工作日"]);
    expect(unreadable.issues.map((i) => [i.rule, i.column])).toEqual([["cell-unreadable", "A"]]);
    // Near miss: neither given is no finding.
    expect(read(["法定办结时限", "法定办结时限单位"], ["", ""]).issues).toEqual([]);
  });

  it("the count's own unit fills the unit, value first; the unit column agreeing is no finding", () => {
    const own = read(["法定办结时限单位", "法定办结时限"], ["", "20个工作日"]);
    expect(own.issues).toEqual([]);
    expect(Object.entries(own.record.timeLimit.statutory)).toEqual([["value", 20], ["unit", "working_day"]]);
    const agreeing = read(["法定办结时限单位", "法定办结时限"], ["工作日", "20个工作日"]);
    expect(agreeing.issues).toEqual([]);
    expect(Object.entries(agreeing.record.timeLimit.statutory)).toEqual([["value", 20], ["unit", "working_day"]]);
  });
});
