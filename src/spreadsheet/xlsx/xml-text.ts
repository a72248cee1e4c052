/**
 * Text in SpreadsheetML: XML escapes, plus the ST_Xstring escape `_xHHHH_` that Excel uses for
 * characters XML cannot carry (control characters) or would change (a carriage return, which XML
 * parsers turn into a line feed). A literal `_xHHHH_` in the text is written `_x005F_xHHHH_`.
 */

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Escapes text for an XML attribute or element (no ST_Xstring escapes: names, formulas, references). */
export const escapeXml = (text: string): string => text.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]!);

const hex4 = (code: number) => `_x${code.toString(16).toUpperCase().padStart(4, "0")}_`;

/**
 * Escapes cell text: control characters other than tab and line feed, CR, U+FFFE/U+FFFF and lone
 * surrogates become `_xHHHH_`, so the text comes back exactly.
 */
export function escapeCellText(text: string): string {
  const marked = text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
  // eslint-disable-next-line no-control-regex
  const safe = marked.replace(/[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (c) => hex4(c.charCodeAt(0)));
  return escapeXml(safe);
}

/** Undoes the `_xHHHH_` escapes of cell text read from a part (XML escapes are undone by the parser). */
export const unescapeCellText = (text: string): string =>
  // Stryker disable next-line StringLiteral: a fast path; text without "_x" holds no escape to replace
  text.includes("_x") ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
