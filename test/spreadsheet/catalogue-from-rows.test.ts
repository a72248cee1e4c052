/**
 * catalogueFromRows, the in-memory import on small hand-made sheets: rows below the header read in order (blank rows
 * skipped), the 设定依据 cell against the sheet, validation findings placed at their cells and left out where they repeat
 * an import finding, the options that skip validation, release rows and receive extras. Whole findings in both locales.
 */
import { describe, expect, it } from "vitest";
import { catalogueFromRows, type SpreadsheetImportOptions } from "../../src/spreadsheet/catalogue-from-rows.js";
import type { SheetData } from "../../src/spreadsheet/sheet-data.js";
import { SourceMap } from "../../src/spreadsheet/source-map.js";
import { whole } from "../helpers/whole-issue.js";

const BASIC = "000123018000";
const HEADER = ["基本编码", "事项名称", "事项类型", "行使层级", "设定依据"];
const row = (code: string, name: string, legal = "《某法》第一条") => [code, name, "01", "2", legal];
const OPTIONS: SpreadsheetImportOptions = { region: "320508000000", publisher: "某局" };

const items = (rows: unknown[][], more: Partial<SheetData> = {}): SheetData => ({ name: "事项", rows: rows as SheetData["rows"], ...more });

/** Imports copies of the sheets in both locales: the zh-CN result and the whole issues. */
function both(sheets: SheetData[], options: SpreadsheetImportOptions = OPTIONS) {
  const zh = catalogueFromRows(structuredClone(sheets), options);
  const en = catalogueFromRows(structuredClone(sheets), { ...options, locale: "en" });
  return { ...zh, issues: whole(zh.report.issues, en.report.issues) };
}

describe("catalogueFromRows", () => {
  it("reads the rows below the header in order, blank rows skipped; the summary counts the items", () => {
    const { catalogue, report, issues } = both([items([["某事项目录"], HEADER, row(BASIC, "甲"), [], [null, ""], row("000123018001", "乙")])]);
    expect(issues).toEqual([]);
    expect(catalogue).toEqual({
      schemaVersion: catalogue.schemaVersion, kind: "basic", region: { code: "320508000000", level: "4" }, publisher: { name: "某局" },
      items: [
        { basicCode: BASIC, name: "甲", type: "01", levels: ["2"], legalBasis: [{ lawName: "《某法》", article: "第一条" }] },
        { basicCode: "000123018001", name: "乙", type: "01", levels: ["2"], legalBasis: [{ lawName: "《某法》", article: "第一条" }] },
      ],
    });
    expect(report).toEqual({ ok: true, summary: { errors: 0, warnings: 0, infos: 0, items: 2 }, issues: [] });
  });

  it("each item's properties come in the schema's order, whatever the order of the columns", () => {
    const { catalogue } = both([items([["设定依据", "行使层级", "事项名称", "事项类型", "基本编码"], ["《某法》第一条", "2", "甲", "01", BASIC]])]);
    expect(Object.keys((catalogue.items as object[])[0]!)).toEqual(["basicCode", "name", "type", "levels", "legalBasis"]);
  });

  it("an empty 设定依据 cell is cell-required at its row, counting blank rows above it; the item index follows the items read", () => {
    const { catalogue, issues } = both([items([HEADER, row(BASIC, "甲"), [], row("000123018001", "乙", "")], { file: "事项.csv" })]);
    expect((catalogue.items as unknown[]).length).toBe(2);
    expect(issues).toEqual([{
      rule: "cell-required", severity: "error", path: "/items/1/legalBasis", file: "事项.csv", line: 4, sheet: "事项", column: "E",
      message: { "zh-CN": "事项!E4（设定依据）：必填，不能为空", en: "事项!E4 (设定依据): required, but empty" },
    }]);
  });

  it("the 设定依据 sheet wins over the cell, which is then reported as ignored; an item without sheet rows keeps its cell", () => {
    const legal: SheetData = { name: "设定依据", rows: [["基本编码", "法律法规名称", "条款号"], ["000123018001", "《乙法》", "第二条"]] };
    const { catalogue, issues } = both([items([HEADER, row(BASIC, "甲"), row("000123018001", "乙")]), legal]);
    expect((catalogue.items as { legalBasis: unknown }[]).map((i) => i.legalBasis)).toEqual([[{ lawName: "《某法》", article: "第一条" }], [{ lawName: "《乙法》", article: "第二条" }]]);
    expect(issues).toEqual([{
      rule: "legal-basis-cell-ignored", severity: "warning", path: "/items/1/legalBasis", line: 3, sheet: "事项", column: "E",
      message: { "zh-CN": "事项!E3（设定依据）：设定依据工作表中已有该事项的行，本单元格未使用", en: "事项!E3 (设定依据): the 设定依据 sheet has rows for this item, so this cell was not used" },
    }]);
  });

  it("a validation finding is placed at its cell and carries the import's file; one that repeats an import finding is left out", () => {
    const { issues } = both([items([HEADER, ["12345", "甲", "01", "2", "《某法》第一条"], row(BASIC, "", "《某法》第一条")])], { ...OPTIONS, file: "in.xlsx" });
    expect(issues.map((i) => [i.rule, i.path, i.file, i.sheet, i.line, i.column])).toEqual([
      ["cell-required", "/items/1/name", "in.xlsx", "事项", 3, "B"],
      ["schema", "/items/0/basicCode", "in.xlsx", "事项", 2, "A"],
    ]);
    // Validation speaks the import's language.
    expect(issues[1]!.message).toEqual({ "zh-CN": "「基本编码」格式不符：应匹配 ^\\d{12}$", en: "\"basicCode\" does not match ^\\d{12}$" });
  });

  it("skipValidation leaves validation out, import findings stay; sources are filled for the caller", () => {
    const sources = new SourceMap();
    const sheets = [items([HEADER, ["12345", "", "01", "2", "《某法》第一条"]])];
    const { issues } = both(sheets, { ...OPTIONS, skipValidation: true, sources });
    expect(issues.map((i) => [i.rule, i.path])).toEqual([["cell-required", "/items/0/name"]]);
    expect(sources.find("/items/0/basicCode")).toEqual({ sheet: "事项", row: 2, column: "A" });
    expect(both(sheets).issues.map((i) => i.rule)).toEqual(["cell-required", "schema"]);
  });

  it("no items sheet: sheet-missing and a catalogue without items; no header row: sheet-no-header", () => {
    const none = both([{ name: "目录信息", rows: [["目录名称", "某目录"]] }]);
    expect(none.catalogue.items).toEqual([]);
    expect(none.issues.map((i) => [i.rule, i.sheet])).toEqual([["sheet-missing", "事项"]]);
    const noHeader = both([items([["说明"], ["x"]])]);
    expect(noHeader.catalogue.items).toEqual([]);
    expect(noHeader.issues.map((i) => [i.rule, i.sheet, i.line])).toEqual([["sheet-no-header", "事项", 1]]);
  });

  it("an unknown column goes to onExtras instead of the report; the rows are released when asked, with the same result", () => {
    const sheets = [items([[...HEADER, "备注"], [...row(BASIC, "甲"), "x"]])];
    const seen: unknown[] = [];
    const { catalogue, issues } = both(sheets, { ...OPTIONS, onExtras: (...args) => seen.push(args) });
    expect(issues).toEqual([]);
    expect(seen).toEqual([["事项", "备注", 1], ["事项", "备注", 1]]);
    expect((catalogue.items as { extensions?: unknown }[])[0]!.extensions).toEqual({ 备注: "x" });
    const released = structuredClone(sheets);
    expect(catalogueFromRows(released, { ...OPTIONS, releaseRows: true })).toEqual(catalogueFromRows(structuredClone(sheets), OPTIONS));
    expect(released[0]!.rows).toEqual([[...HEADER, "备注"], undefined]);
  });

  it("a crosswalked code is translated, its original kept, and the translation reported at the items sheet", () => {
    const { catalogue, issues } = both([items([HEADER, [BASIC, "甲", "xk", "2", "《某法》第一条"]])]);
    expect((catalogue.items as { type: string }[])[0]!.type).toBe("01");
    expect(issues.map((i) => [i.rule, i.sheet])).toEqual([["crosswalk-applied", "事项"]]);
  });

  it("the row limit is reported before the rows' findings (a phase of its own), though known only after them", () => {
    const { issues } = both([items([HEADER, row(BASIC, "甲", "")], { truncatedAt: 3, rowLimit: 1 })]);
    expect(issues.map((i) => [i.rule, i.line])).toEqual([["sheet-row-limit", 3], ["cell-required", 2]]);
  });
});
