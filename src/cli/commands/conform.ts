/** `zwfw conform <upper> <lower>` and `zwfw conform --chain <f1> <f2> …`: conformance between levels. */
import os from "node:os";
import type { Command } from "commander";
import type { RegionReport } from "../../conformance/region/region-report.js";
import { checkChain } from "../../conformance/check-chain.js";
import { checkConformance } from "../../conformance/check-conformance.js";
import { checkPolicy } from "../../conformance/policy/check-policy.js";
import type { ConformancePolicy } from "../../conformance/policy/policy.js";
import { message } from "../../i18n/messages.js";
import type { Locale } from "../../i18n/locale.js";
import { loadRegionRegistry } from "../../regions/load-region-registry.js";
import type { Report } from "../../report/issue.js";
import { EXIT, InputError } from "../errors.js";
import { refuseMixedMajors } from "../mixed-majors.js";
import { exitCodeOf, localeOption, printReport, reportFormat, useColor, type ReportFormat } from "../output.js";
import { readJsonFile } from "../read-input.js";
import { malformedDocuments } from "../malformed-documents.js";
import { renderConformanceMarkdown } from "../render/conformance-markdown.js";
import { renderConformanceText } from "../render/conformance-text.js";
import { renderJson } from "../render/json.js";
import { renderRegionMarkdown } from "../render/region-markdown.js";
import { renderRegionText } from "../render/region-text.js";
import { createProgress } from "../progress.js";
import { checkRegionFiles } from "../region/check-region-files.js";
import { listFiles } from "../region/list-files.js";
import { jobsOption } from "./validate.js";

/** Reads and checks a policy file; a bad policy is an input error (exit 2). */
export function readPolicy(file: string): ConformancePolicy {
  const value = readJsonFile(file);
  try {
    return checkPolicy(value);
  } catch (error) {
    throw new InputError(`${file}: ${(error as Error).message}`);
  }
}

/** Prints a conformance report and returns the exit code. */
function printConformance(report: Report, files: readonly string[], format: ReportFormat, locale: Locale): number {
  const out =
    format === "json" ? renderJson(report)
    : format === "markdown" ? renderConformanceMarkdown(report, files, locale)
    : renderConformanceText(report, files, locale, useColor());
  process.stdout.write(out);
  return exitCodeOf(report);
}

/** Collects a repeatable option's values. */
const collect = (value: string, previous: string[]) => [...previous, value];

/** `zwfw conform --upper <list> … <lists or folders…>`: a region run, printed in the chosen format. */
async function conformRegion(uppers: string[], paths: string[], opts: { policy?: string; regions?: boolean; jobs?: string; quiet?: boolean }, format: ReportFormat, locale: Locale): Promise<number> {
  const policy = opts.policy !== undefined ? readPolicy(opts.policy) : undefined;
  const upperFiles = listFiles(uppers);
  const lowers = listFiles(paths);
  if (lowers.length === 0) throw new InputError(message("region.no-lists", locale));
  const jobs = opts.jobs === undefined ? os.availableParallelism() : jobsOption(opts.jobs);
  const progress = createProgress(locale, Boolean(opts.quiet));
  let report: RegionReport;
  try {
    report = await checkRegionFiles(upperFiles, lowers, { locale, regions: Boolean(opts.regions), jobs, progress, ...(policy ? { policy } : {}) });
  } finally {
    progress.stop();
  }
  process.stdout.write(format === "json" ? renderJson(report) : format === "markdown" ? renderRegionMarkdown(report, locale) : renderRegionText(report, locale, useColor()));
  return report.ok ? EXIT.ok : EXIT.findings;
}

/** Registers the conform command. */
export function registerConform(program: Command): void {
  program
    .command("conform")
    .description(
      "check a lower-level list against the level above (逐级一致性检查); the inputs are validated first, and documents that fail the schema are reported (exit 1) instead of compared",
    )
    .argument("<files...>", "<upper> <lower>; with --chain the whole chain, upper level first; with --upper the lower lists or folders")
    .option("--chain", "check a chain of lists, province standard first (each item against the nearest list above that carries it)")
    .option("--upper <file>", "region run: an upper list (or folder) to check against, repeatable; every list given after it is checked against the nearest list above it (四级四同)", collect, [])
    .option("--jobs <n>", "region run: threads that check lists (default: the number of cores)")
    .option("--quiet", "region run: no progress bar")
    .option("--policy <file>", "conformance policy JSON (schemas/policy.schema.json): rule severities, off, per item type")
    .option("--regions", "use the region registry (区划库) for real parent links in region-not-within-upper")
    .option("--report <format>", "text | json | markdown", "text")
    .option("--locale <locale>", "zh-CN | en", "zh-CN")
    .addHelpText("after", "\nExit codes: 0 no error, 1 errors found (or an input fails the schema), 2 usage or input error.")
    .action(async (files: string[], opts: { chain?: boolean; upper: string[]; jobs?: string; quiet?: boolean; policy?: string; regions?: boolean; report: string; locale: string }) => {
      const format = reportFormat(opts.report);
      const locale = localeOption(opts.locale);
      if (opts.upper.length > 0) {
        if (opts.chain) throw new InputError("conform: --chain and --upper cannot be combined");
        process.exitCode = await conformRegion(opts.upper, files, opts, format, locale);
        return;
      }
      if (opts.chain ? files.length < 2 : files.length !== 2) {
        throw new InputError(opts.chain ? "conform --chain needs at least two files" : "conform needs exactly two files: <upper> <lower> (use --chain for more)");
      }
      const policy = opts.policy !== undefined ? readPolicy(opts.policy) : undefined;
      const documents = files.map((file) => readJsonFile(file));
      refuseMixedMajors(documents, files, locale);
      const registry = opts.regions ? await loadRegionRegistry() : undefined;
      const invalid = malformedDocuments(documents, files, locale, registry);
      if (invalid) {
        process.stderr.write(`zwfw: ${message("conform.invalid", locale)}\n`);
        printReport(invalid, format, locale);
        process.exitCode = EXIT.findings;
        return;
      }
      const options = { locale, ...(policy ? { policy } : {}), ...(registry ? { registry } : {}) };
      const report = opts.chain ? checkChain(documents, options) : checkConformance(documents[0], documents[1], options);
      if (opts.chain) for (const issue of report.issues) issue.file = files[issue.lower ?? 1];
      process.exitCode = printConformance(report, files, format, locale);
    });
}
