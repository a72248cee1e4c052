/**
 * attachDetails: each row of a detail sheet appended, in sheet order, to the one item its key columns name; a row that names
 * no item, or several, is one whole finding at its row; a row with an empty 业务办理项编码 goes to the item listed whole.
 */
import { describe, expect, it } from "vitest";
import { attachDetails } from "../../src/spreadsheet/attach-details.js";
import { ImportIssues } from "../../src/spreadsheet/import-issues.js";
import { layoutOf } from "../../src/spreadsheet/layout.js";
import type { Data } from "../../src/spreadsheet/read-record.js";
import type { SheetData } from "../../src/spreadsheet/sheet-data.js";
import { SourceMap } from "../../src/spreadsheet/source-map.js";
import { latestMajor } from "../../src/schema/majors.js";
import { whole } from "../helpers/whole-issue.js";

const IMPL = "11320508MB1C8D4AXN4000123018000";
const BASIC = "000123018000";
const LEGAL = ["基本编码", "实施编码", "业务办理项编码", "法律法规名称", "条款号"];

/** Attaches a detail sheet (by role) to copies of `items` in both locales: the items and touched indexes (zh-CN run), and the whole issues. */
function attach(role: string, rows: unknown[][], items: Data[], kind: "basic" | "implementation" = "implementation", file?: string) {
  const layout = layoutOf(latestMajor);
  const spec = layout.sheets.find((s) => s.role === role)!;
  const run = (issues: ImportIssues, sources = new SourceMap()) => {
    const copy = structuredClone(items);
    const sheet: SheetData = { name: spec.name, rows: structuredClone(rows) as SheetData["rows"], ...(file !== undefined ? { file } : {}) };
    return { items: copy, touched: [...attachDetails(sheet, spec, layout.keys, copy, kind, issues, sources)], sources };
  };
  const zh = new ImportIssues("zh-CN");
  const en = new ImportIssues("en");
  const result = run(zh);
  run(en);
  return { ...result, issues: whole(zh.issues, en.issues) };
}

const unmatched = (row: number, keys: string, file?: string) => ({
  rule: "row-unmatched", severity: "error", path: "/items", ...(file !== undefined ? { file } : {}), line: row, sheet: "设定依据",
  message: keys
    ? { "zh-CN": `设定依据!${row}:${row}：找不到编码为 ${keys} 的事项，该行未导入`, en: `设定依据!${row}:${row}: no item has the codes ${keys}; the row was not imported` }
    : { "zh-CN": `设定依据!${row}:${row}：该行没有填写所属事项的编码（基本编码、实施编码或业务办理项编码），未导入`, en: `设定依据!${row}:${row}: the row names no item (基本编码, 实施编码 or 业务办理项编码); not imported` },
});
const ambiguous = (row: number, keys: string, count: number) => ({
  rule: "row-ambiguous", severity: "error", path: "/items", line: row, sheet: "设定依据",
  message: { "zh-CN": `设定依据!${row}:${row}：编码 ${keys} 对应 ${count} 个事项，请补填实施编码或业务办理项编码；该行未导入`, en: `设定依据!${row}:${row}: the codes ${keys} match ${count} items; add the 实施编码 or 业务办理项编码. The row was not imported` },
});

describe("attachDetails", () => {
  it("appends each row, in order, to the item its most specific key names; by basic code alone when only one item has it", () => {
    const items = [{ basicCode: BASIC, implementationCode: IMPL }, { basicCode: "000123018001", implementationCode: `${IMPL.slice(0, -1)}1`, legalBasis: [{ lawName: "《旧法》" }] }];
    const { items: out, touched, issues, sources } = attach("legalBasis", [LEGAL, ["", `${IMPL.slice(0, -1)}1`, "", "《甲法》", "第一条"], [BASIC, "", "", "《乙法》"], ["", IMPL, "", "《丙法》", "第三条"]], items);
    expect(issues).toEqual([]);
    expect(touched).toEqual([1, 0]);
    expect(out[0]!.legalBasis).toEqual([{ lawName: "《乙法》" }, { lawName: "《丙法》", article: "第三条" }]);
    expect(out[1]!.legalBasis).toEqual([{ lawName: "《旧法》" }, { lawName: "《甲法》", article: "第一条" }]);
    // Each record is placed at its own row and the row's columns.
    expect(sources.find("/items/0/legalBasis/1/article")).toEqual({ sheet: "设定依据", row: 4, column: "E" });
    expect(sources.find("/items/1/legalBasis/1/lawName")).toEqual({ sheet: "设定依据", row: 2, column: "D" });
  });

  it("a row naming no item, or codes of two different items, is row-unmatched; a row without codes says so", () => {
    const items = [{ basicCode: BASIC, implementationCode: IMPL }, { basicCode: "000123018001", implementationCode: `${IMPL.slice(0, -1)}1` }];
    const { items: out, touched, issues } = attach("legalBasis", [LEGAL, ["000999000000", "", "", "《甲法》"], ["000123018001", IMPL, "", "《乙法》"], ["", "", "", "《丙法》"]], items, "implementation", "设定依据.csv");
    expect(issues).toEqual([unmatched(2, "000999000000", "设定依据.csv"), unmatched(3, `000123018001 / ${IMPL}`, "设定依据.csv"), unmatched(4, "", "设定依据.csv")]);
    expect(touched).toEqual([]);
    expect(out).toEqual(items);
  });

  it("a basic code two items share is row-ambiguous, with the count; the implementation code then tells them apart", () => {
    const items = [{ basicCode: BASIC, implementationCode: IMPL }, { basicCode: BASIC, implementationCode: `${IMPL.slice(0, -1)}9` }, { basicCode: BASIC, implementationCode: `${IMPL.slice(0, -1)}8` }];
    const { items: out, issues, touched } = attach("legalBasis", [LEGAL, [BASIC, "", "", "《甲法》"], [BASIC, `${IMPL.slice(0, -1)}9`, "", "《乙法》"]], items);
    expect(issues).toEqual([ambiguous(2, BASIC, 3)]);
    expect(touched).toEqual([1]);
    expect(out.map((i) => i.legalBasis)).toEqual([undefined, [{ lawName: "《乙法》" }], undefined]);
  });

  it("with a 业务办理项编码 column, a row that leaves it empty goes to the item listed whole; a filled one to its handling item", () => {
    const items = [{ basicCode: BASIC, implementationCode: IMPL, handlingItemCode: `${IMPL}01` }, { basicCode: BASIC, implementationCode: IMPL }, { basicCode: BASIC, implementationCode: IMPL, handlingItemCode: `${IMPL}02` }];
    const { items: out, issues } = attach("legalBasis", [LEGAL, ["", IMPL, "", "《整项法》"], ["", IMPL, `${IMPL}02`, "《办理项法》"]], items);
    expect(issues).toEqual([]);
    expect(out.map((i) => i.legalBasis)).toEqual([undefined, [{ lawName: "《整项法》" }], [{ lawName: "《办理项法》" }]]);
  });

  it("the whole-item rule with exactly two candidates, and a key cell it cannot read (reported at the key's column)", () => {
    const two = attach("legalBasis", [LEGAL, ["", IMPL, "", "《整项法》"]], [{ basicCode: BASIC, implementationCode: IMPL, handlingItemCode: `${IMPL}01` }, { basicCode: BASIC, implementationCode: IMPL }]);
    expect(two.issues).toEqual([]);
    expect(two.items.map((i) => i.legalBasis)).toEqual([undefined, [{ lawName: "《整项法》" }]]);
    const unreadable = attach("legalBasis", [LEGAL, [{ error: "#N/A" }, IMPL, "", "《甲法》"]], [{ basicCode: BASIC, implementationCode: IMPL }]);
    expect(unreadable.issues).toEqual([{
      rule: "cell-error-value", severity: "error", path: "/items/basicCode", line: 2, sheet: "设定依据", column: "A",
      message: { "zh-CN": "设定依据!A2（基本编码）：单元格是错误值 #N/A", en: "设定依据!A2 (基本编码): the cell holds the error value #N/A" },
    }]);
    expect(unreadable.items[0]!.legalBasis).toEqual([{ lawName: "《甲法》" }]);
  });

  it("near misses of the whole-item rule: no 业务办理项编码 column, only a basic code, or two whole items stay ambiguous", () => {
    const split = [{ basicCode: BASIC, implementationCode: IMPL, handlingItemCode: `${IMPL}01` }, { basicCode: BASIC, implementationCode: IMPL }];
    const noColumn = attach("legalBasis", [["实施编码", "法律法规名称"], [IMPL, "《甲法》"]], split);
    expect(noColumn.issues).toEqual([ambiguous(2, IMPL, 2)]);
    const basicOnly = attach("legalBasis", [LEGAL, [BASIC, "", "", "《甲法》"]], split);
    expect(basicOnly.issues).toEqual([ambiguous(2, BASIC, 2)]);
    const twoWhole = attach("legalBasis", [LEGAL, ["", IMPL, "", "《甲法》"]], [...split, { basicCode: BASIC, implementationCode: IMPL }]);
    expect(twoWhole.issues).toEqual([ambiguous(2, IMPL, 3)]);
  });

  it("a nested list (收费项目 → fees.items) is made where the item has none; a finding in a record carries its item's code", () => {
    const items = [{ basicCode: BASIC, implementationCode: IMPL, fees: { charged: true } }, { basicCode: "000123018001" }];
    const { items: out, issues } = attach("fees", [["基本编码", "实施编码", "收费项目名称", "收费标准", "收费依据", "收费金额"], ["", IMPL, "工本费", "10元/本", "某文件", "十元"], ["000123018001", "", "工本费", "10元/本", "某文件", "10"]], items);
    expect(out[0]!.fees).toEqual({ charged: true, items: [{ name: "工本费", standard: "10元/本", basis: "某文件" }] });
    expect(out[1]!.fees).toEqual({ items: [{ name: "工本费", standard: "10元/本", basis: "某文件", amount: 10 }] });
    expect(issues).toEqual([{
      rule: "cell-unreadable", severity: "error", path: "/items/0/fees/items/0/amount", itemCode: IMPL, line: 2, sheet: "收费项目", column: "F",
      message: { "zh-CN": "收费项目!F2（收费金额）：无法识别“十元”，应为数字（元）", en: "收费项目!F2 (收费金额): cannot read \"十元\"; expected a number (yuan)" },
    }]);
  });

  it("a basic item's finding carries its basic code; a sheet without a header attaches nothing", () => {
    const { issues } = attach("legalBasis", [["基本编码", "法律法规名称", "条款号"], [BASIC, "", "第一条"]], [{ basicCode: BASIC }], "basic");
    expect(issues).toEqual([{
      rule: "cell-required", severity: "error", path: "/items/0/legalBasis/0/lawName", itemCode: BASIC, line: 2, sheet: "设定依据", column: "B",
      message: { "zh-CN": "设定依据!B2（法律法规名称）：必填，不能为空", en: "设定依据!B2 (法律法规名称): required, but empty" },
    }]);
    const none = attach("legalBasis", [["说明"], [BASIC]], [{ basicCode: BASIC }], "basic");
    expect(none.touched).toEqual([]);
    expect(none.issues.map((i) => i.rule)).toEqual(["sheet-no-header"]);
  });

  it("an unknown column's values are kept under the record's item extensions and reported once with the count of items", () => {
    const items = [{ basicCode: BASIC, implementationCode: IMPL }];
    const { items: out, issues } = attach("legalBasis", [[...LEGAL, "备注"], ["", IMPL, "", "《甲法》", "", "x"], ["", IMPL, "", "《乙法》", "", ""]], items);
    expect(out[0]!.legalBasis).toEqual([{ lawName: "《甲法》" }, { lawName: "《乙法》" }]);
    expect(out[0]!.extensions).toEqual({ 设定依据: [{ 备注: "x" }] });
    expect(issues).toEqual([{
      rule: "column-extension", severity: "info", path: "", line: 1, sheet: "设定依据", column: "F",
      message: { "zh-CN": "设定依据!F1：列“备注”不对应标准中的要素，其值（1 行）已保存在扩展字段（extensions）中；可用 --map 指定其对应的要素", en: "设定依据!F1: column \"备注\" names no element of the standard; its values (1 row) were kept under extensions. Map it to an element with --map" },
    }]);
  });
});
