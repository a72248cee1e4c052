/** Renders a conformance report as Markdown: a notice to the lower level or a pull-request comment. */
import { message } from "../../i18n/messages.js";
import type { Locale } from "../../i18n/locale.js";
import type { Report } from "../../report/issue.js";
import { groupByLowerDocument, upperFileOf } from "./conformance-groups.js";
import { cell } from "../../report/render/markdown.js";

/** Renders a checkConformance or checkChain report; `files` are the compared files, upper first. */
export function renderConformanceMarkdown(report: Report, files: readonly string[], locale: Locale): string {
  const out = [`## ${message("conform.title", locale)}`, "", message("report.summary", locale, { ...report.summary }), ""];
  if (report.issues.length === 0) out.push(message("report.clean", locale), "");
  for (const doc of groupByLowerDocument(report.issues, files)) {
    out.push(`### ${cell(message("conform.document", locale, { file: doc.file, upper: doc.upperFile }))}`, "");
    const groups = [...doc.items, ...(doc.unclaimed.length > 0 ? [{ unclaimed: true, issues: doc.unclaimed }] : [])];
    for (const group of groups) {
      const heading = "unclaimed" in group ? message("conform.unclaimed", locale) : group.itemCode ? message("report.item", locale, { code: group.itemCode }) : message("report.header", locale);
      out.push(`#### ${heading}`, "");
      out.push(`| ${message("report.severity", locale)} | ${message("report.rule", locale)} | ${message("report.path", locale)} | ${message("report.message", locale)} | ${message("conform.upper-column", locale)} |`, "|---|---|---|---|---|");
      for (const issue of group.issues) {
        const upper = issue.upperPath !== undefined ? `${upperFileOf(issue, files) ?? ""} \`${issue.upperPath || "/"}\`` : "";
        out.push(`| ${message(`report.severity.${issue.severity}`, locale)} | \`${issue.rule}\` | \`${issue.path || "/"}\` | ${cell(issue.message)} | ${cell(upper)} |`);
      }
      out.push("");
    }
  }
  return out.join("\n");
}
