/**
 * What the .xlsx reader makes of each cell of a worksheet part: every cell type, date styles, rows and
 * cells without a reference, shared formulas, inline and shared strings with phonetic runs, merges,
 * the row limit, and each refusal as a whole XlsxError.
 */
import { describe, expect, it } from "vitest";
import { readXlsxBytes } from "../../src/spreadsheet/xlsx/read-xlsx.js";
import { serialToDate } from "../../src/spreadsheet/xlsx/read-sheet.js";
import { escapeCellText, unescapeCellText } from "../../src/spreadsheet/xlsx/xml-text.js";
import { rawXlsx } from "./xlsx-parts.js";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
/** Cells 0 = General, 1 = a built-in date (14), 2 = a custom date format, 3 = a custom text format with quoted "d". */
const STYLES = `<?xml version="1.0"?><styleSheet ${NS}><numFmts><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="&quot;day&quot;0"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>`;

/** The rows of the one sheet of a raw workbook. */
const rowsOf = (sheetData: string, strings: string[] | string = [], styles?: string, limits = {}) => readXlsxBytes(rawXlsx(sheetData, strings, styles), { maxRows: 100, ...limits })[0]!;

/** The XlsxError a read throws: its id, params and message in zh-CN. */
function refusal(read: () => unknown) {
  try {
    read();
  } catch (error) {
    const e = error as Error & { messageId: string; messageParams: object };
    return { name: e.name, id: e.messageId, params: e.messageParams, message: e.message };
  }
  return undefined;
}

describe("cell types", () => {
  it("shared and inline strings, str, booleans, errors, ISO dates and numbers", () => {
    const row = '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="inlineStr"><is><t>内</t><r><t>联</t></r></is></c><c r="C1" t="str"><v>a_x000D_b</v></c>'
      + '<c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v> true </v></c><c r="F1" t="b"><v>0</v></c><c r="G1" t="e"><v>#DIV/0!</v></c><c r="H1" t="d"><v>2024-03-05T00:00:00Z</v></c>'
      + '<c r="I1"><v>12.5</v></c><c r="J1" t="n"><v> </v></c><c r="K1"/></row>';
    expect(rowsOf(row, ["甲", "乙"]).rows).toEqual([["乙", "内联", "a\rb", true, true, false, { error: "#DIV/0!" }, new Date("2024-03-05T00:00:00Z"), 12.5]]);
  });

  it("numbers in a date format are dates (1900 system); a quoted d or an unstyled number is no date", () => {
    const row = '<row r="1"><c r="A1" s="1"><v>45356</v></c><c r="B1" s="2"><v>45356.5</v></c><c r="C1" s="3"><v>45356</v></c><c r="D1" s="0"><v>45356</v></c><c r="E1"><v>45356</v></c></row>';
    expect(rowsOf(row, [], STYLES).rows).toEqual([[new Date("2024-03-05T00:00:00Z"), new Date("2024-03-05T12:00:00Z"), 45356, 45356, 45356]]);
    expect(serialToDate(1, true)).toEqual(new Date("1904-01-02T00:00:00Z"));
    expect(serialToDate(61, false)).toEqual(new Date("1900-03-01T00:00:00Z"));
  });

  it("rows and cells without a reference follow the one before; empty rows are holes; columns past XFD are dropped", () => {
    const sheet = '<row><c><v>1</v></c><c><v>2</v></c></row><row r="3"><c r="C3"><v>3</v></c><c><v>4</v></c></row><row><c r="XFD5"><v>5</v></c><c><v>6</v></c></row><row r="6"><c r="A6"/></row>';
    const rows = rowsOf(sheet).rows;
    expect(rows.length).toBe(4);
    expect(rows[0]).toEqual([1, 2]);
    expect(rows[1]).toBeUndefined();
    expect(rows[2]).toEqual([undefined, undefined, 3, 4]);
    expect(rows[3]![16_383]).toBe(5);
    expect(rows[3]!.length).toBe(16_384);
  });

  it("formulas keep their saved result; a shared formula's later cells take its text", () => {
    const row = '<row r="1"><c r="A1"><f t="shared" si="0" ref="A1:A3">B1*2</f><v>4</v></c><c r="B1"><f t="shared" si="0"/><v>6</v></c><c r="C1"><f t="shared" si="9"/><v>1</v></c><c r="D1" t="s"><f>X1</f><v>0</v></c><c r="E1"><f>SUM()</f></c></row>';
    expect(rowsOf(row, ["字"]).rows[0]).toEqual([{ formula: "B1*2", result: 4 }, { formula: "B1*2", result: 6 }, { formula: "", result: 1 }, { formula: "X1", result: "字" }, { formula: "SUM()", result: undefined }]);
  });

  it("phonetic runs are left out of inline and shared strings; merges are kept when well formed", () => {
    const sheet = '<row r="1"><c r="A1" t="inlineStr"><is><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></is></c><c r="B1" t="s"><v>0</v></c></row><mergeCells><mergeCell ref="A1:B1"/><mergeCell ref="a1:b2"/><mergeCell/></mergeCells>';
    const read = rowsOf(sheet, '<si><t>大</t><rPh sb="0" eb="1"><t>だい</t></rPh><t>阪</t></si>');
    expect(read.rows).toEqual([["東京", "大阪"]]);
    expect(read.merges).toEqual(["A1:B1"]);
    expect(rowsOf('<row r="1"><c r="A1"><v>1</v></c></row>').merges).toBeUndefined();
  });

  it("only the shared strings a row uses are read; a missing one is refused", () => {
    expect(rowsOf('<row r="1"><c r="A1" t="s"><v>2</v></c><c r="B1" t="s"><v>0</v></c></row>', ["零", "一", "二", "三"]).rows).toEqual([["二", "零"]]);
    expect(refusal(() => rowsOf('<row r="1"><c r="A1" t="s"><v>5</v></c></row>', ["零"]))).toEqual({ name: "XlsxError", id: "error.xlsx.missing-string", params: { index: 5 }, message: "缺少共享字符串 5" });
  });
});

describe("limits and refusals", () => {
  const rows = (n: number) => Array.from({ length: n }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`).join("");

  it("stops after maxRows rows below the header and says where; empty rows do not count", () => {
    expect(rowsOf(rows(5), [], undefined, { maxRows: 2 })).toEqual({ name: "事项", rows: [[0], [1], [2]], truncatedAt: 4, rowLimit: 2 });
    expect(rowsOf(rows(3), [], undefined, { maxRows: 2 })).toEqual({ name: "事项", rows: [[0], [1], [2]] });
    expect(rowsOf(`${rows(3)}<row r="9"/>`, [], undefined, { maxRows: 2 })).toEqual({ name: "事项", rows: [[0], [1], [2]] });
  });

  it("a cell or shared string past maxCellChars, and more cells than maxCells", () => {
    expect(refusal(() => rowsOf('<row r="1"><c r="A1" t="inlineStr"><is><t>12345</t></is></c></row>', [], undefined, { maxCellChars: 4 }))).toEqual({
      name: "XlsxError", id: "error.xlsx.cell-too-long", params: { part: "xl/worksheets/sheet1.xml", max: 4 }, message: "工作表 xl/worksheets/sheet1.xml：有单元格超过 4 个字符",
    });
    expect(rowsOf('<row r="1"><c r="A1" t="inlineStr"><is><t>1234</t></is></c></row>', [], undefined, { maxCellChars: 4 }).rows).toEqual([["1234"]]);
    expect(refusal(() => rowsOf('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', ["12345"], undefined, { maxCellChars: 4 }))).toEqual({
      name: "XlsxError", id: "error.xlsx.string-too-long", params: { index: 0, max: 4 }, message: "共享字符串 0：超过 4 个字符",
    });
    expect(refusal(() => rowsOf(rows(3), [], undefined, { maxCells: 2 }))).toEqual({ name: "XlsxError", id: "error.xlsx.too-many-cells", params: { max: 2 }, message: "单元格超过 2 个；请拆分工作簿" });
    expect(rowsOf(rows(3), [], undefined, { maxCells: 3 }).rows).toHaveLength(3);
  });

  it("a shared-string index or a row number that is no valid number", () => {
    for (const value of ["-1", "1.5", "x"]) {
      expect(refusal(() => rowsOf(`<row r="1"><c r="A1" t="s"><v>${value}</v></c></row>`)), value).toEqual({
        name: "XlsxError", id: "error.xlsx.string-index", params: { part: "xl/worksheets/sheet1.xml", value }, message: `工作表 xl/worksheets/sheet1.xml：共享字符串序号“${value}”无效`,
      });
    }
    for (const value of ["0", "1048577", "2.5", "x"]) {
      expect(refusal(() => rowsOf(`<row r="${value}"><c><v>1</v></c></row>`)), value).toEqual({
        name: "XlsxError", id: "error.xlsx.row-number", params: { part: "xl/worksheets/sheet1.xml", value }, message: `工作表 xl/worksheets/sheet1.xml：行号“${value}”无效`,
      });
    }
    expect(rowsOf('<row r="1048576"><c><v>1</v></c></row>').rows.length).toBe(1_048_576);
  });
});

describe("cell text escapes", () => {
  it("_xHHHH_ both ways; a literal _xHHHH_ survives; XML characters are escaped", () => {
    const text = 'a\rb\u0001c\tdé_x0041_<&>"\uFFFE';
    expect(escapeCellText(text)).toBe("a_x000D_b_x0001_c\tdé_x005F_x0041_&lt;&amp;&gt;&quot;_xFFFE_");
    expect(unescapeCellText("a_x000d_b_x005F_x0041_")).toBe("a\rb_x0041_");
    expect(unescapeCellText("_x41_ _xZZZZ_")).toBe("_x41_ _xZZZZ_");
    expect(escapeCellText("\uD800x\uDC00")).toBe("_xD800_x_xDC00_");
    expect(escapeCellText("😀")).toBe("😀");
  });
});
