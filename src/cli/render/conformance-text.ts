/** Renders a conformance report as text: per lower document and item, each finding with the upper value's place. */
import pc from "picocolors";
import { message } from "../../i18n/messages.js";
import type { Locale } from "../../i18n/locale.js";
import type { Report, Severity } from "../../report/issue.js";
import { groupByLowerDocument, upperFileOf } from "./conformance-groups.js";

const SYMBOL: Record<Severity, string> = { error: "✖", warning: "⚠", info: "ℹ" };

/** Renders a checkConformance or checkChain report; `files` are the compared files, upper first. */
export function renderConformanceText(report: Report, files: readonly string[], locale: Locale, color: boolean): string {
  const c = color ? pc : pc.createColors(false);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const lines: string[] = [];
  for (const doc of groupByLowerDocument(report.issues, files)) {
    lines.push(c.underline(message("conform.document", locale, { file: doc.file, upper: doc.upperFile })));
    const groups = [...doc.items, ...(doc.unclaimed.length > 0 ? [{ unclaimed: true, issues: doc.unclaimed }] : [])];
    for (const group of groups) {
      const heading = "unclaimed" in group ? message("conform.unclaimed", locale) : group.itemCode ? message("report.item", locale, { code: group.itemCode }) : message("report.header", locale);
      lines.push("  " + c.bold(heading));
      for (const issue of group.issues) {
        const severity = paint[issue.severity](`${SYMBOL[issue.severity]} ${message(`report.severity.${issue.severity}`, locale)}`);
        lines.push(`    ${severity} ${c.dim(issue.path || "/")} ${c.dim(`[${issue.rule}]`)}`);
        lines.push(`      ${issue.message}`);
        if (issue.upperPath !== undefined) {
          lines.push(`      ${c.dim(message("conform.upper", locale, { file: upperFileOf(issue, files) ?? "", path: issue.upperPath || "/" }))}`);
        }
      }
    }
  }
  if (report.issues.length === 0) lines.push(c.green(message("report.clean", locale)));
  const s = report.summary;
  const summary = message("report.summary", locale, { items: s.items, errors: s.errors, warnings: s.warnings, infos: s.infos });
  lines.push(s.errors > 0 ? c.red(summary) : s.warnings > 0 ? c.yellow(summary) : c.green(summary));
  return lines.join("\n") + "\n";
}
