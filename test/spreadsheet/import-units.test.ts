/** A day count and its unit, given in one cell or two: paired, and every disagreement or gap reported whole at its cell. */
import { describe, expect, it } from "vitest";
import { catalogueFromRows } from "../../src/spreadsheet/catalogue-from-rows.js";
import { whole } from "../helpers/whole-issue.js";
import { exampleSheets, setCell } from "./sheets.js";

/** Imports the example with some 事项 cells of row 2 set: the first item's timeLimit and the whole issues. */
function importWith(cells: Record<string, unknown>) {
  const sheets = exampleSheets();
  for (const [header, value] of Object.entries(cells)) setCell(sheets, "事项", header, 2, value);
  const zh = catalogueFromRows(sheets);
  const en = catalogueFromRows(sheets, { locale: "en" });
  return { timeLimit: (zh.catalogue.items as any[])[0].timeLimit, issues: whole(zh.report.issues, en.report.issues) };
}

describe("a day count and its unit", () => {
  it("a unit written in the count's cell fills an empty unit column, value before unit", () => {
    const { timeLimit, issues } = importWith({ 承诺办结时限: "5个自然日", 承诺办结时限单位: "" });
    expect(issues).toEqual([]);
    expect(Object.entries(timeLimit.promised)).toEqual([["value", 5], ["unit", "natural_day"]]);
  });

  it("the same unit in both cells is no conflict (near miss)", () => {
    const { timeLimit, issues } = importWith({ 承诺办结时限: "5个工作日", 承诺办结时限单位: "工作日" });
    expect(issues).toEqual([]);
    expect(timeLimit.promised).toEqual({ value: 5, unit: "working_day" });
  });

  it("units that disagree are cell-unit-conflict at the unit column", () => {
    const { issues } = importWith({ 法定办结时限: "20个工作日", 法定办结时限单位: "自然日" });
    expect(issues).toEqual([{
      rule: "cell-unit-conflict", severity: "error", path: "/items/0/timeLimit/statutory/unit", line: 2, sheet: "事项", column: "J",
      message: { "zh-CN": "事项!J2（法定办结时限单位）：时限单位与时限单元格中写的单位不一致", en: "事项!J2 (法定办结时限单位): the unit differs from the unit written in the time-limit cell" },
    }]);
  });

  it("a count without any unit is cell-required at the unit column", () => {
    const { timeLimit, issues } = importWith({ 承诺办结时限: "5", 承诺办结时限单位: "" });
    expect(timeLimit.promised).toEqual({ value: 5 });
    expect(issues).toEqual([{
      rule: "cell-required", severity: "error", path: "/items/0/timeLimit/promised/unit", line: 2, sheet: "事项", column: "L",
      message: { "zh-CN": "事项!L2（承诺办结时限单位）：必填，不能为空", en: "事项!L2 (承诺办结时限单位): required, but empty" },
    }]);
  });

  it("a unit without a count is reported at the count's cell, not dropped", () => {
    const { timeLimit, issues } = importWith({ 法定办结时限: "", 法定办结时限单位: "工作日" });
    expect(timeLimit.statutory).toEqual({ unit: "working_day" });
    expect(issues).toEqual([{
      rule: "cell-required", severity: "error", path: "/items/0/timeLimit/statutory/value", line: 2, sheet: "事项", column: "I",
      message: { "zh-CN": "事项!I2（法定办结时限）：必填，不能为空", en: "事项!I2 (法定办结时限): required, but empty" },
    }]);
  });
});
