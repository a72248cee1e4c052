/** The rows of a region summary, shared by the text and Markdown renderers (a renderer computes nothing). */
import { message } from "../../i18n/messages.js";
import type { Locale } from "../../i18n/locale.js";
import type { RegionReport } from "../../conformance/region/region-report.js";

/** A rate as a percentage with one decimal, "–" when nothing was checked. */
export const percent = (rate: number | null) => (rate === null ? "–" : `${(rate * 100).toFixed(1)}%`);

/** The header and rows of the per-list table. */
export function listRows(report: RegionReport, locale: Locale): string[][] {
  const head = ["region.file", "region.upper", "region.status", "region.items", "region.errors", "region.warnings", "region.infos", "region.consistency"] as const;
  return [
    head.map((id) => message(id, locale)),
    ...report.lists.map((s) => [
      s.file,
      s.upper ?? "",
      message(`region.status.${s.status}`, locale),
      String(s.report.summary.items),
      String(s.report.summary.errors),
      String(s.report.summary.warnings),
      String(s.report.summary.infos),
      s.status === "checked" ? percent(s.report.summary.items > 0 ? s.consistent / s.report.summary.items : null) : "",
    ]),
  ];
}

/** The header and rows of the by-rule table, rules by most errors, then warnings. */
export function ruleRows(report: RegionReport, locale: Locale): string[][] {
  const rules = Object.entries(report.summary.byRule).sort(([, a], [, b]) => b.errors - a.errors || b.warnings - a.warnings || b.infos - a.infos);
  return [
    [message("report.rule", locale), message("region.errors", locale), message("region.warnings", locale), message("region.infos", locale)],
    ...rules.map(([rule, c]) => [rule, String(c.errors), String(c.warnings), String(c.infos)]),
  ];
}

/** The summary lines: totals and the consistency rate. */
export function summaryLines(report: RegionReport, locale: Locale): string[] {
  const s = report.summary;
  return [
    message("region.summary", locale, { lists: s.lists, checked: s.checked, skipped: s.skipped, items: s.items, errors: s.errors, warnings: s.warnings, infos: s.infos }),
    message("region.rate", locale, { rate: percent(s.consistencyRate), consistent: s.consistent, items: s.items }),
  ];
}
