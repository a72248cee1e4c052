/**
 * Cell notes as Excel stores them: a comments part with the text, and a legacy VML drawing that
 * places each note's (hidden) box; Excel shows no note without the drawing.
 */
import { columnLetter, decodeCell } from "../sheet-data.js";
import { escapeCellText, escapeXml } from "./xml-text.js";

/**
 * The comments part of a sheet's notes. The text is one rich-text run (<r><t>), as Excel writes it:
 * a bare <t> is valid too, but readers such as exceljs only take the runs and see an empty note.
 */
export function commentsXml(notes: Map<string, string>): string {
  const list = [...notes].map(([ref, text]) => `<comment ref="${escapeXml(ref)}" authorId="0"><text><r><t xml:space="preserve">${escapeCellText(text)}</t></r></text></comment>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>zwfw-standard</author></authors><commentList>${list.join("")}</commentList></comments>`;
}

/** The VML drawing of sheet number `sheet` (1-based; shape ids must differ across sheets). */
export function notesVml(notes: Map<string, string>, sheet: number): string {
  const shapes = [...notes.keys()].map((ref, i) => {
    const at = decodeCell(ref) ?? { column: 0, row: 1 };
    const anchor = `${at.column + 1}, 15, ${Math.max(0, at.row - 2)}, 10, ${at.column + 4}, 15, ${at.row + 4}, 4`;
    return `<v:shape id="_x0000_s${sheet * 1024 + i + 1}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:90pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${at.row - 1}</x:Row><x:Column>${at.column}</x:Column></x:ClientData></v:shape>`;
  });
  return `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${sheet}"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>${shapes.join("")}</xml>`;
}

/** Re-exported for the sheet writer: A1 references of a row and column. */
export const cellRef = (column: number, row: number) => `${columnLetter(column)}${row}`;
