/** One list of a region run: the schema gate, then conformance against its upper list. */
import { validate } from "../../validate/validate.js";
import { latestMajor, majorOfDocument } from "../../schema/majors.js";
import { buildReport, type Report } from "../../report/issue.js";
import { checkConformance } from "../check-conformance.js";
import type { Matcher } from "../matcher.js";
import type { ConformanceOptions } from "../options.js";
import type { RegionSection } from "./region-report.js";
import { consistentItems } from "./summarize-region.js";

/**
 * The validation report of a document when it fails the schema, else undefined (semantic findings
 * do not stop a comparison). The compiled schema decides first: only a failing document is
 * validated whole, for its report, so a valid list costs the schema check alone.
 */
export function schemaFailure(document: unknown, options: ConformanceOptions): Report | undefined {
  // The major validate() would pick: the document's schemaVersion, else the newest.
  if ((majorOfDocument(document) ?? latestMajor).validators.catalogue(document)) return undefined;
  const report = validate(document, { ...(options.locale ? { locale: options.locale } : {}), ...(options.registry ? { registry: options.registry } : {}) });
  return report.issues.some((issue) => issue.rule === "schema") ? report : undefined;
}

/** A named list of a region run. */
export interface NamedList {
  name: string;
  document: unknown;
}

/**
 * The section of `lower` checked against `upper`: invalid when it fails the schema, upper-invalid
 * when the upper list does (`upperInvalid`, known by the caller who validated it once), else the
 * conformance report with its consistent items. Share one `matcher` over a run, so that each upper
 * list is indexed once for all the lists below it.
 */
export function checkRegionList(upper: NamedList, lower: NamedList, upperInvalid: boolean, options: ConformanceOptions, matcher: Matcher): RegionSection {
  const invalid = schemaFailure(lower.document, options);
  if (invalid) return { file: lower.name, status: "invalid", upper: upper.name, report: invalid, consistent: 0 };
  if (upperInvalid) return { file: lower.name, status: "upper-invalid", upper: upper.name, report: buildReport([], 0), consistent: 0 };
  const report = checkConformance(upper.document, lower.document, options, matcher);
  return { file: lower.name, status: "checked", upper: upper.name, report, consistent: consistentItems(report) };
}
