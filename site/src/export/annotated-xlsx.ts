/**
 * The annotated workbook: the checked list as a workbook (the original .xlsx, the CSV's rows, or a
 * JSON catalogue exported in the template's layout) with every problem cell highlighted and the
 * messages as cell notes, plus an issues sheet that lists every finding with its place.
 */
import ExcelJS from "exceljs";
import type { Locale } from "../../../src/i18n/locale.js";
import type { Issue } from "../../../src/report/issue.js";
import { catalogueFromRows, exportWorkbook, sheetsFromWorkbook } from "../../../src/spreadsheet/index.js";
import { exportProblem } from "../../../src/spreadsheet/rows-from-catalogue.js";
import { isCatalogue } from "../input/document-name.js";
import type { ParsedInput } from "../input/parse-input.js";
import { addIssuesSheet, fill, worstOf } from "./issues-sheet.js";

/** The workbook to annotate, and the issues located in it (sheet, row, column). */
async function workbookOf(input: ParsedInput, issues: readonly Issue[], locale: Locale): Promise<{ workbook: ExcelJS.Workbook; located: Issue[] }> {
  const workbook = new ExcelJS.Workbook();
  if (input.format === "xlsx") {
    await workbook.xlsx.load(input.bytes as unknown as ArrayBuffer);
    return { workbook, located: [...issues] };
  }
  if (input.format === "csv") {
    for (const sheet of input.sheets) workbook.addWorksheet(sheet.name).addRows(sheet.rows.map((r) => r ?? []));
    return { workbook, located: [...issues] };
  }
  // A catalogue the layout cannot hold (a null item) gets the issues sheet alone, not a failed download.
  if (input.format === "json" && isCatalogue(input.document) && exportProblem(input.document) === undefined) {
    // Exported in the template's layout and read back, the validation findings name their cells.
    const exported = await exportWorkbook(input.document, { dropdowns: false, formattedRows: 0 });
    const reread = catalogueFromRows(sheetsFromWorkbook(exported), { locale }).report.issues;
    return { workbook: exported, located: [...reread, ...issues] };
  }
  return { workbook, located: [...issues] };
}

/** The cell holding an item's code, for findings that name the item but no cell (conformance findings). */
function codeCell(workbook: ExcelJS.Workbook, code: string): ExcelJS.Cell | undefined {
  for (const sheet of workbook.worksheets) {
    let found: ExcelJS.Cell | undefined;
    sheet.eachRow((row) => row.eachCell((cell) => { if (!found && String(cell.value) === code) found = cell; }));
    if (found) return found;
  }
  return undefined;
}

/** Highlights the cell of every finding (its own cell, else its item's code cell) and notes the messages. */
export function highlightCells(workbook: ExcelJS.Workbook, issues: readonly Issue[]): number {
  const byCell = new Map<ExcelJS.Cell, Issue[]>();
  for (const issue of issues) {
    const cell = issue.sheet !== undefined && issue.line !== undefined && issue.column !== undefined
      ? workbook.getWorksheet(issue.sheet)?.getCell(`${issue.column}${issue.line}`)
      : issue.itemCode !== undefined ? codeCell(workbook, issue.itemCode) : undefined;
    if (cell) byCell.set(cell, [...(byCell.get(cell) ?? []), issue]);
  }
  for (const [cell, found] of byCell) {
    cell.fill = fill(worstOf(found));
    cell.note = [...new Set(found.map((i) => `[${i.rule}] ${i.message}`))].join("\n");
  }
  return byCell.size;
}

/** Builds the annotated workbook's bytes. */
export async function annotatedWorkbook(issues: readonly Issue[], input: ParsedInput, locale: Locale): Promise<ArrayBuffer> {
  const { workbook, located } = await workbookOf(input, issues, locale);
  highlightCells(workbook, located);
  addIssuesSheet(workbook, issues, locale);
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

