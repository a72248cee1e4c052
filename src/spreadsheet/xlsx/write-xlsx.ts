/** Sheets → .xlsx bytes (the parts, zipped with fflate). Browser-safe. */
import { strToU8, zipSync, type Zippable } from "fflate";
import { argumentError } from "../../i18n/argument-error.js";
import { escapeXml } from "./xml-text.js";
import type { XlsxSheet } from "./model.js";
import { commentsXml, notesVml } from "./write-notes.js";
import { SharedStrings, sheetXml } from "./write-sheet.js";
import { StyleTable } from "./write-styles.js";

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

const rels = (list: [id: string, type: string, target: string][]) =>
  `${XML}<Relationships xmlns="${PKG_REL}">${list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join("")}</Relationships>`;

/**
 * The bytes of an .xlsx workbook holding `sheets`. Throws a worded TypeError when no sheet is visible (none at all, or
 * all hidden): spreadsheet programs refuse such a workbook as damaged.
 */
export function writeXlsx(sheets: readonly XlsxSheet[]): Uint8Array {
  const firstVisible = sheets.findIndex((s) => !s.hidden);
  if (firstVisible < 0) throw argumentError("error.argument.xlsx-no-visible-sheet");
  const strings = new SharedStrings();
  const styles = new StyleTable();
  const files: Record<string, string> = {};
  const overrides: string[] = [];
  sheets.forEach((sheet, i) => {
    const n = i + 1;
    const hasNotes = (sheet.notes?.size ?? 0) > 0;
    files[`xl/worksheets/sheet${n}.xml`] = sheetXml(sheet, strings, styles, i === firstVisible, hasNotes ? "rId2" : undefined);
    overrides.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${CT}.worksheet+xml"/>`);
    if (hasNotes) {
      files[`xl/comments${n}.xml`] = commentsXml(sheet.notes!);
      files[`xl/drawings/vmlDrawing${n}.vml`] = notesVml(sheet.notes!, n);
      files[`xl/worksheets/_rels/sheet${n}.xml.rels`] = rels([["rId1", "comments", `../comments${n}.xml`], ["rId2", "vmlDrawing", `../drawings/vmlDrawing${n}.vml`]]);
      overrides.push(`<Override PartName="/xl/comments${n}.xml" ContentType="${CT}.comments+xml"/>`);
    }
  });
  const sheetList = sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`);
  files["xl/workbook.xml"] = `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><bookViews><workbookView activeTab="${firstVisible}"/></bookViews><sheets>${sheetList.join("")}</sheets></workbook>`;
  files["xl/_rels/workbook.xml.rels"] = rels([
    ...sheets.map((_, i): [string, string, string] => [`rId${i + 1}`, "worksheet", `worksheets/sheet${i + 1}.xml`]),
    [`rId${sheets.length + 1}`, "styles", "styles.xml"],
    [`rId${sheets.length + 2}`, "sharedStrings", "sharedStrings.xml"],
  ]);
  files["xl/styles.xml"] = styles.xml();
  files["xl/sharedStrings.xml"] = strings.xml();
  files["_rels/.rels"] = rels([["rId1", "officeDocument", "xl/workbook.xml"]]);
  files["[Content_Types].xml"] = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>${overrides.join("")}</Types>`;
  // [Content_Types].xml first, as Excel writes it; some readers expect it there (a Set keeps each name where it first came).
  const order = new Set(["[Content_Types].xml", "_rels/.rels", ...Object.keys(files)]);
  const zippable: Zippable = {};
  // Stryker disable next-line ObjectLiteral: level 6 is fflate's default, written out for the reader
  for (const name of order) zippable[name] = [strToU8(files[name]!), { level: 6 }];
  return zipSync(zippable);
}
