/** Renders a region report as Markdown a province office can circulate: the summary, then tables by list, rule and worst list. */
import { message } from "../../i18n/messages.js";
import type { Locale } from "../../i18n/locale.js";
import type { RegionReport } from "../../conformance/region/region-report.js";
import { cell } from "../../report/render/markdown.js";
import { listRows, ruleRows, summaryLines } from "./region-table.js";

/** A Markdown table; columns after the first `text` columns are right-aligned numbers. */
function table(rows: string[][], text: number): string[] {
  const [head, ...body] = rows;
  return [`| ${head!.map(cell).join(" | ")} |`, `|${head!.map((_, c) => (c < text ? "---" : "---:")).join("|")}|`, ...body.map((r) => `| ${r.map(cell).join(" | ")} |`), ""];
}

/** The whole region report in Markdown. */
export function renderRegionMarkdown(report: RegionReport, locale: Locale): string {
  const out = [`## ${message("region.title", locale)}`, "", ...summaryLines(report, locale).flatMap((line) => [line, ""])];
  out.push(`### ${message("region.lists", locale)}`, "", ...table(listRows(report, locale), 3));
  const rules = ruleRows(report, locale);
  if (rules.length > 1) out.push(`### ${message("region.by-rule", locale)}`, "", ...table(rules, 1));
  if (report.summary.worst.length > 0) {
    out.push(`### ${message("region.worst", locale)}`, "");
    out.push(...table([[message("region.file", locale), message("region.errors", locale), message("region.warnings", locale)], ...report.summary.worst.map((w) => [w.file, String(w.errors), String(w.warnings)])], 1));
  }
  return out.join("\n");
}
