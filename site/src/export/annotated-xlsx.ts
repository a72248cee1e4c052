/**
 * The annotated workbook: the checked list as a workbook (the workbook's or the CSV's cells as read,
 * or a JSON catalogue exported in the template's layout) with every problem cell highlighted and the
 * messages as cell notes, plus an issues sheet that lists every finding with its place. Written with
 * the package's own .xlsx writer; the original file's formatting is not carried over, its values are.
 */
import type { Locale } from "../../../src/i18n/locale.js";
import type { Issue } from "../../../src/report/issue.js";
import { columnLetter } from "../../../src/spreadsheet/sheet-data.js";
import { catalogueFromRows, exportXlsxWorkbook, sheetsFromWorkbook, writeXlsx, type SheetData, type XlsxSheet } from "../../../src/spreadsheet/index.js";
import { exportProblem } from "../../../src/spreadsheet/rows-from-catalogue.js";
import { isCatalogue } from "../input/document-name.js";
import { plainCell } from "../input/plain-cell.js";
import type { ParsedInput } from "../input/parse-input.js";
import { issuesSheet, fill, worstOf } from "./issues-sheet.js";

/** Read sheets as sheets to write. */
const toWrite = (sheets: readonly SheetData[]): XlsxSheet[] => sheets.map((s) => ({ name: s.name, rows: s.rows.map((row) => row?.map(plainCell)), ...(s.merges ? { merges: s.merges } : {}) }));

/** The sheets to annotate, and the issues located in them (sheet, row, column). */
function sheetsOf(input: ParsedInput, issues: readonly Issue[], locale: Locale): { sheets: XlsxSheet[]; located: Issue[] } {
  if (input.format === "xlsx" || input.format === "csv") return { sheets: toWrite(input.sheets), located: [...issues] };
  // A catalogue the layout cannot hold (a null item) gets the issues sheet alone, not a failed download.
  if (input.format === "json" && isCatalogue(input.document) && exportProblem(input.document) === undefined) {
    // Exported in the template's layout and read back, the validation findings name their cells.
    const exported = exportXlsxWorkbook(input.document, { dropdowns: false, formattedRows: 0 });
    const reread = catalogueFromRows(sheetsFromWorkbook(exported), { locale }).report.issues;
    return { sheets: exported.sheets, located: [...reread, ...issues] };
  }
  return { sheets: [], located: [...issues] };
}

/** The A1 reference of the cell holding an item's code, for findings that name the item but no cell (conformance findings). */
function codeCell(sheets: readonly XlsxSheet[], code: string): { sheet: XlsxSheet; ref: string } | undefined {
  for (const sheet of sheets) {
    for (let r = 0; r < sheet.rows.length; r++) {
      const c = sheet.rows[r]?.findIndex((v) => v !== undefined && v !== null && String(v) === code) ?? -1;
      if (c >= 0) return { sheet, ref: `${columnLetter(c)}${r + 1}` };
    }
  }
  return undefined;
}

/** Highlights the cell of every finding (its own cell, else its item's code cell) and notes the messages; returns the cells marked. */
export function highlightCells(sheets: readonly XlsxSheet[], issues: readonly Issue[]): number {
  const byCell = new Map<string, { sheet: XlsxSheet; ref: string; found: Issue[] }>();
  for (const issue of issues) {
    const sheet = issue.sheet !== undefined ? sheets.find((s) => s.name === issue.sheet) : undefined;
    const target = sheet && issue.line !== undefined && issue.column !== undefined
      ? { sheet, ref: `${issue.column}${issue.line}` }
      : issue.itemCode !== undefined ? codeCell(sheets, issue.itemCode) : undefined;
    if (!target) continue;
    const key = `${target.sheet.name}!${target.ref}`;
    const entry = byCell.get(key) ?? { ...target, found: [] };
    entry.found.push(issue);
    byCell.set(key, entry);
  }
  for (const { sheet, ref, found } of byCell.values()) {
    (sheet.styles ??= new Map()).set(ref, { ...sheet.styles.get(ref), fill: fill(worstOf(found)) });
    (sheet.notes ??= new Map()).set(ref, [...new Set(found.map((i) => `[${i.rule}] ${i.message}`))].join("\n"));
  }
  return byCell.size;
}

/** Builds the annotated workbook's bytes. */
export async function annotatedWorkbook(issues: readonly Issue[], input: ParsedInput, locale: Locale): Promise<ArrayBuffer> {
  const { sheets, located } = sheetsOf(input, issues, locale);
  highlightCells(sheets, located);
  return writeXlsx([...sheets, issuesSheet(sheets.map((s) => s.name), issues, locale)]).slice().buffer;
}
