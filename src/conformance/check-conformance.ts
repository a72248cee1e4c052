/** checkConformance(): a lower catalogue against the catalogue of the level above (同一事项、同一标准). */
import { buildReport, type Issue, type Report } from "../report/issue.js";
import type { Data } from "../rules/rule.js";
import { assertSameMajor } from "../schema/same-major.js";
import { compareBundleLists, isBundleList } from "./compare-bundle-lists.js";
import { compareWithAbove } from "./compare-lists.js";
import { toConformanceIssue } from "./localize.js";
import { IndexedMatcher, type Matcher } from "./matcher.js";
import { resolveOptions, type ConformanceOptions } from "./options.js";

/**
 * Compares `lower` (a standard or implementation list) with `upper` (any catalogue of a higher
 * level). Paths point into `lower`; `upperPath` into `upper`. Issues come in document order:
 * header, items, then the unclaimed upper items. Run validate() first: the rules assume valid input.
 * Checks of several lists against one upper list may share a `matcher`, which indexes it once.
 * Documents of two majors are refused (TypeError naming both): migrate one first.
 * Two 一件事 lists (kind "bundle") compare bundle by bundle (compareBundleLists).
 */
export function checkConformance(upper: unknown, lower: unknown, options: ConformanceOptions = {}, matcher: Matcher = new IndexedMatcher()): Report {
  assertSameMajor([upper, lower], "checkConformance", options.locale);
  const { policy, locale } = resolveOptions(options, [upper, lower]);
  const issues: Issue[] = [];
  const findings = isBundleList(lower)
    ? compareBundleLists(upper as Data, lower as Data, options.registry)
    : compareWithAbove([upper as Data, lower as Data], 1, options.registry, matcher);
  for (const finding of findings) {
    const issue = toConformanceIssue(finding, policy, locale);
    if (issue) issues.push(issue);
  }
  const items = Array.isArray((lower as Data).items) ? (lower as Data).items.length : 0;
  return buildReport(issues, items);
}
