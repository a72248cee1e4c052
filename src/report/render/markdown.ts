/** Renders a report as Markdown for a pull request or a notice: a summary table first, then per item. */
import { message } from "../../i18n/messages.js";
import type { Locale } from "../../i18n/locale.js";
import type { Report } from "../issue.js";
import { groupIssues, locationOf } from "./group.js";

/** Escapes the characters that break a Markdown table cell. */
export const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

/** Renders a validation or conformance report as Markdown. */
export function renderMarkdown(report: Report, locale: Locale, title = message("report.title", locale)): string {
  const s = report.summary;
  const out = [`## ${title}`, "", message("report.summary", locale, { ...s }), ""];
  if (report.truncated) out.push(`> ${message("report.truncated", locale, { ...report.truncated })}`, "");
  const byRule = new Map<string, number>();
  for (const issue of report.issues) byRule.set(`${issue.rule}\u0000${issue.severity}`, (byRule.get(`${issue.rule}\u0000${issue.severity}`) ?? 0) + 1);
  if (byRule.size > 0) {
    out.push(`| ${message("report.rule", locale)} | ${message("report.severity", locale)} | ${message("report.count", locale)} |`, "|---|---|---:|");
    for (const [key, count] of byRule) {
      const [rule, severity] = key.split("\u0000");
      out.push(`| \`${rule}\` | ${message(`report.severity.${severity as "error"}`, locale)} | ${count} |`);
    }
    out.push("");
  }
  for (const group of groupIssues(report.issues)) {
    const heading = group.itemCode ? message("report.item", locale, { code: group.itemCode }) : message("report.header", locale);
    out.push(`### ${group.file ? `${group.file} · ` : ""}${heading}`, "");
    out.push(`| ${message("report.severity", locale)} | ${message("report.rule", locale)} | ${message("report.path", locale)} | ${message("report.message", locale)} |`, "|---|---|---|---|");
    for (const issue of group.issues) {
      const upper = issue.upperPath !== undefined ? ` (${message("report.upper", locale, { path: issue.upperPath })})` : "";
      out.push(`| ${message(`report.severity.${issue.severity}`, locale)} | \`${issue.rule}\` | \`${issue.path || "/"}\`${locationOf(issue) ? ` ${locationOf(issue)}` : ""} | ${cell(issue.message)}${cell(upper)} |`);
    }
    out.push("");
  }
  return out.join("\n");
}
