/**
 * More of what the worksheet reader makes of crafted cells: state that must not leak from one cell to
 * the next, references it cannot read, formulas that are not shared, merges it refuses, the default
 * cell-length limit, and the row-number and string-index refusals whole in both locales.
 */
import { describe, expect, it } from "vitest";
import { readXlsxBytes } from "../../src/spreadsheet/xlsx/read-xlsx.js";
import { refusalOf, xlsxRefusal } from "./xlsx-kit.js";
import { rawXlsx } from "./xlsx-parts.js";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const DATE_STYLES = `<?xml version="1.0"?><styleSheet ${NS}><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
const PART = "xl/worksheets/sheet1.xml";

/** The one sheet of a raw workbook. */
const sheetOf = (sheetData: string, strings: string[] = [], styles?: string, limits = {}) => readXlsxBytes(rawXlsx(sheetData, strings, styles), { maxRows: 100, ...limits })[0]!;

describe("one cell's state does not leak into the next", () => {
  it("a cell without a value after one with a value, formula, inline text or type is empty or plain", () => {
    const row = '<row r="1"><c r="A1"><v>5</v></c><c r="B1"/><c r="C1"><f>A1</f><v>1</v></c><c r="D1"><v>2</v></c>'
      + '<c r="E1" t="inlineStr"><is><t>内</t></is></c><c r="F1"><v>3</v></c><c r="G1" t="b"><v>1</v></c><c r="H1"><v>4</v></c><c r="I1" s="1"><v>1</v></c><c r="J1"><v>1</v></c></row>';
    expect(sheetOf(row, [], DATE_STYLES).rows).toEqual([[5, undefined, { formula: "A1", result: 1 }, 2, "内", 3, true, 4, new Date("1899-12-31T00:00:00Z"), 1]]);
  });

  it("an inline-string cell without <is> is empty; <t> outside an inline string is not its text", () => {
    expect(sheetOf('<row r="1"><c r="A1" t="inlineStr"/><c r="B1" t="inlineStr"><v>x</v></c><c r="C1"><t>y</t><v>1</v></c></row>').rows).toEqual([[undefined, undefined, 1]]);
  });

  it("a row's cells start again at column A; a row that holds only empty cells is no row", () => {
    const sheet = '<row r="1"><c r="C1"><v>1</v></c></row><row r="2"><c><v>2</v></c></row><row r="3"><c r="B3"/><c r="C3" t="s"/></row><row><c><v>4</v></c></row>';
    expect(sheetOf(sheet).rows).toEqual([[undefined, undefined, 1], [2], undefined, [4]]);
  });
});

describe("references and formulas", () => {
  it("a cell reference that is no reference is taken as the next column", () => {
    expect(sheetOf('<row r="1"><c r="B1"><v>1</v></c><c r="1B"><v>2</v></c><c r=""><v>3</v></c></row>').rows).toEqual([[undefined, 1, 2, 3]]);
  });

  it("only formulas of type shared are shared: an array formula's si is no share", () => {
    const row = '<row r="1"><c r="A1"><f t="array" si="0" ref="A1">B1</f><v>1</v></c><c r="B1"><f t="shared" si="0"/><v>2</v></c><c r="C1"><f t="shared" si="1">C9</f><v>3</v></c><c r="D1"><f t="shared" si="1"/><v>4</v></c></row>';
    expect(sheetOf(row).rows[0]).toEqual([{ formula: "B1", result: 1 }, { formula: "", result: 2 }, { formula: "C9", result: 3 }, { formula: "C9", result: 4 }]);
  });

  it("a date-styled cell whose value is no number stays a number (NaN), not an invalid date", () => {
    const [cell] = sheetOf('<row r="1"><c r="A1" s="1"><v>x</v></c></row>', [], DATE_STYLES).rows[0]!;
    expect(cell).toBeTypeOf("number");
    expect(cell).toBeNaN();
  });

  it("a boolean is true only for 1 or true, trimmed", () => {
    expect(sheetOf('<row r="1"><c t="b"><v>true</v></c><c t="b"><v> 1</v></c><c t="b"><v>TRUE</v></c><c t="b"><v>yes</v></c><c t="b"><v>2</v></c></row>').rows[0]).toEqual([true, true, false, false, false]);
  });

  it("merges must be whole A1:B2 ranges", () => {
    const merges = ["A1:B2", " A1:B2", "A1:B2 ", "=A1:B2", "A:B", "A1:B", "A1", "AB12:CD345"].map((ref) => `<mergeCell ref="${ref}"/>`).join("");
    expect(sheetOf(`<row r="1"><c r="A1"><v>1</v></c></row><mergeCells>${merges}</mergeCells>`).merges).toEqual(["A1:B2", "AB12:CD345"]);
  });
});

describe("limits and refusals, whole", () => {
  it("a row after row 1,048,576 is refused even without a number (its value then reads undefined)", () => {
    expect(refusalOf(() => sheetOf('<row r="1048576"><c><v>1</v></c></row><row><c><v>2</v></c></row>'))).toEqual(
      xlsxRefusal("error.xlsx.row-number", { part: PART, value: "undefined" }, `工作表 ${PART}：行号“undefined”无效`, `sheet ${PART}: row number "undefined"`),
    );
    expect(refusalOf(() => sheetOf('<row r="1048577"/>'))).toEqual(
      xlsxRefusal("error.xlsx.row-number", { part: PART, value: "1048577" }, `工作表 ${PART}：行号“1048577”无效`, `sheet ${PART}: row number "1048577"`),
    );
  });

  it("a shared-string index is named by its first 20 characters", () => {
    const value = "x".repeat(25);
    expect(refusalOf(() => sheetOf(`<row r="1"><c t="s"><v>${value}</v></c></row>`))).toEqual(
      xlsxRefusal("error.xlsx.string-index", { part: PART, value: "x".repeat(20) }, `工作表 ${PART}：共享字符串序号“${"x".repeat(20)}”无效`, `sheet ${PART}: shared string index "${"x".repeat(20)}"`),
    );
  });

  it("by default a cell holds up to 1,000,000 characters, in several text pieces", () => {
    const at = (n: number) => `<row r="1"><c t="inlineStr"><is><t>${"长".repeat(n)}</t></is></c></row>`;
    expect((sheetOf(at(1_000_000)).rows[0]![0] as string).length).toBe(1_000_000);
    expect(refusalOf(() => sheetOf(at(1_000_001)))).toEqual(
      xlsxRefusal("error.xlsx.cell-too-long", { part: PART, max: 1_000_000 }, `工作表 ${PART}：有单元格超过 1000000 个字符`, `sheet ${PART}: a cell of more than 1000000 characters`),
    );
  });

  it("the cell limit counts cells across every sheet of the workbook, only cells with a value", () => {
    const sheet = '<row r="1"><c><v>1</v></c><c/><c><v>2</v></c></row>';
    expect(sheetOf(sheet, [], undefined, { maxCells: 2 }).rows).toEqual([[1, undefined, 2]]);
  });

  it("phonetic text inside a value is left out; a value's text pieces are joined", () => {
    expect(sheetOf('<row r="1"><c t="str"><v>a<rPh><t>x</t></rPh>b</v></c></row>').rows[0]).toEqual(["ab"]);
  });
});
