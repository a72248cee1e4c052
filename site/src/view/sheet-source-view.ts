/**
 * An issue's place in a workbook or CSV file: the cells around it as a small grid (the header row,
 * two rows and two columns either side), the issue's cell marked. Values are shown as the import read them.
 */
import type { Issue } from "../../../src/report/issue.js";
import { columnLetter, decodeCell, type SheetData } from "../../../src/spreadsheet/sheet-data.js";
import { cellText } from "../input/plain-cell.js";
import type { ParsedInput } from "../input/parse-input.js";
import { t } from "../i18n.js";
import { h } from "./dom.js";

/** Rows and columns shown either side of the issue's cell. */
const AROUND = 2;
/** Longer cell texts are cut (the whole text is the cell's title). */
const MAX_CELL_CHARS = 40;

/** The sheet and cell an issue names in a spreadsheet input, when it names them. */
function placeOf(issue: Issue, input: ParsedInput): { sheet: SheetData; row: number; column?: number } | undefined {
  if ((input.format !== "csv" && input.format !== "xlsx") || issue.sheet === undefined || issue.line === undefined) return undefined;
  const sheet = input.sheets.find((s) => s.name === issue.sheet);
  if (!sheet) return undefined;
  const column = issue.column === undefined ? undefined : decodeCell(`${issue.column}1`)?.column;
  return { sheet, row: issue.line, ...(column !== undefined ? { column } : {}) };
}

/** Whether an issue can be shown in its sheet. */
export const hasSheetSource = (issue: Issue, input: ParsedInput) => placeOf(issue, input) !== undefined;

const shown = (text: string) => (text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}…` : text);

/** The grid around an issue's cell; `data-sheet`, `data-row` and `data-column` say where it is. */
export function sheetSourceView(issue: Issue, input: ParsedInput): HTMLElement | null {
  const place = placeOf(issue, input);
  if (!place) return null;
  const { sheet, row, column } = place;
  const at = column ?? 0;
  const firstColumn = Math.max(0, at - AROUND);
  const columns = Array.from({ length: (column === undefined ? 0 : at - firstColumn) + AROUND + 1 }, (_, i) => firstColumn + i);
  // Row 1 holds the column titles; it is shown above the rows around the issue's row.
  const rows = [...new Set([1, ...Array.from({ length: 2 * AROUND + 1 }, (_, i) => row - AROUND + i)])].filter((r) => r >= 1 && r <= Math.max(row, sheet.rows.length));
  const cell = (r: number, c: number) => {
    const text = cellText(sheet.rows[r - 1]?.[c]);
    const hit = r === row && (column === undefined || c === column);
    return h("td", { ...(text.length > MAX_CELL_CHARS ? { title: text } : {}), ...(hit ? { class: "hit" } : {}) }, hit ? h("mark", {}, shown(text)) : shown(text));
  };
  return h("div", { class: "sheet-source", "data-testid": "source", "data-sheet": sheet.name, "data-row": row, ...(issue.column !== undefined ? { "data-column": issue.column } : {}) },
    h("table", {},
      h("caption", {}, issue.column !== undefined ? t("site.report.cell", { sheet: sheet.name, row, column: issue.column }) : t("site.report.row", { sheet: sheet.name, row })),
      h("thead", {}, h("tr", {}, h("th", {}), columns.map((c) => h("th", { scope: "col" }, columnLetter(c))))),
      h("tbody", {}, rows.map((r) => h("tr", { "data-row": r, ...(r === row ? { class: "hit-row" } : {}) }, h("th", { scope: "row" }, String(r)), columns.map((c) => cell(r, c)))))));
}
