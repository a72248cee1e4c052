/** The issues sheet of the annotated workbook: one row per finding, coloured by severity. */
import type ExcelJS from "exceljs";
import type { Locale } from "../../../src/i18n/locale.js";
import { message, type MessageId } from "../../../src/i18n/messages.js";
import type { Issue, Severity } from "../../../src/report/issue.js";

/** Cell fills by severity: light backgrounds that keep black text readable. */
const FILL: Record<Severity, string> = { error: "FFFFC7CE", warning: "FFFFEB9C", info: "FFDDEBF7" };
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The solid fill of a severity. */
export const fill = (severity: Severity): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb: FILL[severity] } });

/** The most serious severity among findings. */
export const worstOf = (issues: readonly Issue[]): Severity =>
  issues.reduce<Severity>((worst, i) => (RANK[i.severity] > RANK[worst] ? i.severity : worst), "info");

/** Where a finding is, as a spreadsheet user reads it: Sheet!B3, or L12 for JSONL. */
const placeOf = (issue: Issue) =>
  issue.sheet !== undefined ? `${issue.sheet}!${issue.column ?? ""}${issue.line ?? ""}` : issue.line !== undefined ? `L${issue.line}` : "";

/** Adds the sheet listing every finding, under a name no other sheet has. */
export function addIssuesSheet(workbook: ExcelJS.Workbook, issues: readonly Issue[], locale: Locale): ExcelJS.Worksheet {
  let name = message("site.sheet.issues", locale);
  while (workbook.getWorksheet(name)) name += "_";
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  const col = (id: MessageId, key: string, width: number) => ({ header: message(id, locale), key, width });
  sheet.columns = [
    col("report.severity", "severity", 10), col("report.rule", "rule", 28), col("site.sheet.item", "item", 34),
    col("report.path", "path", 30), col("site.sheet.place", "place", 18), col("report.message", "message", 80),
  ];
  sheet.getRow(1).font = { bold: true };
  for (const issue of issues) {
    const upper = issue.upperPath !== undefined ? ` (${message("report.upper", locale, { path: issue.upperPath })})` : "";
    const row = sheet.addRow({
      severity: message(`report.severity.${issue.severity}`, locale), rule: issue.rule, item: issue.itemCode ?? "",
      path: issue.path || "/", place: placeOf(issue), message: issue.message + upper,
    });
    row.getCell("severity").fill = fill(issue.severity);
    row.getCell("message").alignment = { wrapText: true, vertical: "top" };
  }
  return sheet;
}
