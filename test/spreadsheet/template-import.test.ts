/**
 * TemplateImport, the steps an import shares (in memory and streamed): the layout and kind it reads, the catalogue header
 * (目录信息 overridden by the options), each item's row, the 设定依据 cell, the detail sheets of another kind, the row limits,
 * and the phases' findings in report order. Whole findings in both locales; small hand-made sheets keep each case one cause.
 */
import { describe, expect, it } from "vitest";
import { latestMajor, majors } from "../../src/schema/majors.js";
import type { SheetData } from "../../src/spreadsheet/sheet-data.js";
import { TemplateImport } from "../../src/spreadsheet/template-import.js";
import type { SpreadsheetImportOptions } from "../../src/spreadsheet/catalogue-from-rows.js";
import { whole } from "../helpers/whole-issue.js";

const BASIC = "000123018000";
const IMPL = "11320508MB1C8D4AXN4000123018000";
const oldest = majors[0]!;

const info = (rows: unknown[][]): SheetData => ({ name: "目录信息", rows: rows as SheetData["rows"] });
const itemsSheet = (rows: unknown[][], more: Partial<SheetData> = {}): SheetData => ({ name: "事项", rows: rows as SheetData["rows"], ...more });
const BASIC_HEADER = ["基本编码", "事项名称", "事项类型", "行使层级", "设定依据"];
const BASIC_ROW = [BASIC, "某许可", "01", "2", "《某法》第一条"];

/** Builds the import in both locales (sheets copied for each): the zh-CN import and a function zipping a run's findings. */
function both(sheets: SheetData[], options: SpreadsheetImportOptions = {}) {
  const zh = new TemplateImport(structuredClone(sheets), options);
  const en = new TemplateImport(structuredClone(sheets), { ...options, locale: "en" });
  return { zh, en, issues: () => whole(zh.allIssues().flatMap((p) => p.issues), en.allIssues().flatMap((p) => p.issues)) };
}

describe("TemplateImport: the header", () => {
  it("目录信息 gives the header; the level follows a twelve-digit region code; schemaVersion and kind lead", () => {
    const { zh, issues } = both([info([["区划代码", "320508000000"], ["发布机构", "某局"], ["目录名称", "某目录"]]), itemsSheet([BASIC_HEADER, BASIC_ROW])]);
    expect(issues()).toEqual([]);
    expect(zh.header).toEqual({ region: { code: "320508000000", level: "4" }, publisher: { name: "某局" }, title: "某目录", schemaVersion: latestMajor.schemaVersion, kind: "basic" });
    expect(Object.keys(zh.catalogue([]))).toEqual(["schemaVersion", "kind", ...Object.keys(zh.catalogue([])).slice(2)]);
    expect(zh.catalogue([]).items).toEqual([]);
  });

  it("the options override 目录信息 (region, level, publisher and its credit code); a code of another length gets no level", () => {
    const sheets = [info([["区划代码", "320508000000"], ["层级", "4"], ["发布机构", "某局"], ["发布机构统一社会信用代码", "11320508MB1C8D4AXN"]]), itemsSheet([BASIC_HEADER, BASIC_ROW])];
    const { zh } = both(sheets, { region: "110000000000", level: "1", publisher: "北京某局", publisherCreditCode: "11110000000000000X" });
    expect([zh.header.region, zh.header.publisher]).toEqual([{ code: "110000000000", level: "1" }, { name: "北京某局", creditCode: "11110000000000000X" }]);
    // Strict: what is not given is absent, not present as undefined.
    expect(both([itemsSheet([BASIC_HEADER, BASIC_ROW])], { region: "3205", publisher: "x" }).zh.header.region).toStrictEqual({ code: "3205" });
    expect(both([itemsSheet([BASIC_HEADER, BASIC_ROW])], { region: "1320508000000", publisher: "x" }).zh.header.region).toStrictEqual({ code: "1320508000000" });
    expect(both([itemsSheet([BASIC_HEADER, BASIC_ROW])], { region: "x320508000000", publisher: "x" }).zh.header.region).toStrictEqual({ code: "x320508000000" });
    expect(both([itemsSheet([BASIC_HEADER, BASIC_ROW])], { publisher: "x" }).zh.header).toStrictEqual({ schemaVersion: latestMajor.schemaVersion, kind: "basic", region: {}, publisher: { name: "x" } });
    expect(both([itemsSheet([BASIC_HEADER, BASIC_ROW])], { region: "3205" }).zh.header.publisher).toStrictEqual({});
    expect(both([itemsSheet([BASIC_HEADER, BASIC_ROW])], { region: "110000000000", publisher: "x" }).zh.header.region).toEqual({ code: "110000000000", level: "2" });
    // A level from the sheet is kept over the derived one.
    expect(both([info([["区划代码", "320508000000"], ["层级", "3"], ["发布机构", "某局"]]), itemsSheet([BASIC_HEADER, BASIC_ROW])]).zh.header.region).toEqual({ code: "320508000000", level: "3" });
  });

  it("no region code and no publisher: header-missing for each, naming the info sheet (or 目录信息 when there is none) and the flag", () => {
    const missing = (sheet: string) => [
      { rule: "header-missing", severity: "error", path: "/region/code", sheet, message: { "zh-CN": `缺少目录信息“区划代码”：请在工作表“${sheet}”中填写，或使用 --region`, en: `the catalogue header lacks "区划代码": fill it in sheet "${sheet}" or pass --region` } },
      { rule: "header-missing", severity: "error", path: "/publisher/name", sheet, message: { "zh-CN": `缺少目录信息“发布机构”：请在工作表“${sheet}”中填写，或使用 --publisher`, en: `the catalogue header lacks "发布机构": fill it in sheet "${sheet}" or pass --publisher` } },
    ];
    const none = both([itemsSheet([BASIC_HEADER, BASIC_ROW])]);
    expect(none.issues()).toEqual(missing("目录信息"));
    expect(none.zh.header).toEqual({ schemaVersion: latestMajor.schemaVersion, kind: "basic", region: {}, publisher: {} });
    expect(both([{ name: "清单信息", rows: [["目录名称", "x"]] }, itemsSheet([BASIC_HEADER, BASIC_ROW])]).issues()).toEqual(missing("清单信息"));
  });

  it("the layout: the option's major; else 标准版本's; else the newest. A named major replaces another major's 标准版本, not its own", () => {
    const sheets = (version: string) => [info([["标准版本", version], ["区划代码", "320508000000"], ["发布机构", "某局"]]), itemsSheet([BASIC_HEADER, BASIC_ROW])];
    expect(both(sheets(oldest.schemaVersion)).zh.layout.major).toBe(oldest);
    expect(both(sheets(oldest.schemaVersion)).zh.header.schemaVersion).toBe(oldest.schemaVersion);
    expect(both(sheets("9.9.9")).zh.layout.major).toBe(latestMajor);
    // No major named: the sheet's 标准版本 is kept as typed, even one no major has.
    expect(both(sheets("9.9.9")).zh.header.schemaVersion).toBe("9.9.9");
    expect(both(sheets(oldest.schemaVersion), { schema: latestMajor.id }).zh.header.schemaVersion).toBe(latestMajor.schemaVersion);
    expect(both(sheets(oldest.schemaVersion), { schema: latestMajor.id }).zh.layout.major).toBe(latestMajor);
    // The major's own version, even malformed, is kept as typed for validation to report.
    const typed = `${oldest.schemaVersion.split(".")[0]}.0.9`;
    expect(both(sheets(typed), { schema: oldest.id }).zh.header.schemaVersion).toBe(typed);
    expect(both([itemsSheet([BASIC_HEADER, BASIC_ROW])], { schema: oldest.id }).zh.header.schemaVersion).toBe(oldest.schemaVersion);
  });

  it("an unknown schema is a TypeError naming catalogueFromRows, the function the caller called", () => {
    let thrown: unknown;
    try {
      new TemplateImport([itemsSheet([BASIC_HEADER])], { schema: "v9" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect(thrown).toMatchObject({ messageId: "error.argument.schema-option", messageParams: { caller: "catalogueFromRows", known: majors.map((m) => m.id).join(", "), value: '"v9"' } });
    expect((thrown as Error).message).toBe(`catalogueFromRows：schema 须为 ${majors.map((m) => m.id).join(", ")} 之一（实际为 "v9"）`);
  });

  it("the kind: the option's, else 目录类型's, else the items sheet's headers", () => {
    const rows = [[...BASIC_HEADER, "实施编码"], [...BASIC_ROW, IMPL]];
    expect(both([itemsSheet(rows)], { region: "x", publisher: "x" }).zh.kind).toBe("implementation");
    expect(both([info([["目录类型", "标准化实施清单"]]), itemsSheet(rows)]).zh.kind).toBe("standard");
    expect(both([info([["目录类型", "标准化实施清单"]]), itemsSheet(rows)], { kind: "basic" }).zh.kind).toBe("basic");
  });
});

describe("TemplateImport: the items table and rows", () => {
  it("lists the required item columns the sheet lacks, as paths; none when the header is not found", () => {
    const { zh } = both([itemsSheet([["基本编码", "事项名称"], [BASIC, "x"]])], { region: "x", publisher: "x" });
    expect(zh.missing).toEqual(["type", "levels"]);
    const standard = both([itemsSheet([["基本编码", "事项名称", "事项类型", "行使层级", "服务对象"], [BASIC, "x", "01", "2", "1"]])], { region: "x", publisher: "x", kind: "standard" }).zh;
    expect(standard.missing).toContain("timeLimit/promised/value");
    expect(both([itemsSheet([["说明"], ["x"]])], { region: "x", publisher: "x" }).zh.missing).toEqual([]);
    expect(both([itemsSheet([["说明"], ["x"]])], { region: "x", publisher: "x" }).zh.table).toBeUndefined();
  });

  it("readItem: the 设定依据 cell's text is returned apart with its place; a basic item gets no lists", () => {
    const { zh } = both([itemsSheet([["说明"], BASIC_HEADER, BASIC_ROW])], { region: "x", publisher: "x" });
    const entry = zh.table!.take(2, zh.itemsSheet!.rows[2])!;
    expect(zh.readItem(entry, 4)).toEqual({
      item: { basicCode: BASIC, name: "某许可", type: "01", levels: ["2"] },
      legalCell: { text: "《某法》第一条", sheet: "事项", row: 3, column: "E" },
    });
    const noCell = zh.readItem({ row: 3, cells: BASIC_ROW.slice(0, 4) }, 0);
    expect(noCell).toEqual({ item: { basicCode: BASIC, name: "某许可", type: "01", levels: ["2"] } });
    expect(zh.sources.find("/items/4/name")).toEqual({ sheet: "事项", row: 3, column: "B" });
  });

  it("readItem: an item of another kind starts with empty materials and, when it has fees, an empty fee list", () => {
    const header = ["基本编码", "实施编码", "事项名称", "是否收费"];
    const { zh } = both([itemsSheet([header, [BASIC, IMPL, "x", "是"], [BASIC, `${IMPL.slice(0, -1)}1`, "y", ""]])], { region: "x", publisher: "x", kind: "implementation" });
    expect(zh.readItem(zh.table!.take(1, zh.itemsSheet!.rows[1])!, 0).item).toEqual({ basicCode: BASIC, implementationCode: IMPL, name: "x", fees: { charged: true, items: [] }, materials: [] });
    expect(zh.readItem(zh.table!.take(2, zh.itemsSheet!.rows[2])!, 1).item).toEqual({ basicCode: BASIC, implementationCode: `${IMPL.slice(0, -1)}1`, name: "y", materials: [] });
  });

  it("readItem places findings in the item-rows phase, with the items sheet's file", () => {
    const { zh, en, issues } = both([itemsSheet([BASIC_HEADER, [BASIC, "", "01", "2"]], { file: "事项.csv" })], { region: "x", publisher: "x" });
    for (const run of [zh, en]) run.readItem(run.table!.take(1, run.itemsSheet!.rows[1])!, 0);
    expect(issues()).toEqual([{
      rule: "cell-required", severity: "error", path: "/items/0/name", file: "事项.csv", line: 2, sheet: "事项", column: "B",
      message: { "zh-CN": "事项!B2（事项名称）：必填，不能为空", en: "事项!B2 (事项名称): required, but empty" },
    }]);
    expect(zh.issues("itemRows").issues).toHaveLength(1);
  });

  it("the items sheet is read with the items' own mapping over the global one", () => {
    const { zh } = both([itemsSheet([["基本编码", "名称", "类型", "行使层级"], [BASIC, "某许可", "01", "2"]])], { region: "x", publisher: "x", mapping: { 名称: "主项名称", 类型: "事项类型" }, sheetMappings: { items: { 名称: "事项名称" } } });
    expect(zh.readItem(zh.table!.take(1, zh.itemsSheet!.rows[1])!, 0).item).toEqual({ basicCode: BASIC, name: "某许可", type: "01", levels: ["2"] });
  });

  it("the crosswalks named are the ones a code is read with", () => {
    const header = ["基本编码", "实施编码", "承诺办结时限", "承诺办结时限单位"];
    const { zh } = both([itemsSheet([header, [BASIC, IMPL, "5", "1"]])], { region: "x", publisher: "x", kind: "implementation", crosswalks: ["guangxi-time-unit"] });
    expect(zh.readItem(zh.table!.take(1, zh.itemsSheet!.rows[1])!, 0).item.timeLimit).toEqual({ promised: { value: 5, unit: "working_day" } });
    expect(zh.issues("itemRows").issues).toEqual([]);
    expect(zh.codes.translations.map((t) => t.path)).toEqual(["/items/0/timeLimit/promised/unit"]);
  });

  it("the mapping of a role is the global mapping overridden by the role's own", () => {
    const { zh } = both([itemsSheet([BASIC_HEADER, BASIC_ROW])], { region: "x", publisher: "x", mapping: { 甲: "事项名称", 乙: "事项类型" }, sheetMappings: { materials: { 乙: "材料名称" } } });
    expect(zh.mappingOf("materials")).toEqual({ 甲: "事项名称", 乙: "材料名称" });
    expect(zh.mappingOf("items")).toEqual({ 甲: "事项名称", 乙: "事项类型" });
  });
});

describe("TemplateImport: the steps after the rows", () => {
  it("a detail sheet of no use to the kind is sheet-not-applicable with its file; the 设定依据 sheet's items are returned", () => {
    const materials: SheetData = { name: "申请材料", file: "申请材料.csv", rows: [["基本编码", "材料名称", "材料必要性", "材料形式"], [BASIC, "身份证", "必要", "纸质"]] };
    const legal: SheetData = { name: "设定依据", rows: [["基本编码", "法律法规名称"], [BASIC, "《某法》"]] };
    const { zh, en, issues } = both([itemsSheet([BASIC_HEADER, BASIC_ROW]), materials, legal], { region: "x", publisher: "x" });
    const items = [{ basicCode: BASIC }, { basicCode: "000123018001" }];
    expect([...zh.attachDetails(items)]).toEqual([0]);
    en.attachDetails(structuredClone([{ basicCode: BASIC }, { basicCode: "000123018001" }]));
    expect(items).toEqual([{ basicCode: BASIC, legalBasis: [{ lawName: "《某法》" }] }, { basicCode: "000123018001" }]);
    expect(issues()).toEqual([{
      rule: "sheet-not-applicable", severity: "warning", path: "", file: "申请材料.csv", sheet: "申请材料",
      message: { "zh-CN": "工作表“申请材料”不属于basic类型的目录，已忽略", en: "sheet \"申请材料\" does not belong to a basic catalogue; ignored" },
    }]);
  });

  it("only the 设定依据 sheet's rows count as the items' citations: rows of another detail sheet return none", () => {
    const materials: SheetData = { name: "申请材料", rows: [["实施编码", "材料名称", "材料必要性", "材料形式"], [IMPL, "身份证", "必要", "纸质"]] };
    const { zh } = both([itemsSheet([["基本编码", "实施编码"], [BASIC, IMPL]]), materials], { region: "x", publisher: "x", kind: "implementation" });
    const items = [{ basicCode: BASIC, implementationCode: IMPL, materials: [] }];
    expect([...zh.attachDetails(items)]).toEqual([]);
    expect(items[0]!.materials).toHaveLength(1);
  });

  it("a 设定依据 cell is parsed into its item, or reported as ignored when the sheet gave the item's citations", () => {
    const { zh, en, issues } = both([itemsSheet([BASIC_HEADER, BASIC_ROW])], { region: "x", publisher: "x" });
    const cell = { text: "《某法》第一条", sheet: "事项", row: 7, column: "E" };
    const parsed: Record<string, unknown> = {};
    zh.placeLegalCell(parsed, 5, cell, false);
    expect(parsed).toEqual({ legalBasis: [{ lawName: "《某法》", article: "第一条" }] });
    const kept = { legalBasis: [{ lawName: "《乙法》" }] };
    zh.placeLegalCell(kept, 5, cell, true);
    en.placeLegalCell({}, 5, cell, true);
    expect(kept).toEqual({ legalBasis: [{ lawName: "《乙法》" }] });
    expect(issues()).toEqual([{
      rule: "legal-basis-cell-ignored", severity: "warning", path: "/items/5/legalBasis", line: 7, sheet: "事项", column: "E",
      message: { "zh-CN": "事项!E7（设定依据）：设定依据工作表中已有该事项的行，本单元格未使用", en: "事项!E7 (设定依据): the 设定依据 sheet has rows for this item, so this cell was not used" },
    }]);
  });

  it("requireLegalBasis: with a 设定依据 column, an item that got none is cell-required at its row; otherwise nothing", () => {
    const { zh, en, issues } = both([itemsSheet([["说明"], BASIC_HEADER, BASIC_ROW], { file: "事项.csv" })], { region: "x", publisher: "x" });
    for (const run of [zh, en]) {
      run.requireLegalBasis({}, 2, 9);
      run.requireLegalBasis({ legalBasis: [] }, 3, 10);
    }
    expect(issues()).toEqual([{
      rule: "cell-required", severity: "error", path: "/items/2/legalBasis", file: "事项.csv", line: 9, sheet: "事项", column: "E",
      message: { "zh-CN": "事项!E9（设定依据）：必填，不能为空", en: "事项!E9 (设定依据): required, but empty" },
    }]);
    const noColumn = both([itemsSheet([BASIC_HEADER.slice(0, 4), BASIC_ROW.slice(0, 4)])], { region: "x", publisher: "x" });
    noColumn.zh.requireLegalBasis({}, 0, 2);
    noColumn.en.requireLegalBasis({}, 0, 2);
    expect(noColumn.issues()).toEqual([]);
  });

  it("reportRowLimits: each sheet its reader cut is sheet-row-limit at the first row not read, with the limit", () => {
    const legal: SheetData = { name: "设定依据", file: "设定依据.csv", rows: [["基本编码", "法律法规名称"]], truncatedAt: 12, rowLimit: 10 };
    const { zh, en, issues } = both([itemsSheet([BASIC_HEADER, BASIC_ROW], { truncatedAt: 3 }), legal], { region: "x", publisher: "x" });
    zh.reportRowLimits();
    en.reportRowLimits();
    expect(issues()).toEqual([
      { rule: "sheet-row-limit", severity: "error", path: "", line: 3, sheet: "事项", message: { "zh-CN": "事项!3:3：超过行数上限  行，其后的行未读取；请拆分文件或调高 --max-rows", en: "事项!3:3: more than  rows; the rest was not read. Split the file or raise --max-rows" } },
      { rule: "sheet-row-limit", severity: "error", path: "", file: "设定依据.csv", line: 12, sheet: "设定依据", message: { "zh-CN": "设定依据!12:12：超过行数上限 10 行，其后的行未读取；请拆分文件或调高 --max-rows", en: "设定依据!12:12: more than 10 rows; the rest was not read. Split the file or raise --max-rows" } },
    ]);
  });

  it("the phases' findings come in report order, whatever order they were added in; withFile names the import's file", () => {
    const { zh } = both([itemsSheet([BASIC_HEADER, BASIC_ROW]), { name: "备注", rows: [["x"]] }], { file: "in.xlsx" });
    zh.issues("legalRequired").add("cell-required", "/a", { sheet: "事项" });
    zh.issues("rowLimits").add("sheet-row-limit", "", { sheet: "事项" });
    expect(zh.allIssues().flatMap((p) => p.issues).map((i) => [i.rule, i.file])).toEqual([["sheet-unknown", "in.xlsx"], ["sheet-row-limit", "in.xlsx"], ["header-missing", "in.xlsx"], ["header-missing", "in.xlsx"], ["cell-required", "in.xlsx"]]);
    const finding = { rule: "schema", severity: "error" as const, path: "/x", message: "m" };
    expect(zh.withFile(finding)).toEqual({ ...finding, file: "in.xlsx" });
    expect(zh.withFile({ ...finding, file: "other.csv" })).toEqual({ ...finding, file: "other.csv" });
    const noFile = both([itemsSheet([BASIC_HEADER, BASIC_ROW])]).zh;
    expect(noFile.withFile(finding)).toBe(finding);
  });

  it("orderItem puts an item's properties in the schema's order", () => {
    const { zh } = both([itemsSheet([BASIC_HEADER, BASIC_ROW])], { region: "x", publisher: "x" });
    expect(Object.keys(zh.orderItem({ levels: ["2"], name: "x", basicCode: BASIC }))).toEqual(["basicCode", "name", "levels"]);
  });
});
