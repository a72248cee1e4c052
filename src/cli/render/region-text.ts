/** Renders a region report as text: each list's own report, then the summary tables. */
import pc from "picocolors";
import { message } from "../../i18n/messages.js";
import type { Locale } from "../../i18n/locale.js";
import type { RegionReport } from "../../conformance/region/region-report.js";
import { renderConformanceText } from "./conformance-text.js";
import { renderText } from "./text.js";
import { listRows, ruleRows, summaryLines } from "./region-table.js";

/** Columns padded to their widest cell (by UTF-16 length; CJK cells may misalign by a little, which text reports accept). */
function columns(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => "  " + r.map((v, c) => v.padEnd(widths[c]!)).join("  ").trimEnd());
}

/** The whole region report as text. */
export function renderRegionText(report: RegionReport, locale: Locale, color: boolean): string {
  const c = color ? pc : pc.createColors(false);
  const out: string[] = [];
  for (const section of report.lists) {
    if (section.status === "checked") out.push(renderConformanceText(section.report, [section.upper ?? "", section.file], locale, color));
    else out.push(c.underline(`${section.file}: ${message(`region.status.${section.status}`, locale)}`) + "\n" + (section.report.issues.length > 0 ? renderText(section.report, locale, color) : ""));
  }
  out.push(c.bold(message("region.title", locale)), ...summaryLines(report, locale), "", ...columns(listRows(report, locale)), "");
  const rules = ruleRows(report, locale);
  if (rules.length > 1) out.push(c.bold(message("region.by-rule", locale)), ...columns(rules), "");
  return out.join("\n") + "\n";
}
