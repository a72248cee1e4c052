/** The styles part of a written workbook: one cell format (xf) per distinct style used. */
import { escapeXml } from "./xml-text.js";
import type { XlsxStyle } from "./model.js";

/** A cell style with its number format decided (dates get yyyy-mm-dd). */
export type ResolvedStyle = XlsxStyle & { date?: boolean };

/** The identity of a style: its members with absent as false (or no fill), in a fixed order. */
const keyOf = (style: ResolvedStyle) => JSON.stringify([style.bold ?? false, style.fill ?? "", style.wrap ?? false, style.text ?? false, style.date ?? false]);

/** Collects the styles cells use and numbers them; index 0 is the default. */
export class StyleTable {
  // The default under the same key as every other style, so a style that sets nothing is 0, not a copy of it.
  private readonly ids = new Map<string, number>([[keyOf({}), 0]]);
  private readonly styles: ResolvedStyle[] = [{}];
  private readonly fills: string[] = [];

  /** The xf index of a style. */
  id(style: ResolvedStyle): number {
    const key = keyOf(style);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.styles.length;
      this.styles.push(style);
      this.ids.set(key, id);
      if (style.fill && !this.fills.includes(style.fill)) this.fills.push(style.fill);
    }
    return id;
  }

  /** The styles part (xl/styles.xml). */
  xml(): string {
    const fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>',
      ...this.fills.map((argb) => `<fill><patternFill patternType="solid"><fgColor rgb="${escapeXml(argb)}"/><bgColor indexed="64"/></patternFill></fill>`)];
    const xfs = this.styles.map((s) => {
      const numFmt = s.date ? 164 : s.text ? 49 : 0;
      const fill = s.fill ? this.fills.indexOf(s.fill) + 2 : 0;
      const attrs = `numFmtId="${numFmt}" fontId="${s.bold ? 1 : 0}" fillId="${fill}" borderId="0" xfId="0"${numFmt ? ' applyNumberFormat="1"' : ""}${s.bold ? ' applyFont="1"' : ""}${fill ? ' applyFill="1"' : ""}`;
      return s.wrap ? `<xf ${attrs} applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>` : `<xf ${attrs}/>`;
    });
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="${fills.length}">${fills.join("")}</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  }
}
