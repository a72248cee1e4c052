/**
 * The .xlsx writer part by part: the worksheet XML (views, columns, cells of every value kind, styles,
 * merges, dropdowns, the notes drawing), the styles and shared strings parts, the notes' comments and
 * VML, and the archive (its parts, their order, the workbook and its relationships), compared as the
 * exact text written, and read back whole through the package's reader.
 */
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { XlsxSheet } from "../../src/spreadsheet/xlsx/model.js";
import { readXlsxBytes } from "../../src/spreadsheet/xlsx/read-xlsx.js";
import { XlsxWorkbook } from "../../src/spreadsheet/xlsx/workbook.js";
import { cellRef, commentsXml, notesVml } from "../../src/spreadsheet/xlsx/write-notes.js";
import { SharedStrings, sheetXml } from "../../src/spreadsheet/xlsx/write-sheet.js";
import { StyleTable } from "../../src/spreadsheet/xlsx/write-styles.js";
import { writeXlsx } from "../../src/spreadsheet/xlsx/write-xlsx.js";
import { refusalOf } from "./xlsx-kit.js";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const WS = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
const MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

/** The worksheet XML of `sheet`, with fresh tables; the tables are returned too. */
function written(sheet: Omit<XlsxSheet, "name">, selected = false, relNotes?: string) {
  const strings = new SharedStrings();
  const styles = new StyleTable();
  const xml = sheetXml({ name: "表", ...sheet }, strings, styles, selected, relNotes);
  return { xml, strings: strings.list, styles };
}

/** The sheetData of a worksheet's XML. */
const dataOf = (xml: string) => xml.slice(xml.indexOf("<sheetData>"), xml.indexOf("</sheetData>") + 12);

describe("the worksheet part", () => {
  it("a plain sheet: one view, no columns, rows by position with holes left out", () => {
    expect(written({ rows: [["a", 1], undefined, [true]] }).xml).toBe(
      `${HEAD}${WS}<sheetViews><sheetView workbookViewId="0"></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>`
      + '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1</v></c></row><row r="3"><c r="A3" t="b"><v>1</v></c></row></sheetData>'
      + `${MARGINS}</worksheet>`,
    );
  });

  it("the selected sheet's view is the selected tab; frozen rows freeze below them; notes add their drawing", () => {
    const { xml } = written({ rows: [], frozenRows: 2 }, true, "rId2");
    expect(xml).toBe(
      `${HEAD}${WS}<sheetViews><sheetView workbookViewId="0" tabSelected="1"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>`
      + `<sheetData></sheetData>${MARGINS}<legacyDrawing r:id="rId2"/></worksheet>`,
    );
    expect(written({ rows: [], frozenRows: 0 }).xml).not.toContain("<pane");
  });

  it("cells: text shared, numbers, booleans, dates in the date style; empty, non-finite and invalid values are left out", () => {
    const { xml, strings, styles } = written({ rows: [["甲", "", null, undefined, 0, -1.5, Infinity, NaN, false, new Date("2024-03-05T12:00:00Z"), new Date("x"), "甲", "a<&>"]] });
    expect(dataOf(xml)).toBe('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="E1"><v>0</v></c><c r="F1"><v>-1.5</v></c><c r="I1" t="b"><v>0</v></c>'
      + '<c r="J1" s="1"><v>45356.5</v></c><c r="L1" t="s"><v>0</v></c><c r="M1" t="s"><v>1</v></c></row></sheetData>');
    expect(strings).toEqual(["甲", "a<&>"]);
    expect(styles.id({ date: true })).toBe(1);
  });

  it("columns: widths, text columns styled, an empty entry or one with neither left out", () => {
    const { xml } = written({ rows: [["x", "y", "z"]], columns: [{ width: 12 }, undefined, { text: true }, {}, { width: 0, text: true }] });
    expect(xml.slice(xml.indexOf("<cols>"), xml.indexOf("</cols>") + 7)).toBe(
      '<cols><col min="1" max="1" width="12" customWidth="1"/><col min="3" max="3" style="1"/><col min="5" max="5" width="0" customWidth="1" style="1"/></cols>',
    );
    // A text column's cells carry its style; others none.
    expect(dataOf(xml)).toBe('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="1" t="s"><v>2</v></c></row></sheetData>');
    expect(written({ rows: [], columns: [undefined, {}] }).xml).not.toContain("<cols>");
  });

  it("cell styles: their own style merged over the column's text format, on empty cells too, rows extended as copies", () => {
    const rows: (string[] | undefined)[] = [["h1", "h2"], ["v"]];
    const styles = new Map([["A1", { bold: true }], ["B1", { bold: true, fill: "FFFFC7CE" }], ["C2", { wrap: true }], ["A4", { fill: "FF00FF00" }], ["A2", { bold: true }], ["nonsense", { bold: true }]]);
    const { xml } = written({ rows, styles, columns: [undefined, undefined, { text: true }] });
    // C1 is no cell (the row ends at B1, and C1 has no style of its own); B2 is written empty, as an unstyled hole.
    expect(dataOf(xml)).toBe('<sheetData><row r="1"><c r="A1" s="2" t="s"><v>0</v></c><c r="B1" s="3" t="s"><v>1</v></c></row>'
      + '<row r="2"><c r="A2" s="2" t="s"><v>2</v></c><c r="C2" s="4"/></row><row r="4"><c r="A4" s="5"/></row></sheetData>');
    expect(rows).toEqual([["h1", "h2"], ["v"]]);
    // C2's own wrap keeps its column's text format (xf 4: numFmt 49 and wrapping).
    expect(written({ rows, styles, columns: [undefined, undefined, { text: true }] }).styles.xml()).toContain('<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf><xf numFmtId="0" fontId="0" fillId="3"');
  });

  it("a styled cell inside a row leaves the row as it is; two styled cells past a row's end extend it once", () => {
    const rows = [["a", "b", "c"]];
    const { xml } = written({ rows, styles: new Map([["B1", { bold: true }], ["E1", { bold: true }], ["D1", { bold: true }]]) });
    expect(dataOf(xml)).toBe('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" s="1"/><c r="E1" s="1"/></row></sheetData>');
    expect(rows).toEqual([["a", "b", "c"]]);
    // A styled cell just past the row's end, alone: the row grows by that one cell.
    expect(dataOf(written({ rows, styles: new Map([["D1", { bold: true }]]) }).xml)).toBe('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" s="1"/></row></sheetData>');
  });

  it("merges and dropdowns, escaped, after the data", () => {
    const { xml } = written({ rows: [["a"]], merges: ["A1:B2", "C1:C3"], validations: [{ range: "C2:C9", list: "'代码&表'!$A$2:$A$5" }, { range: "D2:D9", list: '"是,否"' }] });
    expect(xml.slice(xml.indexOf("</sheetData>") + 12)).toBe(
      '<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="C1:C3"/></mergeCells>'
      + '<dataValidations count="2"><dataValidation type="list" allowBlank="1" showErrorMessage="0" sqref="C2:C9"><formula1>\'代码&amp;表\'!$A$2:$A$5</formula1></dataValidation>'
      + '<dataValidation type="list" allowBlank="1" showErrorMessage="0" sqref="D2:D9"><formula1>&quot;是,否&quot;</formula1></dataValidation></dataValidations>'
      + `${MARGINS}</worksheet>`,
    );
    expect(written({ rows: [["a"]], merges: [], validations: [] }).xml).not.toMatch(/mergeCells|dataValidations/);
  });
});

describe("the styles part", () => {
  it("numbers distinct styles from 1, the default 0; the same style (members in any order, false as absent) keeps its id", () => {
    const table = new StyleTable();
    expect([
      table.id({}), table.id({ bold: true }), table.id({ bold: true, fill: "FFFFC7CE" }), table.id({ fill: "FFFFC7CE", bold: true }), table.id({ bold: false }),
      table.id({ wrap: true }), table.id({ text: true }), table.id({ date: true }), table.id({ fill: "FFFFC7CE" }), table.id({ fill: "FF00FF00", wrap: true, text: true }), table.id({ text: true, date: true }),
    ]).toEqual([0, 1, 2, 2, 0, 3, 4, 5, 6, 7, 8]);
    // Each member counts: false is the default, and two styles that differ in their fill alone are two styles.
    expect([table.id({ wrap: false }), table.id({ text: false }), table.id({ date: false }), table.id({ fill: "FF00FF00" }), table.id({ fill: "FF0000FF" })]).toEqual([0, 0, 0, 9, 10]);
  });

  it("writes one xf per style: date, text and default formats, the bold font, each fill once, wrapping", () => {
    const table = new StyleTable();
    for (const s of [{ bold: true }, { fill: "FFFFC7CE" }, { wrap: true }, { text: true }, { date: true }, { fill: "FF00FF00", bold: true, text: true }, { fill: "FFFFC7CE", wrap: true, date: true }]) table.id(s);
    expect(table.xml()).toBe(`${HEAD}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>`
      + '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
      + '<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
      + '<fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FF00FF00"/><bgColor indexed="64"/></patternFill></fill></fills>'
      + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
      + '<cellXfs count="8"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
      + '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
      + '<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/>'
      + '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>'
      + '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
      + '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
      + '<xf numFmtId="49" fontId="1" fillId="3" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"/>'
      + '<xf numFmtId="164" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>'
      + '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>');
  });

  it("a fill's colour is escaped", () => {
    const table = new StyleTable();
    table.id({ fill: 'A"B' });
    expect(table.xml()).toContain('<fgColor rgb="A&quot;B"/>');
  });
});

describe("the shared strings part", () => {
  it("numbers each distinct string once, in order of first use, and writes them escaped with their count", () => {
    const strings = new SharedStrings();
    expect([strings.id("甲"), strings.id("a\r<b>"), strings.id("甲"), strings.id(" ")]).toEqual([0, 1, 0, 2]);
    expect(strings.xml()).toBe(`${HEAD}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">`
      + '<si><t xml:space="preserve">甲</t></si><si><t xml:space="preserve">a_x000D_&lt;b&gt;</t></si><si><t xml:space="preserve"> </t></si></sst>');
    expect(new SharedStrings().xml()).toBe(`${HEAD}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>`);
  });
});

describe("notes", () => {
  it("the comments part: one author, each note a rich-text run, text and reference escaped", () => {
    expect(commentsXml(new Map([["B3", "必填\r<注>"], ["AA10", "x"]]))).toBe(`${HEAD}<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>zwfw-standard</author></authors><commentList>`
      + '<comment ref="B3" authorId="0"><text><r><t xml:space="preserve">必填_x000D_&lt;注&gt;</t></r></text></comment>'
      + '<comment ref="AA10" authorId="0"><text><r><t xml:space="preserve">x</t></r></text></comment></commentList></comments>');
  });

  it("the VML drawing: one hidden shape per note, ids numbered per sheet, anchored beside its cell", () => {
    const shape = (id: number, z: number, anchor: string, row: number, column: number) =>
      `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:90pt;z-index:${z};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${column}</x:Column></x:ClientData></v:shape>`;
    expect(notesVml(new Map([["A1", "a"], ["C5", "b"], ["bad", "c"]]), 2)).toBe(
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="2"/></o:shapelayout>'
      + '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
      + shape(2049, 1, "1, 15, 0, 10, 4, 15, 5, 4", 0, 0) + shape(2050, 2, "3, 15, 3, 10, 6, 15, 9, 4", 4, 2) + shape(2051, 3, "1, 15, 0, 10, 4, 15, 5, 4", 0, 0) + "</xml>",
    );
  });

  it("cellRef names a 0-based column and 1-based row", () => {
    expect([cellRef(0, 1), cellRef(25, 9), cellRef(26, 10), cellRef(16_383, 1_048_576)]).toEqual(["A1", "Z9", "AA10", "XFD1048576"]);
  });
});

describe("the archive", () => {
  const sheets = (): XlsxSheet[] => [
    { name: "码表", rows: [["值"]], hidden: true },
    { name: "事项<&>", rows: [["名称", "数"], ["甲", 3]], notes: new Map([["A1", "必填"]]), frozenRows: 1 },
    { name: "说明", rows: [["甲"]], notes: new Map() },
  ];

  it("holds [Content_Types].xml and the package rels first, then each sheet with its notes, the workbook, styles and strings", () => {
    const parts = unzipSync(writeXlsx(sheets()));
    expect(Object.keys(parts)).toEqual(["[Content_Types].xml", "_rels/.rels", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/comments2.xml", "xl/drawings/vmlDrawing2.vml",
      "xl/worksheets/_rels/sheet2.xml.rels", "xl/worksheets/sheet3.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml"]);
    const text = (name: string) => strFromU8(parts[name]!);
    const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";
    expect(text("[Content_Types].xml")).toBe(`${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>`
      + `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>`
      + `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="${CT}.worksheet+xml"/><Override PartName="/xl/comments2.xml" ContentType="${CT}.comments+xml"/><Override PartName="/xl/worksheets/sheet3.xml" ContentType="${CT}.worksheet+xml"/></Types>`);
    const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const PKG = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';
    expect(text("_rels/.rels")).toBe(`${HEAD}${PKG}<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
    expect(text("xl/workbook.xml")).toBe(`${HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><bookViews><workbookView activeTab="1"/></bookViews><sheets>`
      + '<sheet name="码表" sheetId="1" state="hidden" r:id="rId1"/><sheet name="事项&lt;&amp;&gt;" sheetId="2" r:id="rId2"/><sheet name="说明" sheetId="3" r:id="rId3"/></sheets></workbook>');
    expect(text("xl/_rels/workbook.xml.rels")).toBe(`${HEAD}${PKG}<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>`
      + `<Relationship Id="rId3" Type="${REL}/worksheet" Target="worksheets/sheet3.xml"/><Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId5" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`);
    expect(text("xl/worksheets/_rels/sheet2.xml.rels")).toBe(`${HEAD}${PKG}<Relationship Id="rId1" Type="${REL}/comments" Target="../comments2.xml"/><Relationship Id="rId2" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing2.vml"/></Relationships>`);
    expect(text("xl/comments2.xml")).toBe(commentsXml(new Map([["A1", "必填"]])));
    expect(text("xl/drawings/vmlDrawing2.vml")).toBe(notesVml(new Map([["A1", "必填"]]), 2));
    // The first visible sheet is the selected tab; the others are not; only the sheet with notes names its drawing.
    expect(text("xl/worksheets/sheet2.xml")).toContain('tabSelected="1"');
    expect(text("xl/worksheets/sheet2.xml")).toContain('<legacyDrawing r:id="rId2"/>');
    expect(text("xl/worksheets/sheet1.xml")).not.toMatch(/tabSelected|legacyDrawing/);
    expect(text("xl/worksheets/sheet3.xml")).not.toMatch(/tabSelected|legacyDrawing/);
    // Shared strings are shared across sheets.
    expect(text("xl/sharedStrings.xml")).toContain('count="4"');
  });

  it("a workbook needs a visible sheet: none at all, or all hidden, is a worded TypeError; the first visible one is the active tab", () => {
    const refused = { name: "TypeError", id: "error.argument.xlsx-no-visible-sheet", params: {}, zh: "writeXlsx：sheets 须至少含一个不隐藏的工作表", en: "writeXlsx: sheets must hold at least one visible sheet" };
    expect(refusalOf(() => writeXlsx([]))).toEqual(refused);
    expect(refusalOf(() => writeXlsx([{ name: "码表", rows: [], hidden: true }]))).toEqual(refused);
    const workbook = strFromU8(unzipSync(writeXlsx([{ name: "甲", rows: [] }, { name: "乙", rows: [], hidden: true }]))["xl/workbook.xml"]!);
    expect(workbook).toContain('<workbookView activeTab="0"/>');
  });

  it("parts are deflated, and read back whole", () => {
    const bytes = writeXlsx(sheets());
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint16(8, true)).toBe(8);
    expect(readXlsxBytes(bytes, { maxRows: 10 })).toEqual([{ name: "码表", rows: [["值"]] }, { name: "事项<&>", rows: [["名称", "数"], ["甲", 3]] }, { name: "说明", rows: [["甲"]] }]);
  });

  it("XlsxWorkbook: its sheets by name, and the same bytes from toBytes and xlsx.writeBuffer", async () => {
    const list = sheets();
    const workbook = new XlsxWorkbook(list);
    expect(workbook.getWorksheet("说明")).toBe(list[2]);
    expect(workbook.getWorksheet("无")).toBeUndefined();
    // The zip headers carry the time of writing, so the parts are compared.
    expect(unzipSync(await workbook.xlsx.writeBuffer())).toEqual(unzipSync(writeXlsx(list)));
    expect(unzipSync(workbook.toBytes())).toEqual(unzipSync(writeXlsx(list)));
  });
});
