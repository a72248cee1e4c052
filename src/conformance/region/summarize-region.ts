/** The summary of a region run, computed from its sections. */
import { itemIndexOf } from "../../internal/json-pointer.js";
import { noCounts } from "../../report/issue-collector.js";
import type { Report } from "../../report/issue.js";
import type { RegionReport, RegionSection, RegionSummary } from "./region-report.js";

/** How many lists the summary names as the worst. */
const WORST = 10;

/** The items of a conformance report with no finding: every item whose index no issue path points into. */
export function consistentItems(report: Report): number {
  const deviating = new Set<number>();
  for (const issue of report.issues) {
    const index = itemIndexOf(issue.path);
    if (index !== undefined) deviating.add(index);
  }
  return report.summary.items - deviating.size;
}

/** The region report of its sections, in the order given. */
export function summarizeRegion(lists: RegionSection[]): RegionReport {
  // Stryker disable next-line ArrayDeclaration: equivalent: `worst` is replaced by the computed list below before it is read
  const summary: RegionSummary = { lists: lists.length, checked: 0, skipped: 0, items: 0, consistent: 0, consistencyRate: null, errors: 0, warnings: 0, infos: 0, byRule: {}, worst: [] };
  for (const section of lists) {
    const { report } = section;
    if (section.status === "checked") {
      summary.checked++;
      summary.items += report.summary.items;
      summary.consistent += section.consistent;
    } else summary.skipped++;
    summary.errors += report.summary.errors;
    summary.warnings += report.summary.warnings;
    summary.infos += report.summary.infos;
    for (const issue of report.issues) {
      const counts = (summary.byRule[issue.rule] ??= noCounts());
      if (issue.severity === "error") counts.errors++;
      else if (issue.severity === "warning") counts.warnings++;
      else counts.infos++;
    }
  }
  summary.consistencyRate = summary.items > 0 ? summary.consistent / summary.items : null;
  summary.worst = lists
    .filter((s) => s.report.summary.errors + s.report.summary.warnings > 0)
    .map((s) => ({ file: s.file, errors: s.report.summary.errors, warnings: s.report.summary.warnings }))
    .sort((a, b) => b.errors - a.errors || b.warnings - a.warnings)
    .slice(0, WORST);
  return { ok: summary.errors === 0, summary, lists };
}
