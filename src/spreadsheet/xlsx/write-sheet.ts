/** One worksheet part of a written workbook (ECMA-376 element order: views, columns, data, merges, validations, notes). */
import { decodeCell } from "../sheet-data.js";
import { cellRef } from "./write-notes.js";
import { escapeCellText, escapeXml } from "./xml-text.js";
import type { XlsxSheet, XlsxStyle, XlsxValue } from "./model.js";
import type { StyleTable } from "./write-styles.js";

/** Numbers the distinct strings of a workbook (the shared strings part). */
export class SharedStrings {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();

  /** The index of a string, added on first use. */
  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(text);
      this.ids.set(text, id);
    }
    return id;
  }

  /** The shared strings part (xl/sharedStrings.xml). */
  xml(): string {
    const items = this.list.map((s) => `<si><t xml:space="preserve">${escapeCellText(s)}</t></si>`);
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${items.length}" uniqueCount="${items.length}">${items.join("")}</sst>`;
  }
}

const DAY_MS = 86_400_000;
/** A UTC instant as a 1900-system date serial. */
const dateSerial = (date: Date) => date.getTime() / DAY_MS + 25569;

/** The XML of one cell, or "" for an empty one. */
function cellXml(ref: string, value: XlsxValue, style: number, strings: SharedStrings, styles: StyleTable, base: XlsxStyle): string {
  const s = style ? ` s="${style}"` : "";
  if (value === null || value === undefined || value === "") return style ? `<c r="${ref}"${s}/>` : "";
  if (typeof value === "string") return `<c r="${ref}"${s} t="s"><v>${strings.id(value)}</v></c>`;
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : "";
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (Number.isNaN(value.getTime())) return "";
  return `<c r="${ref}" s="${styles.id({ ...base, date: true })}"><v>${dateSerial(value)}</v></c>`;
}

/** The worksheet part; `relNotes` is the relationship id of its notes drawing, if it has notes. */
export function sheetXml(sheet: XlsxSheet, strings: SharedStrings, styles: StyleTable, selected: boolean, relNotes?: string): string {
  const out: string[] = [];
  const frozen = sheet.frozenRows ?? 0;
  const pane = frozen > 0 ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>` : "";
  out.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ""}>${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>`);
  // Stryker disable next-line ArrayDeclaration: an entry that is no column object has neither width nor text
  const columns = sheet.columns ?? [];
  const colStyle = columns.map((c) => (c?.text ? styles.id({ text: true }) : 0));
  const cols = columns.flatMap((c, i) => (c && (c.width !== undefined || c.text) ? [`<col min="${i + 1}" max="${i + 1}"${c.width !== undefined ? ` width="${c.width}" customWidth="1"` : ""}${colStyle[i] ? ` style="${colStyle[i]}"` : ""}/>`] : []));
  if (cols.length) out.push(`<cols>${cols.join("")}</cols>`);
  out.push("<sheetData>");
  const rows = withStyledCells(sheet);
  // Stryker disable next-line EqualityOperator: the row past the end is undefined and skipped
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    const cells: string[] = [];
    for (let c = 0; c < row.length; c++) {
      const ref = cellRef(c, r + 1);
      const own = sheet.styles?.get(ref);
      const base: XlsxStyle = { ...(columns[c]?.text ? { text: true } : {}), ...own };
      const style = own ? styles.id(base) : colStyle[c] ?? 0;
      cells.push(cellXml(ref, row[c], style, strings, styles, base));
    }
    out.push(`<row r="${r + 1}">${cells.join("")}</row>`);
  }
  out.push("</sheetData>");
  if (sheet.merges?.length) out.push(`<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${escapeXml(m)}"/>`).join("")}</mergeCells>`);
  if (sheet.validations?.length) {
    const list = sheet.validations.map((v) => `<dataValidation type="list" allowBlank="1" showErrorMessage="0" sqref="${escapeXml(v.range)}"><formula1>${escapeXml(v.list)}</formula1></dataValidation>`);
    out.push(`<dataValidations count="${list.length}">${list.join("")}</dataValidations>`);
  }
  out.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (relNotes) out.push(`<legacyDrawing r:id="${relNotes}"/>`);
  out.push("</worksheet>");
  return out.join("");
}

/** The sheet's rows, extended (as copies) to reach every styled cell, so a fill on an empty cell is written. */
function withStyledCells(sheet: XlsxSheet): (XlsxValue[] | undefined)[] {
  const rows = sheet.rows.slice();
  const copied = new Set<number>();
  // Stryker disable next-line ArrayDeclaration: a key that is no reference is skipped
  for (const ref of sheet.styles?.keys() ?? []) {
    const at = decodeCell(ref);
    if (!at) continue;
    const r = at.row - 1;
    const row = rows[r];
    if (row && row.length > at.column) continue;
    if (!copied.has(r)) {
      rows[r] = row ? row.slice() : [];
      copied.add(r);
    }
    rows[r]!.length = Math.max(rows[r]!.length, at.column + 1);
  }
  return rows;
}
