/**
 * Edges of the .xlsx readers that surviving mutants showed untested: text outside a shared string,
 * a sheet whose first row is empty, an empty formula that is not shared, a <t> around an inline
 * string, elements that are no xf inside cellXfs, number formats without an id, and elements of
 * the workbook and relationships parts that only look like sheets and relationships.
 */
import { describe, expect, it } from "vitest";
import { readDateStyles } from "../../src/spreadsheet/xlsx/read-styles.js";
import { readSharedStrings } from "../../src/spreadsheet/xlsx/read-shared-strings.js";
import { readSheet } from "../../src/spreadsheet/xlsx/read-sheet.js";
import { readWorkbookParts } from "../../src/spreadsheet/xlsx/read-workbook-part.js";
import { readXlsxBytes } from "../../src/spreadsheet/xlsx/read-xlsx.js";
import { archiveOf, zipOf } from "./xlsx-kit.js";
import { rawXlsx } from "./xlsx-parts.js";

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const rowsOf = (sheetData: string) => readXlsxBytes(rawXlsx(sheetData), { maxRows: 100 })[0]!.rows;

describe("shared strings", () => {
  it("text outside <si>, bare or in a <t>, is no string's text and counts toward no limit", () => {
    const zip = archiveOf(zipOf({ "sst.xml": `<sst ${MAIN}>12345<t>67890</t><si><t>a</t></si></sst>` }));
    expect([...readSharedStrings(zip, "sst.xml", new Set([0]), 4)]).toEqual([[0, "a"]]);
  });
});

describe("worksheets", () => {
  it("a sheet whose first row is empty has a hole there", () => {
    expect(rowsOf('<row r="2"><c><v>1</v></c></row>')).toEqual([undefined, [1]]);
  });

  it("an empty formula that is not shared is empty, whatever formula came before", () => {
    expect(rowsOf('<row r="1"><c><f>A1</f><v>1</v></c><c><f/><v>2</v></c></row>')[0]).toEqual([{ formula: "A1", result: 1 }, { formula: "", result: 2 }]);
  });

  it("a <t> around an inline string adds nothing to it", () => {
    expect(rowsOf('<row r="1"><c t="inlineStr"><t><is/></t></c></row>')[0]).toEqual([""]);
  });

  it("readSheet gives rows and merges, and truncatedAt only when the row limit was met", () => {
    const zip = archiveOf(zipOf({ "s.xml": `<worksheet ${MAIN}><sheetData><row r="1"><c><v>1</v></c></row><row r="2"><c><v>2</v></c></row></sheetData></worksheet>` }));
    const read = (maxRows: number) => readSheet(zip, "s.xml", { maxRows, maxCells: 10, maxCellChars: 10 }, new Set(), false, new Set(), { count: 0 });
    expect(read(1)).toStrictEqual({ rows: [[1], [2]], merges: [] });
    expect(read(0)).toStrictEqual({ rows: [[1]], merges: [], truncatedAt: 2 });
  });
});

describe("date styles", () => {
  it("only <xf> elements of cellXfs count, not their children; a number format without an id is no format", () => {
    const styles = `<styleSheet ${MAIN}><numFmts><numFmt formatCode="yyyy"/></numFmts><cellXfs><xf numFmtId="0"><alignment wrapText="1"/></xf><xf numFmtId="14"/><xf numFmtId="x"/></cellXfs></styleSheet>`;
    expect([...readDateStyles(archiveOf(zipOf({ "s.xml": styles })), "s.xml")]).toEqual([1]);
  });
});

describe("the workbook part", () => {
  it("only <sheet> elements name sheets, and only <Relationship> elements are relationships", () => {
    const parts = {
      "xl/workbook.xml": `<workbook ${MAIN} xmlns:r="${T}"><bookViews><customWorkbookView name="视图" r:id="1"/></bookViews><sheets><sheet name="甲" r:id="2"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="1" Type="${T}/worksheet" Target="a.xml"/><Relationship Id="2" Type="${T}/worksheet" Target="b.xml"/><Other Id="3" Type="${T}/styles" Target="s.xml"/></Relationships>`,
    };
    expect(readWorkbookParts(archiveOf(zipOf(parts)))).toEqual({ sheets: [{ name: "甲", part: "xl/b.xml" }], sharedStrings: undefined, styles: undefined, date1904: false });
  });
});
