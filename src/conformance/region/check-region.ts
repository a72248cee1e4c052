/** checkRegion(): every list of a region checked against the nearest list above it, with a summary (四级四同). */
import { IndexedMatcher } from "../matcher.js";
import type { ConformanceOptions } from "../options.js";
import { checkRegionList, schemaFailure, type NamedList } from "./check-region-list.js";
import { headerOf, isLowerList, nearestUpper } from "./plan-region.js";
import { buildReport } from "../../report/issue.js";
import type { RegionReport, RegionSection } from "./region-report.js";
import { summarizeRegion } from "./summarize-region.js";

/** A list given to checkRegion. */
export interface RegionList extends NamedList {
  /** Only a standard to check against (the CLI's --upper): never checked itself. */
  upperOnly?: boolean;
}

/**
 * Checks every standard or implementation list that is not `upperOnly` against the nearest list
 * above it among all the lists given (a county against its city, else its province; a township
 * against its county …; see nearestUpper). Each section's report equals checkConformance(upper,
 * list) for the pair; a list that fails the schema is reported (its validation report) and
 * skipped, and so is a list whose upper list fails it. Browser-safe; `zwfw conform --upper` runs
 * the same steps over files on all cores.
 */
export function checkRegion(lists: readonly RegionList[], options: ConformanceOptions = {}): RegionReport {
  const headers = lists.map((list) => headerOf(list.document));
  const invalid = new Map<number, boolean>();
  const isInvalid = (i: number) => {
    if (!invalid.has(i)) invalid.set(i, schemaFailure(lists[i]!.document, options) !== undefined);
    return invalid.get(i)!;
  };
  const sections: RegionSection[] = [];
  const matcher = new IndexedMatcher();
  lists.forEach((list, i) => {
    if (list.upperOnly || (headers[i]!.kind !== undefined && !isLowerList(headers[i]!))) return;
    const upper = nearestUpper(headers, i, options.registry);
    if (upper === undefined) {
      const report = schemaFailure(list.document, options);
      sections.push(report ? { file: list.name, status: "invalid", report, consistent: 0 } : { file: list.name, status: "no-upper", report: buildReport([], 0), consistent: 0 });
      return;
    }
    sections.push(checkRegionList(lists[upper]!, list, isInvalid(upper), options, matcher));
  });
  return summarizeRegion(sections);
}
