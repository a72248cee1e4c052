/**
 * Runs the package's checks on the page's inputs: validation of the list, conformance with the upper
 * list, the reform metrics against the previous batch, and for a bundle list its members' check. Browser-safe; the same code as the CLI.
 */
import { checkConformance } from "../../../src/conformance/index.js";
import type { Locale } from "../../../src/i18n/locale.js";
import { buildReport, type Issue, type Report } from "../../../src/report/issue.js";
import { catalogueFromRows } from "../../../src/spreadsheet/index.js";
import { LineValidator } from "../../../src/validate/line-validator.js";
import { validate } from "../../../src/validate/validate.js";
import { isCatalogue } from "../input/document-name.js";
import type { ParsedInput } from "../input/parse-input.js";
import type { BundleReport } from "../../../src/bundle/index.js";
import { bundleCheck, isBundleInput } from "./bundle-check.js";
import { reformMetrics, type ReformMetrics } from "./reform-metrics.js";

/** What the page was given. */
export interface CheckInputs {
  main: ParsedInput;
  upper?: ParsedInput;
  previous?: ParsedInput;
  /** Implementation lists holding the members, when `main` is a bundle list (一件事清单). */
  members?: readonly ParsedInput[];
  locale: Locale;
}

/** Why a comparison was not made (and which file was not a catalogue). */
export interface SkipNote {
  skipped: "not-catalogue" | "invalid" | "not-comparable" | "not-implementation" | "no-members";
  file?: string;
  reason?: string;
}

/** Everything the report view shows. */
export interface CheckResult {
  /** Validation of the list (for spreadsheets: import issues first). */
  validation: Report;
  conformance?: Report | SkipNote;
  metrics?: ReformMetrics | SkipNote;
  /** A bundle list's check against its members, with each bundle's savings. */
  bundles?: BundleReport | SkipNote;
  /** Validation, conformance and bundle issues together: what the counts, the grouping and the downloads use. */
  combined: Report;
}

/** Validates the main input in its form; a spreadsheet's report names sheet, row and column. */
export function validateInput(input: ParsedInput, locale: Locale): Report {
  if (input.format === "jsonl") {
    const validator = new LineValidator({ item: input.kind, locale });
    input.lines.forEach((line, i) => validator.push(line, i + 1));
    return validator.report();
  }
  if (input.format === "json") return validate(input.document, { as: input.as, locale });
  return catalogueFromRows(input.sheets, { locale }).report;
}

/** The catalogue of an input, when it is one. */
export const catalogueOf = (input: ParsedInput | undefined): unknown =>
  input && input.format !== "jsonl" && isCatalogue(input.document) ? input.document : undefined;

/** Whether a catalogue is structurally valid (the comparisons assume it). */
const structurallyValid = (doc: unknown) => !validate(doc, { as: "catalogue" }).issues.some((i) => i.rule === "schema");

/** Compares two inputs' catalogues when both are catalogues and structurally valid. */
function compare<T>(other: ParsedInput, main: ParsedInput, run: (other: unknown, main: unknown) => T): T | SkipNote {
  for (const input of [other, main]) if (catalogueOf(input) === undefined) return { skipped: "not-catalogue", file: input.name };
  if (!structurallyValid(catalogueOf(other)) || !structurallyValid(catalogueOf(main))) return { skipped: "invalid" };
  return run(catalogueOf(other), catalogueOf(main));
}

/** Runs every check the inputs allow. */
export function runChecks(inputs: CheckInputs): CheckResult {
  const validation = validateInput(inputs.main, inputs.locale);
  const conformance = inputs.upper
    ? compare(inputs.upper, inputs.main, (upper, lower) => checkConformance(upper, lower, { locale: inputs.locale }))
    : undefined;
  const metrics = inputs.previous ? compare(inputs.previous, inputs.main, reformMetrics) : undefined;
  const bundles = !isBundleInput(inputs.main) ? undefined
    : inputs.members && inputs.members.length > 0 ? bundleCheck(inputs.main, inputs.members, inputs.locale)
    : { skipped: "no-members" as const };
  const issues: Issue[] = [
    ...validation.issues,
    ...(conformance && "issues" in conformance ? conformance.issues : []),
    ...(bundles && "issues" in bundles ? bundles.issues : []),
  ];
  return {
    validation,
    ...(conformance ? { conformance } : {}),
    ...(metrics ? { metrics } : {}),
    ...(bundles ? { bundles } : {}),
    combined: buildReport(issues, validation.summary.items),
  };
}
