import { describe, expect, it } from "vitest";
import { catalogueFromRows } from "../../src/spreadsheet/catalogue-from-rows.js";
import { columnLetter } from "../../src/spreadsheet/sheet-data.js";
import { whole } from "../helpers/whole-issue.js";
import { columnOf, exampleSheets, setCell, sheetOf } from "./sheets.js";

/** The letter of a header's column in the exported layout. */
const letterOf = (sheet: string, header: string) => columnLetter(columnOf(sheetOf(exampleSheets(), sheet), header));

/** Imports sheets and returns the issues of one rule. */
function issuesOf(sheets: ReturnType<typeof exampleSheets>, rule: string) {
  return catalogueFromRows(sheets).report.issues.filter((i) => i.rule === rule);
}

describe("cells people type are read as v1 values", () => {
  it("reads typed labels and text time limits into codes", () => {
    const sheets = exampleSheets();
    setCell(sheets, "事项", "事项类型", 2, "01");
    setCell(sheets, "事项", "行使层级", 2, "3，4");
    setCell(sheets, "事项", "法定办结时限", 2, "20个工作日");
    setCell(sheets, "事项", "法定办结时限单位", 2, "");
    setCell(sheets, "事项", "到办事现场次数", 2, "0次");
    setCell(sheets, "事项", "网上办理深度", 2, "全程网办（Ⅳ级）");
    setCell(sheets, "事项", "是否收费", 2, "否");
    const { catalogue, report } = catalogueFromRows(sheets);
    expect(report.issues).toEqual([]);
    const item = (catalogue.items as any[])[0];
    expect([item.type, item.levels, item.timeLimit.statutory, item.visits, item.onlineDepth, item.fees.charged]).toEqual(["01", ["3", "4"], { value: 20, unit: "working_day" }, 0, 4, false]);
  });
});

describe("every cell it cannot read is an issue at sheet, row and column", () => {
  /** Each case's issue, whole: the message in both locales pins its parameters (cell, header, value, what was expected). */
  const cases: { name: string; header: string; sheet?: string; row?: number; value: unknown; rule: string; severity: string; path: string; itemCode?: string; column: string; message: { "zh-CN": string; en: string }; nearMiss: unknown }[] = [
    { name: "unknown label", header: "事项类型", value: "行政审批", rule: "cell-unreadable", severity: "error", path: "/items/0/type", column: "C", message: { "zh-CN": "事项!C2（事项类型）：无法识别“行政审批”，应为下列之一：行政许可、行政处罚、行政强制、行政征收、行政给付、行政检查、行政确认、行政奖励、行政裁决、其他行政权力、扩展行政权力事项 11、扩展行政权力事项 12、扩展行政权力事项 13、扩展行政权力事项 14、扩展行政权力事项 15、扩展行政权力事项 16、扩展行政权力事项 17、扩展行政权力事项 18、扩展行政权力事项 19、公共服务、扩展公共服务事项 21、扩展公共服务事项 22、扩展公共服务事项 23、扩展公共服务事项 24、扩展公共服务事项 25、扩展公共服务事项 26、扩展公共服务事项 27、扩展公共服务事项 28、扩展公共服务事项 29、其他（地方扩展）", en: "事项!C2 (事项类型): cannot read \"行政审批\"; expected one of: 行政许可、行政处罚、行政强制、行政征收、行政给付、行政检查、行政确认、行政奖励、行政裁决、其他行政权力、扩展行政权力事项 11、扩展行政权力事项 12、扩展行政权力事项 13、扩展行政权力事项 14、扩展行政权力事项 15、扩展行政权力事项 16、扩展行政权力事项 17、扩展行政权力事项 18、扩展行政权力事项 19、公共服务、扩展公共服务事项 21、扩展公共服务事项 22、扩展公共服务事项 23、扩展公共服务事项 24、扩展公共服务事项 25、扩展公共服务事项 26、扩展公共服务事项 27、扩展公共服务事项 28、扩展公共服务事项 29、其他（地方扩展）" }, nearMiss: "行政许可" },
    { name: "visits in words", header: "到办事现场次数", value: "两次", rule: "cell-unreadable", severity: "error", path: "/items/0/visits", column: "", message: { "zh-CN": "事项!O2（到办事现场次数）：无法识别“两次”，应为非负整数（如 0 或 0次）", en: "事项!O2 (到办事现场次数): cannot read \"两次\"; expected a whole number (e.g. 0 or 0次)" }, nearMiss: "0次" },
    { name: "empty required cell", header: "事项名称", value: "", rule: "cell-required", severity: "error", path: "/items/0/name", column: "B", message: { "zh-CN": "事项!B2（事项名称）：必填，不能为空", en: "事项!B2 (事项名称): required, but empty" }, nearMiss: "饮用水供水单位卫生许可" },
    { name: "date where text belongs", header: "实施主体", value: new Date(Date.UTC(2024, 0, 2)), rule: "cell-date", severity: "error", path: "/items/0/agency/name", column: "", message: { "zh-CN": "事项!Y2（实施主体）：单元格是日期（2024-01-02），此处应为文字或数字；请将该列设为文本格式后重新填写", en: "事项!Y2 (实施主体): the cell is a date (2024-01-02) where text or a number belongs; format the column as text and type the value again" }, nearMiss: "苏州市姑苏区卫生健康委员会" },
    { name: "formula without result", header: "承诺办结时限", value: { formula: "L2*2" }, rule: "cell-formula-no-result", severity: "error", path: "/items/0/timeLimit/promised/value", column: "", message: { "zh-CN": "事项!K2（承诺办结时限）：公式 =L2*2 没有保存计算结果（不会计算公式）；请在 Excel 中重新计算并保存，或改填数值", en: "事项!K2 (承诺办结时限): formula =L2*2 has no saved result (formulas are never evaluated); recalculate and save in Excel, or type the value" }, nearMiss: { formula: "L2*2", result: 5 } },
    { name: "error value", header: "办件类型", value: { error: "#N/A" }, rule: "cell-error-value", severity: "error", path: "/items/0/handlingType", column: "", message: { "zh-CN": "事项!H2（办件类型）：单元格是错误值 #N/A", en: "事项!H2 (办件类型): the cell holds the error value #N/A" }, nearMiss: "承诺件" },
    { name: "ambiguous unit", header: "承诺办结时限", value: "5天", rule: "cell-unreadable", severity: "error", path: "/items/0/timeLimit/promised/value", column: "", message: { "zh-CN": "事项!K2（承诺办结时限）：无法识别“5天”，应为天数（如 20 或 20个工作日）", en: "事项!K2 (承诺办结时限): cannot read \"5天\"; expected a number of days (e.g. 20 or 20个工作日)" }, nearMiss: "5个工作日" },
    { name: "18-digit code stored as a number", header: "实施主体统一社会信用代码", value: 113205081234567890, rule: "cell-number-as-code", severity: "error", path: "/items/0/agency/creditCode", column: "", message: { "zh-CN": "事项!Z2（实施主体统一社会信用代码）：编码被存成了数字 113205081234567890，精度已丢失；请将该列设为文本格式后重新填写", en: "事项!Z2 (实施主体统一社会信用代码): the code was stored as the number 113205081234567890 and lost precision; format the column as text and type it again" }, nearMiss: "11320508MB1H3K5E5P" },
    { name: "material necessity", sheet: "申请材料", header: "材料必要性", value: "看情况", rule: "cell-unreadable", severity: "error", path: "/items/0/materials/0/necessity", column: "", itemCode: "11320508MB1H3K5E5P4000123018000", message: { "zh-CN": "申请材料!F2（材料必要性）：无法识别“看情况”，应为下列之一：必要、非必要、容缺后补", en: "申请材料!F2 (材料必要性): cannot read \"看情况\"; expected one of: 必要、非必要、容缺后补" }, nearMiss: "必要" },
    { name: "fee amount", sheet: "收费项目", header: "收费金额", value: "十元", rule: "cell-unreadable", severity: "error", path: "/items/1/fees/items/0/amount", column: "", itemCode: "11320508MB1T8U4H994000109042000", message: { "zh-CN": "收费项目!G2（收费金额）：无法识别“十元”，应为数字（元）", en: "收费项目!G2 (收费金额): cannot read \"十元\"; expected a number (yuan)" }, nearMiss: "10元" },
    { name: "JSON cell", header: "扩展字段", value: "{not json", rule: "cell-unreadable", severity: "error", path: "/items/0/extensions", column: "", message: { "zh-CN": "事项!AF2（扩展字段）：无法识别“{not json”，应为JSON 对象，如 {\"键\":\"值\"}", en: "事项!AF2 (扩展字段): cannot read \"{not json\"; expected a JSON object, e.g. {\"key\":\"value\"}" }, nearMiss: "{\"a\":1}" },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const sheet = c.sheet ?? "事项";
      const sheets = exampleSheets();
      setCell(sheets, sheet, c.header, c.row ?? 2, c.value);
      const found = issuesOf(sheets, c.rule);
      const inEnglish = catalogueFromRows(sheets, { locale: "en" }).report.issues.filter((i) => i.rule === c.rule);
      expect(whole(found, inEnglish)).toEqual([
        { rule: c.rule, severity: c.severity, path: c.path, ...(c.itemCode ? { itemCode: c.itemCode } : {}), line: c.row ?? 2, sheet, column: c.column || letterOf(sheet, c.header), message: c.message },
      ]);
      const fixed = exampleSheets();
      setCell(fixed, sheet, c.header, c.row ?? 2, c.nearMiss);
      expect(catalogueFromRows(fixed).report.issues.filter((i) => i.severity === "error")).toEqual([]);
    });
  }

  it("a code Excel stored as a number gets its zeros back, with a warning", () => {
    const sheets = exampleSheets();
    setCell(sheets, "事项", "基本编码", 2, 123018000);
    const { catalogue, report } = catalogueFromRows(sheets);
    expect((catalogue.items as any[])[0].basicCode).toBe("000123018000");
    expect(report.issues).toEqual([expect.objectContaining({ rule: "cell-code-stored-as-number", severity: "warning", path: "/items/0/basicCode", sheet: "事项", line: 2, column: "A" })]);
  });

  it("a formula's cached result is used and noted", () => {
    const sheets = exampleSheets();
    setCell(sheets, "事项", "承诺办结时限", 2, { formula: "2+3", result: 5 });
    const { catalogue, report } = catalogueFromRows(sheets);
    expect((catalogue.items as any[])[0].timeLimit.promised.value).toBe(5);
    expect(report.issues).toEqual([expect.objectContaining({ rule: "cell-formula", severity: "info", path: "/items/0/timeLimit/promised/value", column: "K" })]);
  });

  it("an unknown column is kept under extensions and reported once; data under no header is a warning", () => {
    const sheets = exampleSheets();
    const items = sheetOf(sheets, "事项");
    items.rows[0]!.push("备注");
    items.rows[1]![items.rows[0]!.length - 1] = "x";
    items.rows[2]![items.rows[0]!.length + 1] = "under no header";
    const { catalogue, report } = catalogueFromRows(sheets);
    // The kept column is reported after the rows, since the report counts the items it filled.
    expect(report.issues).toEqual([
      expect.objectContaining({ rule: "column-unknown", severity: "warning", sheet: "事项", line: 3, column: "AI" }),
      {
        rule: "column-extension", severity: "info", path: "", sheet: "事项", line: 1, column: "AG",
        message: "事项!AG1：列“备注”不对应标准中的要素，其值（1 个事项）已保存在扩展字段（extensions）中；可用 --map 指定其对应的要素",
      },
    ]);
    expect((catalogue.items as any[])[0].extensions).toEqual({ 备注: "x" });
    expect((catalogue.items as any[])[1].extensions).toBeUndefined();
  });

  it("a kept column merges with the 扩展字段 column, whose value wins, and nested JSON text is parsed back", () => {
    const sheets = exampleSheets();
    const items = sheetOf(sheets, "事项");
    items.rows[0]!.push("窗口号", "标签");
    const width = items.rows[0]!.length;
    items.rows[1]![columnOf(items, "扩展字段")] = JSON.stringify({ 窗口号: "A1" });
    items.rows[1]![width - 2] = "B2";
    items.rows[1]![width - 1] = '["便民","高频"]';
    const { catalogue } = catalogueFromRows(sheets);
    expect((catalogue.items as any[])[0].extensions).toEqual({ 窗口号: "A1", 标签: ["便民", "高频"] });
  });

  it("a missing required column is one error, not one per row", () => {
    const sheets = exampleSheets();
    const items = sheetOf(sheets, "事项");
    items.rows[0]![items.rows[0]!.indexOf("办件类型")] = "";
    const errors = catalogueFromRows(sheets).report.issues.filter((i) => i.severity === "error");
    expect(errors).toEqual([expect.objectContaining({ rule: "column-missing", path: "", sheet: "事项", line: 1 })]);
  });

  it("a detail row whose codes match no item is an error; with a real code it attaches", () => {
    const sheets = exampleSheets();
    setCell(sheets, "申请材料", "实施编码", 2, "11320508MB1C8D4AXN4000000000000");
    const en = catalogueFromRows(sheets, { locale: "en" }).report.issues.filter((i) => i.rule === "row-unmatched");
    expect(whole(issuesOf(sheets, "row-unmatched"), en)).toEqual([{
      rule: "row-unmatched", severity: "error", path: "/items", line: 2, sheet: "申请材料",
      message: { "zh-CN": "申请材料!2:2：找不到编码为 000123018000 / 11320508MB1C8D4AXN4000000000000 的事项，该行未导入", en: "申请材料!2:2: no item has the codes 000123018000 / 11320508MB1C8D4AXN4000000000000; the row was not imported" },
    }]);
    // No code at all: the row names no item.
    const none = exampleSheets();
    setCell(none, "申请材料", "实施编码", 2, "");
    setCell(none, "申请材料", "基本编码", 2, "");
    expect(issuesOf(none, "row-unmatched").map((i) => [i.line, i.message])).toEqual([[2, "申请材料!2:2：该行没有填写所属事项的编码（基本编码、实施编码或业务办理项编码），未导入"]]);
  });

  it("a row keyed only by a basic code that several items share is ambiguous", () => {
    const sheets = exampleSheets();
    const items = sheetOf(sheets, "事项");
    const copy = [...items.rows[1]!];
    copy[items.rows[0]!.indexOf("实施编码")] = "11320508MB1C8D4AXN4000123018009";
    items.rows.push(copy);
    setCell(sheets, "申请材料", "实施编码", 2, "");
    const en = catalogueFromRows(sheets, { locale: "en" }).report.issues.filter((i) => i.rule === "row-ambiguous");
    expect(whole(issuesOf(sheets, "row-ambiguous"), en)).toEqual([{
      rule: "row-ambiguous", severity: "error", path: "/items", line: 2, sheet: "申请材料",
      message: { "zh-CN": "申请材料!2:2：编码 000123018000 对应 2 个事项，请补填实施编码或业务办理项编码；该行未导入", en: "申请材料!2:2: the codes 000123018000 match 2 items; add the 实施编码 or 业务办理项编码. The row was not imported" },
    }]);
  });

  it("a 设定依据 cell is parsed when the sheet has no rows for the item", () => {
    const sheets = exampleSheets("examples/1-province-basic.json");
    const legal = sheetOf(sheets, "设定依据");
    legal.rows = legal.rows.filter((r, i) => i === 0 || r![0] !== "000123018000");
    const items = sheetOf(sheets, "事项");
    items.rows[0]!.push("设定依据");
    items.rows[1]!.push("【法律】《中华人民共和国传染病防治法》（主席令第十七号）第二十九条：饮用水供水单位应当依法取得卫生许可证。\n《生活饮用水卫生监督管理办法》第七条");
    const { catalogue, report } = catalogueFromRows(sheets);
    expect(report.issues).toEqual([]);
    expect((catalogue.items as any[])[0].legalBasis).toEqual([
      { lawName: "《中华人民共和国传染病防治法》", docNumber: "主席令第十七号", article: "第二十九条", text: "饮用水供水单位应当依法取得卫生许可证。" },
      { lawName: "《生活饮用水卫生监督管理办法》", article: "第七条" },
    ]);
  });

  it("validation findings of the imported catalogue are placed at their cells", () => {
    const sheets = exampleSheets();
    setCell(sheets, "事项", "承诺办结时限", 2, 99);
    const found = issuesOf(sheets, "promised-exceeds-statutory");
    expect(found).toEqual([expect.objectContaining({ severity: "error", path: "/items/0/timeLimit/promised", sheet: "事项", line: 2 })]);
  });
});

describe("catalogue header", () => {
  it("options override the 目录信息 sheet and the level follows the region code", () => {
    const sheets = exampleSheets().filter((s) => s.name !== "目录信息");
    const { catalogue, report } = catalogueFromRows(sheets, { region: "320508000000", publisher: "苏州市姑苏区行政审批局" });
    expect(catalogue.region).toEqual({ code: "320508000000", level: "4" });
    expect(catalogue.kind).toBe("implementation");
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
  });
  it("a missing region code is one error naming the flag", () => {
    const sheets = exampleSheets().filter((s) => s.name !== "目录信息");
    const errors = catalogueFromRows(sheets, { publisher: "x" }).report.issues.filter((i) => i.severity === "error");
    expect(errors).toEqual([expect.objectContaining({ rule: "header-missing", path: "/region/code" })]);
  });
});
