/**
 * Runs the package's checks on the page's inputs: validation of the list, conformance with the upper
 * list, the reform metrics against the previous batch, and for a bundle list its members' check. Browser-safe; the same code as the CLI.
 */
import { checkChain, checkConformance } from "../../../src/conformance/index.js";
import { message } from "../../../src/i18n/all-messages.js";
import type { Locale } from "../../../src/i18n/locale.js";
import { buildReport, mergeReports, type Issue, type Report } from "../../../src/report/issue.js";
import { catalogueFromRows } from "../../../src/spreadsheet/index.js";
import { SourceMap } from "../../../src/spreadsheet/source-map.js";
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
  /** The main input's validation when it was made elsewhere (a large JSONL file, streamed in a worker). */
  validation?: Report;
}

/** Why a comparison was not made (and which file was not a catalogue). */
export interface SkipNote {
  skipped: "not-catalogue" | "invalid" | "not-comparable" | "not-implementation" | "no-members" | "failed";
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

/**
 * A check that could not run on one input (e.g. a file nested too deeply for a recursive step):
 * it names that input, so the page never blames the main file for the previous batch's fault.
 */
export class CheckFailure extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
  }
}

/** Why a step failed, in the page's language: a stack overflow is the input's depth, anything else its own message. */
const reasonOf = (error: unknown, locale: Locale) =>
  error instanceof RangeError ? message("input.too-deep", locale) : String((error as Error)?.message ?? error);

/** Runs one input's step; what it throws becomes a CheckFailure naming that input (or the inputs compared). */
function attempt<T>(file: string, locale: Locale, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof CheckFailure) throw error;
    throw new CheckFailure(file, reasonOf(error, locale));
  }
}

/** A comparison that failed on one of its inputs is a note naming that input; the main file's validation still shows. */
function noteOnFailure<T>(run: () => T | SkipNote): T | SkipNote {
  try {
    return run();
  } catch (error) {
    if (error instanceof CheckFailure) return { skipped: "failed", file: error.file, reason: error.reason };
    throw error;
  }
}

/** Validates the main input in its form; a spreadsheet's report names sheet, row and column (and `sources` learns every value's cell). */
export function validateInput(input: ParsedInput, locale: Locale, sources?: SourceMap): Report {
  if (input.format === "jsonl") {
    if (!input.lines) throw new Error(`${input.name} is validated in a worker, streamed`);
    const validator = new LineValidator({ item: input.kind, locale });
    input.lines.forEach((line, i) => validator.push(line, i + 1));
    return validator.report();
  }
  if (input.format === "json") return validate(input.document, { as: input.as, locale });
  return catalogueFromRows(input.sheets, { locale, ...(sources ? { sources } : {}) }).report;
}

/** The catalogue of an input, when it is one. */
export const catalogueOf = (input: ParsedInput | undefined): unknown =>
  input && input.format !== "jsonl" && isCatalogue(input.document) ? input.document : undefined;

/** Whether a catalogue is structurally valid (the comparisons assume it). */
const structurallyValid = (doc: unknown) => !validate(doc, { as: "catalogue" }).issues.some((i) => i.rule === "schema");

/**
 * Compares inputs' catalogues when all are catalogues and structurally valid. Each input is read and
 * validated on its own first, so a failure names the file that caused it; the comparison itself names them all.
 */
function compareAll<T>(inputs: readonly ParsedInput[], locale: Locale, run: (catalogues: unknown[]) => T): T | SkipNote {
  const catalogues: unknown[] = [];
  for (const input of inputs) {
    const catalogue = attempt(input.name, locale, () => catalogueOf(input));
    if (catalogue === undefined) return { skipped: "not-catalogue", file: input.name };
    catalogues.push(catalogue);
  }
  if (!inputs.every((input, i) => attempt(input.name, locale, () => structurallyValid(catalogues[i])))) return { skipped: "invalid" };
  return attempt(inputs.map((input) => input.name).join("、"), locale, () => run(catalogues));
}

/** Compares two inputs' catalogues when both are catalogues and structurally valid. */
const compare = <T>(other: ParsedInput, main: ParsedInput, locale: Locale, run: (other: unknown, main: unknown) => T): T | SkipNote =>
  compareAll([other, main], locale, ([a, b]) => run(a, b));

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
  if (uppers.length === 1) return compare(uppers[0]!, main, locale, (upper, lower) => checkConformance(upper, lower, { locale }));
  const chain = [...chainOrder(uppers), main];
  return compareAll(chain, locale, (catalogues) => {
    const report = checkChain(catalogues, { locale });
    // Findings about the upper lists among themselves are not about the list being checked.
    const items = (catalogues[catalogues.length - 1] as { items: unknown[] }).items.length;
    return buildReport(report.issues.filter((issue) => issue.lower === chain.length - 1), items);
  });
}

/**
 * Runs every check the inputs allow. A comparison that fails on an input becomes a "failed" note naming
 * it; the main file's own validation failing throws a CheckFailure naming the main file.
 */
export function runChecks(inputs: CheckInputs): CheckResult {
  const { main, locale } = inputs;
  // A spreadsheet's import tells where each value came from: conformance findings are placed at their cells too.
  const sources = new SourceMap();
  const validation = inputs.validation ?? attempt(main.name, locale, () => validateInput(main, locale, sources));
  const compared = inputs.uppers && inputs.uppers.length > 0 ? noteOnFailure(() => conformanceOf(inputs.uppers!, main, locale)) : undefined;
  const conformance = compared && "issues" in compared && main.format !== "json" && main.format !== "jsonl"
    ? { ...compared, issues: compared.issues.map((issue) => sources.locate(issue)) }
    : compared;
  const previous = inputs.previous;
  const metrics = previous ? noteOnFailure(() => compare(previous, main, locale, reformMetrics)) : undefined;
  const members = inputs.members ?? [];
  const bundles = !isBundleInput(main) ? undefined
    : members.length > 0 ? noteOnFailure(() => attempt([main, ...members].map((m) => m.name).join("、"), locale, () => bundleCheck(main, members, locale)))
    : { skipped: "no-members" as const };
  const others: Issue[] = [
    ...(conformance && "issues" in conformance ? conformance.issues : []),
    ...(bundles && "issues" in bundles ? bundles.issues : []),
  ];
  return {
    validation,
    ...(conformance ? { conformance } : {}),
    ...(metrics ? { metrics } : {}),
    ...(bundles ? { bundles } : {}),
    // Merged, so a validation that kept only its first issues (a streamed file) keeps its full counts.
    combined: mergeReports([validation, buildReport(others, 0)]),
  };
}
