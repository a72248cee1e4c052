/** Renders a bundle report as text: per bundle its issues and its savings, coloured on a terminal. */
import pc from "picocolors";
import type { BundleReport } from "../../bundle/types.js";
import type { Locale } from "../../i18n/locale.js";
import { message } from "../../i18n/messages.js";
import type { Severity } from "../../report/issue.js";
import { savingsRows } from "./bundle-rows.js";

const SYMBOL: Record<Severity, string> = { error: "✖", warning: "⚠", info: "ℹ" };

/** Renders a checkBundles report; `lists` are the implementation list files; `color` switches ANSI colours on. */
export function renderBundleText(report: BundleReport, lists: readonly string[], locale: Locale, color: boolean): string {
  const c = color ? pc : pc.createColors(false);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const lines: string[] = [];
  for (const bundle of report.bundles) {
    lines.push(c.bold(message("bundle.heading", locale, { code: bundle.code, name: bundle.name })));
    for (const issue of report.issues.filter((i) => i.path === bundle.path || i.path.startsWith(`${bundle.path}/`))) {
      const severity = paint[issue.severity](`${SYMBOL[issue.severity]} ${message(`report.severity.${issue.severity}`, locale)}`);
      lines.push(`  ${severity} ${c.dim(issue.path)} ${c.dim(`[${issue.rule}]`)}`, `    ${issue.message}`);
      if (issue.upperPath !== undefined) lines.push(`    ${c.dim(message("bundle.in-list", locale, { file: lists[issue.upper ?? 0] ?? "", path: issue.upperPath }))}`);
    }
    lines.push(`  ${message("bundle.savings", locale)}`);
    for (const row of savingsRows(bundle, locale)) lines.push(`    ${row.label}: ${row.before} → ${row.after} (${message("bundle.cut", locale)} ${row.cut})`);
  }
  if (report.issues.length === 0) lines.push(c.green(message("report.clean", locale)));
  const s = report.summary;
  const summary = message("bundle.summary", locale, { items: s.items, errors: s.errors, warnings: s.warnings, infos: s.infos });
  lines.push(s.errors > 0 ? c.red(summary) : s.warnings > 0 ? c.yellow(summary) : c.green(summary));
  return lines.join("\n") + "\n";
}
