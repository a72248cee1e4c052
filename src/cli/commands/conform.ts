/** `zwfw conform <upper> <lower>` and `zwfw conform --chain <f1> <f2> …`: conformance between levels. */
import os from "node:os";
import type { Command } from "commander";
import type { RegionReport } from "../../conformance/region/region-report.js";
import { checkChain } from "../../conformance/check-chain.js";
import { checkConformance } from "../../conformance/check-conformance.js";
import { checkPolicy } from "../../conformance/policy/check-policy.js";
import type { ConformancePolicy } from "../../conformance/policy/policy.js";
import { message } from "../../i18n/messages.js";
import { loadRegionRegistry } from "../../regions/load-region-registry.js";
import { mergeReports, type Issue } from "../../report/issue.js";
import { EXIT, InputError, inputError, wordedInputError } from "../errors.js";
import { addJsonPositions } from "../input/issue-positions.js";
import { parseJson, readJsonFile, readJsonText } from "../input/read-input.js";
import { resolveInput } from "../input/resolve-input.js";
import { t } from "../locale.js";
import { malformedDocuments } from "../malformed-documents.js";
import { refuseMixedMajors } from "../mixed-majors.js";
import { addReportOptions, emitReport, integerOption, reportSettings, type ReportFlags, type ReportSettings } from "../output.js";
import { createProgress } from "../progress.js";
import { checkRegionFiles } from "../region/check-region-files.js";
import { listFiles } from "../region/list-files.js";
import { renderConformanceMarkdown } from "../render/conformance-markdown.js";
import { renderConformanceText } from "../render/conformance-text.js";
import { renderRegionMarkdown } from "../render/region-markdown.js";
import { renderRegionText } from "../render/region-text.js";

/** Reads and checks a policy file; a bad policy is an input error (exit 2). */
export function readPolicy(file: string): ConformancePolicy {
  const value = readJsonFile(file);
  try {
    return checkPolicy(value);
  } catch (error) {
    throw wordedInputError(error, file);
  }
}

/** The conform command's options as commander hands them over. */
interface ConformFlags extends ReportFlags {
  chain?: boolean;
  upper: string[];
  jobs?: string;
  quiet?: boolean;
  policy?: string;
  regions?: boolean;
}

/** Collects a repeatable option's values. */
const collect = (value: string, previous: string[]) => [...previous, value];

/**
 * `zwfw conform --upper <list> … <lists or folders…>`: a region run. Its sections' issues, each naming
 * its list, make the report the CI formats read; text, Markdown and JSON show the region report.
 */
async function conformRegion(uppers: string[], paths: string[], opts: ConformFlags, settings: ReportSettings): Promise<number> {
  const { locale } = settings;
  const policy = opts.policy !== undefined ? readPolicy(opts.policy) : undefined;
  const upperFiles = listFiles(uppers);
  const lowers = listFiles(paths);
  if (lowers.length === 0) throw new InputError(message("region.no-lists", locale));
  const jobs = opts.jobs === undefined ? os.availableParallelism() : integerOption("--jobs", opts.jobs, 1);
  const progress = createProgress(locale, Boolean(opts.quiet));
  let region: RegionReport;
  try {
    region = await checkRegionFiles(upperFiles, lowers, { locale, regions: Boolean(opts.regions), jobs, progress, ...(policy ? { policy } : {}) });
  } finally {
    progress.stop();
  }
  const report = mergeReports(region.lists.map((section) => ({ ...section.report, issues: section.report.issues.map((issue) => ({ ...issue, file: section.file })) })));
  const code = emitReport(
    {
      report,
      files: lowers,
      fileOf: (issue) => issue.file,
      text: (color) => renderRegionText(region, locale, color),
      markdown: () => renderRegionMarkdown(region, locale),
      json: region,
    },
    settings,
  );
  return region.ok ? code : EXIT.findings;
}

/** Registers the conform command. */
export function registerConform(program: Command): void {
  const command = program
    .command("conform")
    .description(t("cli.conform"))
    .argument("<files...>", t("cli.conform.files"))
    .option("--chain", t("cli.conform.chain"))
    .option("--upper <file>", t("cli.conform.upper"), collect, [])
    .option("--jobs <n>", t("cli.conform.jobs"))
    .option("--quiet", t("cli.conform.quiet"))
    .option("--policy <file>", t("cli.conform.policy"))
    .option("--regions", t("cli.conform.regions"));
  addReportOptions(command).action(async (files: string[], opts: ConformFlags) => {
    const settings = reportSettings(opts);
    const locale = settings.locale;
    if (opts.upper.length > 0) {
      if (opts.chain) throw inputError("cli.conform.chain-upper");
      process.exitCode = await conformRegion(opts.upper, files, opts, settings);
      return;
    }
    if (opts.chain ? files.length < 2 : files.length !== 2) throw inputError(opts.chain ? "cli.conform.chain-files" : "cli.conform.two-files");
    const policy = opts.policy !== undefined ? readPolicy(opts.policy) : undefined;
    const texts: string[] = [];
    for (const file of files) {
      const input = await resolveInput(file);
      texts.push(readJsonText(input.path, file));
    }
    const documents = texts.map((text, i) => parseJson(text, files[i]!));
    refuseMixedMajors(documents, files, locale);
    const registry = opts.regions ? await loadRegionRegistry() : undefined;
    const invalid = malformedDocuments(documents, files, locale, registry);
    if (invalid) {
      process.stderr.write(`zwfw: ${message("conform.invalid", locale)}\n`);
      for (const [i, file] of files.entries()) addJsonPositions(invalid.issues.filter((issue) => issue.file === file), texts[i]!);
      emitReport({ report: invalid, files, fileOf: (issue) => issue.file }, settings);
      process.exitCode = EXIT.findings;
      return;
    }
    const options = { locale, ...(policy ? { policy } : {}), ...(registry ? { registry } : {}) };
    const report = opts.chain ? checkChain(documents, options) : checkConformance(documents[0], documents[1], options);
    if (opts.chain) for (const issue of report.issues) issue.file = files[issue.lower ?? 1];
    // Paths point into the lower document of each finding.
    const lowerOf = (issue: Issue) => issue.lower ?? 1;
    for (const [i, text] of texts.entries()) if (i > 0) addJsonPositions(report.issues.filter((issue) => lowerOf(issue) === i), text);
    process.exitCode = emitReport(
      {
        report,
        files,
        fileOf: (issue) => files[lowerOf(issue)],
        text: (color) => renderConformanceText(report, files, locale, color),
        markdown: () => renderConformanceMarkdown(report, files, locale),
      },
      settings,
    );
  });
}
