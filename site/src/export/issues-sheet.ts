/** The issues sheet of the annotated workbook: one row per finding, coloured by severity. */
import type { Locale } from "../../../src/i18n/locale.js";
import { message, type MessageId } from "../../../src/i18n/all-messages.js";
import type { Issue, Severity } from "../../../src/report/issue.js";
import type { XlsxSheet, XlsxStyle } from "../../../src/spreadsheet/index.js";

/** Cell fills by severity: light backgrounds that keep black text readable. */
const FILL: Record<Severity, string> = { error: "FFFFC7CE", warning: "FFFFEB9C", info: "FFDDEBF7" };
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The solid fill (ARGB) of a severity. */
export const fill = (severity: Severity): string => FILL[severity];

/** The most serious severity among findings. */
export const worstOf = (issues: readonly Issue[]): Severity =>
  issues.reduce<Severity>((worst, i) => (RANK[i.severity] > RANK[worst] ? i.severity : worst), "info");

/** Where a finding is, as a spreadsheet user reads it: Sheet!B3, or L12 for JSONL. */
const placeOf = (issue: Issue) =>
  issue.sheet !== undefined ? `${issue.sheet}!${issue.column ?? ""}${issue.line ?? ""}` : issue.line !== undefined ? `L${issue.line}` : "";

/** The sheet listing every finding, under a name none of `taken` has. */
export function issuesSheet(taken: readonly string[], issues: readonly Issue[], locale: Locale): XlsxSheet {
  let name = message("site.sheet.issues", locale);
  while (taken.includes(name)) name += "_";
  const header: [MessageId, number][] = [["report.severity", 10], ["report.rule", 28], ["site.sheet.item", 34], ["report.path", 30], ["site.sheet.place", 18], ["report.message", 80]];
  const styles = new Map<string, XlsxStyle>(header.map((_, i) => [`${String.fromCharCode(65 + i)}1`, { bold: true }]));
  const rows = [header.map(([id]) => message(id, locale))];
  issues.forEach((issue, i) => {
    const upper = issue.upperPath !== undefined ? ` (${message("report.upper", locale, { path: issue.upperPath })})` : "";
    rows.push([message(`report.severity.${issue.severity}`, locale), issue.rule, issue.itemCode ?? "", issue.path || "/", placeOf(issue), issue.message + upper]);
    styles.set(`A${i + 2}`, { fill: fill(issue.severity) });
    styles.set(`F${i + 2}`, { wrap: true });
  });
  return { name, rows, frozenRows: 1, columns: header.map(([, width]) => ({ width })), styles };
}
