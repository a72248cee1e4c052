/**
 * Runs the package's checks on the page's inputs: validation of the list, conformance with the upper
 * list, the reform metrics against the previous batch, and for a bundle list its members' check. Browser-safe; the same code as the CLI.
 */
import { checkChain, checkConformance } from "../../../src/conformance/index.js";
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
  /** The lists above, in any order (province basic, province standard, city, …). */
  uppers?: readonly ParsedInput[];
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

/** Compares inputs' catalogues when all are catalogues and structurally valid. */
function compareAll<T>(inputs: readonly ParsedInput[], run: (catalogues: unknown[]) => T): T | SkipNote {
  for (const input of inputs) if (catalogueOf(input) === undefined) return { skipped: "not-catalogue", file: input.name };
  const catalogues = inputs.map(catalogueOf);
  if (!catalogues.every(structurallyValid)) return { skipped: "invalid" };
  return run(catalogues);
}

/** Compares two inputs' catalogues when both are catalogues and structurally valid. */
const compare = <T>(other: ParsedInput, main: ParsedInput, run: (other: unknown, main: unknown) => T): T | SkipNote =>
  compareAll([other, main], ([a, b]) => run(a, b));

const KIND_RANK: Record<string, number> = { basic: 0, standard: 1, implementation: 2 };

/** The upper lists in chain order, as `conform --chain` takes them: higher level first, and at one level basic → standard → implementation. */
export function chainOrder(uppers: readonly ParsedInput[]): ParsedInput[] {
  const rank = (input: ParsedInput) => {
    const doc = catalogueOf(input) as { region?: { level?: unknown }; kind?: unknown } | undefined;
    return Number(doc?.region?.level ?? 9) * 10 + (KIND_RANK[String(doc?.kind)] ?? 3);
  };
  return [...uppers].sort((a, b) => rank(a) - rank(b));
}

/**
 * Conformance with the lists above: one upper list as `zwfw conform upper lower` checks it, several
 * as `zwfw conform --chain` does (each item against the nearest list above that carries it).
 */
function conformanceOf(uppers: readonly ParsedInput[], main: ParsedInput, locale: Locale): Report | SkipNote {
  if (uppers.length === 1) return compare(uppers[0]!, main, (upper, lower) => checkConformance(upper, lower, { locale }));
  const chain = [...chainOrder(uppers), main];
  return compareAll(chain, (catalogues) => {
    const report = checkChain(catalogues, { locale });
    // Findings about the upper lists among themselves are not about the list being checked.
    const items = (catalogues[catalogues.length - 1] as { items: unknown[] }).items.length;
    return buildReport(report.issues.filter((issue) => issue.lower === chain.length - 1), items);
  });
}

/** Runs every check the inputs allow. */
export function runChecks(inputs: CheckInputs): CheckResult {
  const validation = validateInput(inputs.main, inputs.locale);
  const conformance = inputs.uppers && inputs.uppers.length > 0 ? conformanceOf(inputs.uppers, inputs.main, inputs.locale) : undefined;
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
