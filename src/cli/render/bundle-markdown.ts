/** Renders a bundle report as Markdown: per bundle its savings table, then its issues. */
import type { BundleReport } from "../../bundle/types.js";
import type { Locale } from "../../i18n/locale.js";
import { message } from "../../i18n/messages.js";
import { savingsRows } from "./bundle-rows.js";
import { cell } from "../../report/render/markdown.js";

/** Renders a checkBundles report; `lists` are the implementation list files, in the order given. */
export function renderBundleMarkdown(report: BundleReport, lists: readonly string[], locale: Locale): string {
  const m = (id: Parameters<typeof message>[0]) => message(id, locale);
  const out = [`## ${m("bundle.title")}`, "", message("bundle.summary", locale, { ...report.summary }), ""];
  for (const bundle of report.bundles) {
    out.push(`### ${cell(message("bundle.heading", locale, { code: bundle.code, name: bundle.name }))}`, "");
    out.push(`#### ${m("bundle.savings")}`, "", `| ${m("bundle.metric")} | ${m("bundle.before")} | ${m("bundle.after")} | ${m("bundle.cut")} |`, "|---|---:|---:|---:|");
    for (const row of savingsRows(bundle, locale)) out.push(`| ${cell(row.label)} | ${row.before} | ${row.after} | ${row.cut} |`);
    out.push("");
    const issues = report.issues.filter((i) => i.path === bundle.path || i.path.startsWith(`${bundle.path}/`));
    if (issues.length === 0) continue;
    out.push(`#### ${m("bundle.issues")}`, "", `| ${m("report.severity")} | ${m("report.rule")} | ${m("report.path")} | ${m("report.message")} |`, "|---|---|---|---|");
    for (const issue of issues) {
      const where = issue.upperPath !== undefined ? ` (${message("bundle.in-list", locale, { file: lists[issue.upper ?? 0] ?? "", path: issue.upperPath })})` : "";
      out.push(`| ${message(`report.severity.${issue.severity}`, locale)} | \`${issue.rule}\` | \`${issue.path}\` | ${cell(issue.message + where)} |`);
    }
    out.push("");
  }
  if (report.issues.length === 0) out.push(m("report.clean"), "");
  return out.join("\n");
}
