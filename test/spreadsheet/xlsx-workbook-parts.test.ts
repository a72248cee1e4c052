/**
 * The .xlsx reader's parts besides the sheets: the relationships and workbook part (where the sheets,
 * shared strings and styles are; the date system), the styles part (which cell formats are dates),
 * the shared strings part, and the XML layer under them (prefixes, CDATA, malformed XML), each on
 * crafted parts with the whole result or the whole XlsxError in both locales.
 */
import { describe, expect, it } from "vitest";
import { readDateStyles, isDateFormat } from "../../src/spreadsheet/xlsx/read-styles.js";
import { readSharedStrings } from "../../src/spreadsheet/xlsx/read-shared-strings.js";
import { readWorkbookParts } from "../../src/spreadsheet/xlsx/read-workbook-part.js";
import { parsePart } from "../../src/spreadsheet/xlsx/xml-part.js";
import { StopReading } from "../../src/spreadsheet/xlsx/zip-reader.js";
import { readXlsxBytes } from "../../src/spreadsheet/xlsx/read-xlsx.js";
import { archiveOf, refusalOf, xlsxRefusal, zipOf } from "./xlsx-kit.js";

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const PKG = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
const T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A relationships part. */
const relsXml = (...rels: string[]) => `<?xml version="1.0"?><Relationships ${PKG}>${rels.join("")}</Relationships>`;
/** One relationship; `type` is the last segment of the type URI. */
const rel = (id: string, type: string, target: string, more = "") => `<Relationship Id="${id}" Type="${T}/${type}" Target="${target}"${more}/>`;
/** A workbook part with sheets (`<sheet>` elements) and an optional workbookPr. */
const workbookXml = (sheets: string, pr = "") => `<?xml version="1.0"?><workbook ${MAIN}>${pr}<sheets>${sheets}</sheets></workbook>`;
const sheetXml = (cells: string) => `<?xml version="1.0"?><worksheet ${MAIN}><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;

const partsOf = (parts: Record<string, string>) => readWorkbookParts(archiveOf(zipOf(parts)));

describe("the workbook part and its relationships", () => {
  it("follows the package relationship to the workbook, and the workbook's to its sheets, strings and styles", () => {
    expect(partsOf({
      "_rels/.rels": relsXml(rel("r0", "extended-properties", "docProps/app.xml"), rel("r1", "officeDocument", "book/main.xml")),
      "book/main.xml": workbookXml('<sheet name="甲" sheetId="1" r:id="a"/><sheet name="乙" sheetId="2" r:id="b"/>'),
      "book/_rels/main.xml.rels": relsXml(rel("a", "worksheet", "s/one.xml"), rel("b", "worksheet", "s/two.xml"), rel("c", "theme", "theme.xml"), rel("d", "sharedStrings", "strings.xml"), rel("e", "styles", "look.xml")),
    })).toEqual({ sheets: [{ name: "甲", part: "book/s/one.xml" }, { name: "乙", part: "book/s/two.xml" }], sharedStrings: "book/strings.xml", styles: "book/look.xml", date1904: false });
  });

  it("resolves absolute targets, '..' and '.' segments against the naming part's folder", () => {
    expect(partsOf({
      "_rels/.rels": relsXml(rel("r1", "officeDocument", "/wb/x/workbook.xml")),
      "wb/x/workbook.xml": workbookXml('<sheet name="a" r:id="1"/><sheet name="b" r:id="2"/><sheet name="c" r:id="3"/>'),
      "wb/x/_rels/workbook.xml.rels": relsXml(rel("1", "worksheet", "../sheets/a.xml"), rel("2", "worksheet", "./b.xml"), rel("3", "worksheet", "/top/c.xml"), rel("4", "styles", "../../styles.xml")),
    })).toEqual({ sheets: [{ name: "a", part: "wb/sheets/a.xml" }, { name: "b", part: "wb/x/b.xml" }, { name: "c", part: "top/c.xml" }], sharedStrings: undefined, styles: "styles.xml", date1904: false });
  });

  it("without a package relationship the workbook is xl/workbook.xml; a workbook at the archive's root has its rels in _rels/", () => {
    expect(partsOf({
      "xl/workbook.xml": workbookXml('<sheet name="a" r:id="1"/>'),
      "xl/_rels/workbook.xml.rels": relsXml(rel("1", "worksheet", "worksheets/sheet1.xml")),
    }).sheets).toEqual([{ name: "a", part: "xl/worksheets/sheet1.xml" }]);
    expect(partsOf({
      "_rels/.rels": relsXml(rel("r1", "officeDocument", "book.xml")),
      "book.xml": workbookXml('<sheet name="a" r:id="1"/>'),
      "_rels/book.xml.rels": relsXml(rel("1", "worksheet", "s.xml")),
    }).sheets).toEqual([{ name: "a", part: "s.xml" }]);
  });

  it("a package relationship of another type, or none at all, leaves the default workbook part", () => {
    const parts = {
      "_rels/.rels": relsXml(rel("r1", "custom-properties", "other.xml")),
      "xl/workbook.xml": workbookXml('<sheet name="a" r:id="1"/>'),
      "xl/_rels/workbook.xml.rels": relsXml(rel("1", "worksheet", "worksheets/sheet1.xml")),
    };
    expect(partsOf(parts).sheets).toEqual([{ name: "a", part: "xl/worksheets/sheet1.xml" }]);
  });

  it("skips external targets, relationships without an id or target, sheets without a name, and sheets that are no worksheet", () => {
    expect(partsOf({
      "xl/workbook.xml": workbookXml('<sheet name="ext" r:id="1"/><sheet name="noId" r:id="2"/><sheet name="noTarget" r:id="3"/><sheet r:id="4"/><sheet name="chart" r:id="5"/><sheet name="none" r:id="9"/><sheet name="ok" r:id="6"/>'),
      "xl/_rels/workbook.xml.rels": relsXml(
        rel("1", "worksheet", "http://example.com/x.xml", ' TargetMode="External"'),
        `<Relationship Type="${T}/worksheet" Target="a.xml"/>`,
        `<Relationship Id="3" Type="${T}/worksheet"/>`,
        rel("4", "worksheet", "b.xml"),
        rel("5", "chartsheet", "chartsheets/c.xml"),
        rel("6", "worksheet", "d.xml", ' TargetMode="Internal"'),
        rel("7", "sharedStrings", "http://example.com/s.xml", ' TargetMode="External"'),
      ),
    })).toEqual({ sheets: [{ name: "ok", part: "xl/d.xml" }], sharedStrings: undefined, styles: undefined, date1904: false });
  });

  it("a relationship without a type names nothing; a type is matched by its last segment only", () => {
    expect(partsOf({
      "xl/workbook.xml": workbookXml('<sheet name="a" r:id="1"/><sheet name="b" r:id="2"/><sheet name="c" r:id="3"/>'),
      "xl/_rels/workbook.xml.rels": relsXml('<Relationship Id="1" Target="a.xml"/>', rel("2", "myworksheet", "b.xml"), rel("3", "worksheet", "c.xml")),
    }).sheets).toEqual([{ name: "c", part: "xl/c.xml" }]);
  });

  it("a sheet's relationship id may carry any prefix; a sheet with no id matches no relationship", () => {
    expect(partsOf({
      "xl/workbook.xml": `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="${T}"><sheets><sheet name="a" rel:id="x"/><sheet name="b"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": relsXml(rel("x", "worksheet", "a.xml"), rel("", "worksheet", "b.xml")),
    }).sheets).toEqual([{ name: "a", part: "xl/a.xml" }]);
  });

  it("date1904 is read as 1 or true; 0, false, or no workbookPr is the 1900 system", () => {
    const with1904 = (pr: string) => partsOf({ "xl/workbook.xml": workbookXml("", pr) }).date1904;
    expect([with1904('<workbookPr date1904="1"/>'), with1904('<workbookPr date1904="true"/>'), with1904('<workbookPr date1904="0"/>'), with1904('<workbookPr date1904="false"/>'), with1904("<workbookPr/>"), with1904("")])
      .toEqual([true, true, false, false, false, false]);
  });

  it("a 1904 workbook's date cells count from 1904-01-01", () => {
    const parts = {
      "xl/workbook.xml": workbookXml('<sheet name="日期" r:id="1"/>', '<workbookPr date1904="1"/>'),
      "xl/_rels/workbook.xml.rels": relsXml(rel("1", "worksheet", "s.xml"), rel("2", "styles", "styles.xml")),
      "xl/s.xml": sheetXml('<c r="A1" s="1"><v>1</v></c>'),
      "xl/styles.xml": `<?xml version="1.0"?><styleSheet ${MAIN}><cellXfs><xf/><xf numFmtId="14"/></cellXfs></styleSheet>`,
    };
    expect(readXlsxBytes(zipOf(parts), { maxRows: 5 })).toEqual([{ name: "日期", rows: [[new Date("1904-01-02T00:00:00Z")]] }]);
  });

  it("a zip without the workbook part is refused", () => {
    expect(refusalOf(() => partsOf({ "_rels/.rels": relsXml(rel("r1", "officeDocument", "xl/book.xml")), "xl/workbook.xml": workbookXml("") }))).toEqual(
      xlsxRefusal("error.xlsx.no-workbook", {}, "没有工作簿部件（是 zip 压缩包，但不是 .xlsx 工作簿）", "no workbook part (a zip archive, but not an .xlsx workbook)"),
    );
  });
});

describe("date styles", () => {
  it("format codes: d, m, y, h, s in any case are dates; quoted text, escapes, [colours], padding and fill characters are not", () => {
    const cases: [string, boolean][] = [
      ["yyyy-mm-dd", true], ["YYYY", true], ["h:mm", true], ["[h]:mm:ss", true], ["s", true], ["D", true],
      ["0.00", false], ["@", false], ["General", false], ['"day"0', false], ["\\d0", false], ["[Red]0", false], ["[Red]0;[Blue]-0", false],
      ["_d0", false], ["*d0", false], ['"y"@', false], ["", false], ["[$-804]0", false], ['0"h"', false], ["\\h\\m", false], ['"d"d', true],
    ];
    expect(cases.map(([code]) => [code, isDateFormat(code)])).toEqual(cases);
  });

  it("only cellXfs' formats count, by position; custom formats override the built-in ids; unknown ids are not dates", () => {
    const styles = `<?xml version="1.0"?><styleSheet ${MAIN}><numFmts><numFmt numFmtId="14" formatCode="0.00"/><numFmt numFmtId="200" formatCode="yyyy&quot;年&quot;"/><numFmt formatCode="yyyy"/><numFmt numFmtId="201"/></numFmts>`
      + '<cellStyleXfs><xf numFmtId="22"/><xf numFmtId="22"/></cellStyleXfs>'
      + '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="200"/><xf numFmtId="22"/><xf/><xf numFmtId="58"/><xf numFmtId="201"/><xf numFmtId="59"/><xf numFmtId="13"/></cellXfs>'
      + '<dxfs><xf numFmtId="22"/></dxfs></styleSheet>';
    expect([...readDateStyles(archiveOf(zipOf({ "styles.xml": styles })), "styles.xml")]).toEqual([2, 3, 5]);
  });

  it("every built-in date format id (14–22, 27–36, 45–47, 50–58) and none beside them", () => {
    const ids = Array.from({ length: 60 }, (_, i) => i);
    const styles = `<?xml version="1.0"?><styleSheet ${MAIN}><cellXfs>${ids.map((id) => `<xf numFmtId="${id}"/>`).join("")}</cellXfs></styleSheet>`;
    expect([...readDateStyles(archiveOf(zipOf({ "s.xml": styles })), "s.xml")]).toEqual([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
  });

  it("no styles part, or one the archive does not hold: no date styles", () => {
    const zip = archiveOf(zipOf({ "a.xml": "<a/>" }));
    expect([...readDateStyles(zip, undefined)]).toEqual([]);
    expect([...readDateStyles(zip, "missing.xml")]).toEqual([]);
  });
});

describe("shared strings", () => {
  const sst = (items: string) => archiveOf(zipOf({ "sst.xml": `<?xml version="1.0"?><sst ${MAIN}>${items}</sst>` }));

  it("reads the used strings, rich-text runs joined, phonetic runs left out, escapes undone", () => {
    const zip = sst('<si><t>零</t></si><si><r><rPr><b/></rPr><t>一</t></r><r><t xml:space="preserve"> 二</t></r><rPh sb="0" eb="1"><t>いち</t></rPh></si><si><t>a_x000D_b</t></si><si><t>三</t></si>');
    expect([...readSharedStrings(zip, "sst.xml", new Set([1, 2]), 100)]).toEqual([[1, "一 二"], [2, "a\rb"]]);
    expect([...readSharedStrings(zip, "sst.xml", new Set([0, 3]), 100)]).toEqual([[0, "零"], [3, "三"]]);
  });

  it("stops once every used string is found: a damaged tail after them is never read", () => {
    const zip = sst('<si><t>零</t></si><si><t>一</t></si><si><t>二</t><broken>');
    expect([...readSharedStrings(zip, "sst.xml", new Set([0, 1]), 100)]).toEqual([[0, "零"], [1, "一"]]);
    expect(refusalOf(() => readSharedStrings(zip, "sst.xml", new Set([0, 2]), 100))).toMatchObject({ id: "error.xlsx.bad-xml", params: { part: "sst.xml" } });
  });

  it("no part, or no string used: nothing is read, not even a damaged part", () => {
    const zip = sst("<si><t>零</t><broken>");
    expect([...readSharedStrings(zip, undefined, new Set([0]), 100)]).toEqual([]);
    expect([...readSharedStrings(zip, "sst.xml", new Set(), 100)]).toEqual([]);
  });

  it("a used string of exactly maxCellChars is read, across runs; one more character is refused with its index", () => {
    const zip = sst("<si><t>x</t></si><si><r><t>12</t></r><r><t>34</t></r></si><si><r><t>12</t></r><r><t>345</t></r></si>");
    expect([...readSharedStrings(zip, "sst.xml", new Set([1]), 4)]).toEqual([[1, "1234"]]);
    expect(refusalOf(() => readSharedStrings(zip, "sst.xml", new Set([2]), 4))).toEqual(
      xlsxRefusal("error.xlsx.string-too-long", { index: 2, max: 4 }, "共享字符串 2：超过 4 个字符", "shared string 2: more than 4 characters"),
    );
    // An unused string past the limit is not captured, so not refused.
    expect([...readSharedStrings(zip, "sst.xml", new Set([0]), 1)]).toEqual([[0, "x"]]);
  });

  it("a long string arriving in several text pieces is kept whole", () => {
    const long = "长".repeat(70_000);
    const zip = sst(`<si><t>${long}</t></si>`);
    expect(readSharedStrings(zip, "sst.xml", new Set([0]), 70_000).get(0)).toBe(long);
  });
});

describe("the XML layer", () => {
  const events = (xml: string, name = "p.xml") => {
    const seen: string[] = [];
    const found = parsePart(archiveOf(zipOf({ "p.xml": xml })), name, {
      open: (n, a) => seen.push(`<${n}${Object.entries(a).map(([k, v]) => ` ${k}=${v}`).join("")}>`),
      close: (n) => seen.push(`</${n}>`),
      text: (t) => seen.push(t),
    });
    return { found, seen };
  };

  it("names lose their prefix; attributes keep theirs; text and CDATA reach the text handler", () => {
    expect(events('<x:a xmlns:x="urn:x" x:k="1"><x:b>t&amp;<![CDATA[<c>]]></x:b><c/></x:a>')).toEqual({
      found: true, seen: ["<a xmlns:x=urn:x x:k=1>", "<b>", "t&", "<c>", "</b>", "<c>", "</c>", "</a>"],
    });
  });

  it("an absent part is not parsed and reports false; handlers are optional", () => {
    expect(events("<a/>", "other.xml")).toEqual({ found: false, seen: [] });
    expect(parsePart(archiveOf(zipOf({ "p.xml": "<a>t</a>" })), "p.xml", {})).toBe(true);
  });

  it("malformed or unfinished XML is refused with the parser's first line of reason", () => {
    expect(refusalOf(() => events("<a><b></a>"))).toEqual(
      xlsxRefusal("error.xlsx.bad-xml", { part: "p.xml", reason: "1:10: unexpected close tag." }, "部件 p.xml：XML 格式不正确（1:10: unexpected close tag.）", "part p.xml: not well-formed XML (1:10: unexpected close tag.)"),
    );
    expect(refusalOf(() => events("<a><b>"))).toMatchObject({ id: "error.xlsx.bad-xml", params: { part: "p.xml", reason: expect.stringMatching(/^1:6: unclosed tag: b/) } });
    expect(refusalOf(() => events("<a>&lol;</a>"))).toMatchObject({ id: "error.xlsx.bad-xml", params: { part: "p.xml" } });
  });

  it("a handler's StopReading ends the parse quietly and reports true", () => {
    const seen: string[] = [];
    const zip = archiveOf(zipOf({ "p.xml": "<a><b/><c/><d/><broken></a>" }));
    const found = parsePart(zip, "p.xml", {
      open(n) {
        seen.push(n);
        if (n === "c") throw new StopReading();
      },
    });
    expect({ found, seen }).toEqual({ found: true, seen: ["a", "b", "c"] });
  });

  it("passes its byte limit to the part's read", () => {
    const zip = archiveOf(zipOf({ "p.xml": "<a>0123456789</a>" }));
    expect(parsePart(zip, "p.xml", {}, 17)).toBe(true);
    expect(refusalOf(() => parsePart(zip, "p.xml", {}, 16))).toEqual(
      xlsxRefusal("error.xlsx.part-too-large", { part: "p.xml", mb: 0 }, "部件 p.xml：解压后超过 0 MB", "part p.xml: more than 0 MB uncompressed"),
    );
  });
});
