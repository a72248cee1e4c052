/** Renders a report as text grouped by file and item, coloured when writing to a terminal. */
import pc from "picocolors";
import { message } from "../../i18n/messages.js";
import type { Locale } from "../../i18n/locale.js";
import type { Report, Severity } from "../../report/issue.js";
import { groupIssues, locationOf } from "../../report/render/group.js";

const SYMBOL: Record<Severity, string> = { error: "✖", warning: "⚠", info: "ℹ" };

/** Renders a report as text; `color` switches ANSI colours on. */
export function renderText(report: Report, locale: Locale, color: boolean): string {
  const c = color ? pc : pc.createColors(false);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const lines: string[] = [];
  let lastFile: string | undefined;
  for (const group of groupIssues(report.issues)) {
    if (group.file !== undefined && group.file !== lastFile) {
      lines.push(c.underline(group.file));
      lastFile = group.file;
    }
    lines.push("  " + c.bold(group.itemCode ? message("report.item", locale, { code: group.itemCode }) : message("report.header", locale)));
    for (const issue of group.issues) {
      const severity = paint[issue.severity](`${SYMBOL[issue.severity]} ${message(`report.severity.${issue.severity}`, locale)}`);
      const where = locationOf(issue) ? `${c.dim(locationOf(issue)!)} ` : "";
      lines.push(`    ${severity} ${where}${c.dim(issue.path || "/")} ${issue.message} ${c.dim(`[${issue.rule}]`)}`);
      if (issue.upperPath !== undefined) lines.push(`      ${c.dim(message("report.upper", locale, { path: issue.upperPath }))}`);
    }
  }
  if (report.truncated) lines.push(c.yellow(message("report.truncated", locale, { ...report.truncated })));
  if (report.issues.length === 0 && !report.truncated) lines.push(c.green(message("report.clean", locale)));
  const s = report.summary;
  const summary = message("report.summary", locale, { items: s.items, errors: s.errors, warnings: s.warnings, infos: s.infos });
  lines.push(s.errors > 0 ? c.red(summary) : s.warnings > 0 ? c.yellow(summary) : c.green(summary));
  return lines.join("\n") + "\n";
}
