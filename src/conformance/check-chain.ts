/** checkChain(): a whole chain of lists, province standard first, each level against the ones above. */
import { wordedError } from "../i18n/localized-error.js";
import { assertSameMajor } from "../schema/same-major.js";
import { buildReport, type Issue, type Report } from "../report/issue.js";
import type { Data } from "../rules/rule.js";
import { compareBundleLists, isBundleList } from "./compare-bundle-lists.js";
import { compareWithAbove } from "./compare-lists.js";
import { toConformanceIssue } from "./localize.js";
import { resolveOptions, type ConformanceOptions } from "./options.js";

/**
 * Checks every list of the chain against the lists above it: each item against the nearest list
 * that carries its basicCode (not-in-upper only when none does), headers against the list just
 * above (levels must descend; they may skip). Every issue names the two documents it compares by
 * index (`lower`, `upper`); issues are ordered by lower document, then as in checkConformance.
 * `summary.items` counts the items of the lower lists (every document but the first). A chain of
 * 一件事 lists compares each list with the one just above it, bundle by bundle.
 */
export function checkChain(chain: readonly unknown[], options: ConformanceOptions = {}): Report {
  if (!Array.isArray(chain) || chain.length < 2) throw wordedError(TypeError, "error.chain.too-short", {}, options.locale);
  assertSameMajor(chain, "checkChain", options.locale);
  const { policy, locale } = resolveOptions(options, chain);
  const docs = chain as readonly Data[];
  const issues: Issue[] = [];
  let items = 0;
  for (let j = 1; j < docs.length; j++) {
    items += Array.isArray(docs[j]!.items) ? docs[j]!.items.length : 0;
    const findings = isBundleList(docs[j]) ? compareBundleLists(docs[j - 1]!, docs[j]!, options.registry, j - 1) : compareWithAbove(docs, j, options.registry);
    for (const finding of findings) {
      const issue = toConformanceIssue(finding, policy, locale);
      if (issue) issues.push({ ...issue, lower: j, upper: finding.upper });
    }
  }
  return buildReport(issues, items);
}
