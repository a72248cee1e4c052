/** checkBundles(): each 一件事 of a bundle list against its member items in the implementation lists. */
import type { Locale } from "../i18n/locale.js";
import { wordedError } from "../i18n/localized-error.js";
import { message } from "../i18n/messages.js";
import { buildReport, type Issue } from "../report/issue.js";
import type { Data } from "../rules/rule.js";
import { majorOfDocument } from "../schema/majors.js";
import { MemberIndex } from "./member-index.js";
import { bundleMetrics } from "./metrics.js";
import { bundleRules } from "./rules/index.js";
import type { BundleReport, BundleResult } from "./types.js";

/** Options of checkBundles. */
export interface BundleCheckOptions {
  /** Language of the messages; zh-CN by default. */
  locale?: Locale;
}

const isObject = (v: unknown): v is Data => typeof v === "object" && v !== null && !Array.isArray(v);

/** Refuses what is no bundle list or no implementation list with a TypeError naming the argument. */
function assertInputs(bundleList: unknown, implementationLists: unknown, locale: unknown): asserts implementationLists is readonly unknown[] {
  if (!isObject(bundleList) || bundleList.kind !== "bundle" || !Array.isArray(bundleList.items)) {
    throw wordedError(TypeError, "error.bundle.not-bundle-list", {}, locale);
  }
  if (!Array.isArray(implementationLists)) throw wordedError(TypeError, "error.bundle.not-array", {}, locale);
  const major = majorOfDocument(bundleList);
  implementationLists.forEach((list, i) => {
    if (!isObject(list) || list.kind !== "implementation" || !Array.isArray(list.items)) {
      throw wordedError(TypeError, "error.bundle.not-implementation", { index: i }, locale);
    }
    const other = majorOfDocument(list);
    if (major && other && other.id !== major.id) {
      throw wordedError(TypeError, "error.bundle.mixed-majors", { major: major.id, index: i, other: other.id }, locale);
    }
  });
}

/**
 * Checks every bundle of `bundleList` against the member items found in `implementationLists` (a
 * county's bundles may take members from its own and from the city's list). Issue paths point into
 * the bundle list and `itemCode` is the 一件事编码; a finding about a member's material also gives
 * `upper` (the index of the implementation list) and `upperPath` (the material there). Each bundle's
 * reform figures are in `bundles`. Run validate() on the inputs first: the rules assume valid documents.
 */
export function checkBundles(bundleList: unknown, implementationLists: readonly unknown[], options: BundleCheckOptions = {}): BundleReport {
  assertInputs(bundleList, implementationLists, options.locale);
  const locale = options.locale ?? "zh-CN";
  const index = new MemberIndex(implementationLists);
  const issues: Issue[] = [];
  const bundles: BundleResult[] = [];
  (bundleList as Data).items.forEach((bundle: unknown, i: number) => {
    if (!isObject(bundle)) return;
    const path = `/items/${i}`;
    const code = typeof bundle.code === "string" ? bundle.code : undefined;
    const members = index.resolve(bundle);
    for (const rule of bundleRules) {
      for (const finding of rule.check({ bundle, members })) {
        issues.push({
          rule: rule.id,
          severity: rule.severity,
          path: path + finding.path,
          ...(code !== undefined ? { itemCode: code } : {}),
          message: message(rule.id, locale, finding.params),
          ...(finding.upperPath !== undefined ? { upperPath: finding.upperPath } : {}),
          ...(finding.list !== undefined ? { upper: finding.list } : {}),
        });
      }
    }
    const unit = (bundle.timeLimit as Data | undefined)?.promised?.unit;
    bundles.push({
      code: code ?? "",
      name: typeof bundle.name === "string" ? bundle.name : "",
      path,
      ...(typeof unit === "string" ? { timeUnit: unit } : {}),
      metrics: bundleMetrics(bundle, members),
    });
  });
  return { ...buildReport(issues, bundles.length), bundles };
}
