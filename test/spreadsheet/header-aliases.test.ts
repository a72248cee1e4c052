/** Headers real sources use, --map, and JSON records read like rows. */
import { describe, expect, it } from "vitest";
import { catalogueFromRows } from "../../src/spreadsheet/catalogue-from-rows.js";
import { unknownTargets } from "../../src/spreadsheet/column-mapping.js";
import { sheetSpecs } from "../../src/spreadsheet/columns.js";
import { HEADER_ALIASES } from "../../src/spreadsheet/header-aliases.js";
import { sheetFromRecords } from "../../src/spreadsheet/json-records.js";

const HEADER = { region: "210000000000", publisher: "辽宁省人民政府" };
const LAW = "《中华人民共和国行政许可法》第十二条";

/** One basic item under the given headers. */
function importOne(record: Record<string, unknown>, options = {}) {
  return catalogueFromRows([sheetFromRecords([record])], { ...HEADER, ...options });
}

describe("header variants", () => {
  it.each([
    ["职权编码", "职权名称", "职权类型", "依据", "实施层级"],
    ["权力编码", "权力名称", "权力类型", "法律依据", "实施层级"],
    ["事项编码", "事项名称", "事项类别", "设定依据", "行使层级"],
  ])("%s, %s, %s, %s, %s map to the elements without configuration", (code, name, type, basis, levels) => {
    const { catalogue, report } = importOne({ [code]: "000101001000", [name]: "某许可", [type]: "行政许可", [basis]: LAW, [levels]: "省级、市级" });
    expect(report.issues).toEqual([]);
    expect(catalogue.items).toEqual([
      { basicCode: "000101001000", name: "某许可", type: "01", levels: ["2", "3"], legalBasis: [{ lawName: "《中华人民共和国行政许可法》", article: "第十二条" }] },
    ]);
  });

  it("levels as 2,3,4 and types as codes read like their labels", () => {
    const { catalogue } = importOne({ 职权编码: "000101001000", 职权名称: "某许可", 事项类型: "01", 依据: LAW, 实施层级: "2,3,4" });
    expect((catalogue.items as any[])[0]).toMatchObject({ type: "01", levels: ["2", "3", "4"] });
  });

  it("实施层级 is the implementation level where that column applies (near miss: no alias for 行使层级 there)", () => {
    const { catalogue } = catalogueFromRows([sheetFromRecords([{ 基本编码: "000101001000", 事项名称: "某许可", 事项类型: "01", 行使层级: "市级", 设定依据: LAW, 实施编码: "x", 实施层级: "县级", 实施机关: "某局" }])], HEADER);
    expect(catalogue.kind).toBe("implementation");
    expect((catalogue.items as any[])[0]).toMatchObject({ levels: ["3"], level: "4", agency: { name: "某局" } });
  });

  it("every variant names a column of the layout", () => {
    const paths = new Set(sheetSpecs.flatMap((s) => s.columns).map((c) => c.path.join("/")));
    expect(Object.keys(HEADER_ALIASES).filter((p) => !paths.has(p))).toEqual([]);
  });
});

describe("--map: the user's headers", () => {
  it("maps a header to an element by its title or its property path; unmapped columns are kept and reported", () => {
    const record = { 编号: "000101001000", 标题: "某许可", 类别: "01", 层级: "2", 条文: LAW, 备注: "无" };
    const { catalogue, report } = importOne(record, { mapping: { 编号: "基本编码", 标题: "name", 类别: "事项类型", 层级: "levels", 条文: "legalBasis" } });
    expect((catalogue.items as any[])[0]).toEqual({
      basicCode: "000101001000", name: "某许可", type: "01", levels: ["2"], legalBasis: [{ lawName: "《中华人民共和国行政许可法》", article: "第十二条" }], extensions: { 备注: "无" },
    });
    expect(report.issues).toEqual([expect.objectContaining({ rule: "column-extension", severity: "info", line: 1, column: "F" })]);
  });

  it("a mapping wins over a header's own meaning (and is reported where its element does not apply)", () => {
    const { catalogue, report } = importOne({ 基本编码: "000101001000", 事项名称: "某许可", 事项类型: "01", 行使层级: "2", 设定依据: LAW, 主管部门: "某厅" }, { mapping: { 主管部门: "agency.name" } });
    expect((catalogue.items as any[])[0].department).toBeUndefined();
    expect(report.issues).toEqual([expect.objectContaining({ rule: "column-not-applicable", severity: "warning", line: 1, column: "F" })]);
  });

  it("unknownTargets lists the targets that name no element", () => {
    const columns = sheetSpecs.flatMap((s) => s.columns);
    expect(unknownTargets({ a: "事项名称", b: "agency.creditCode", c: "agency/name", d: "不存在的要素", e: "foo/bar" }, columns)).toEqual(["不存在的要素", "foo/bar"]);
  });
});

describe("JSON records read like rows", () => {
  it("keys in first-seen order are the headers; lists of values are joined; nested values are kept as JSON", () => {
    const sheet = sheetFromRecords([{ a: 1, b: ["2", "3"] }, { c: { x: 1 }, a: null }]);
    expect(sheet.rows).toEqual([["a", "b", "c"], [1, "2、3", undefined], [undefined, undefined, '{"x":1}']]);
  });

  it("a nested value in an unmapped key survives under extensions as the value itself", () => {
    const { catalogue } = importOne({ 职权编码: "000101001000", 职权名称: "某许可", 职权类型: "01", 依据: LAW, 实施层级: "2", 来源: { 系统: "省平台", 批次: 3 } });
    expect((catalogue.items as any[])[0].extensions).toEqual({ 来源: { 系统: "省平台", 批次: 3 } });
  });

  it("stops at the row limit and says so", () => {
    const sheet = sheetFromRecords([{ a: 1 }, { a: 2 }, { a: 3 }], "事项", { maxRows: 2 });
    expect(sheet.rows).toHaveLength(3);
    expect([sheet.truncatedAt, sheet.rowLimit]).toEqual([4, 2]);
  });
});
