/** `zwfw conform <upper> <lower>` and `zwfw conform --chain <f1> <f2> …`: conformance between levels. */
import type { Command } from "commander";
import { checkChain } from "../../conformance/check-chain.js";
import { checkConformance } from "../../conformance/check-conformance.js";
import { checkPolicy } from "../../conformance/policy/check-policy.js";
import type { ConformancePolicy } from "../../conformance/policy/policy.js";
import { message } from "../../i18n/messages.js";
import { loadRegionRegistry } from "../../regions/load-region-registry.js";
import type { Issue } from "../../report/issue.js";
import { EXIT, InputError, inputError } from "../errors.js";
import { addJsonPositions } from "../input/issue-positions.js";
import { parseJson, readJsonFile, readJsonText } from "../input/read-input.js";
import { resolveInput } from "../input/resolve-input.js";
import { t } from "../locale.js";
import { malformedDocuments } from "../malformed-documents.js";
import { addReportOptions, emitReport, reportSettings, type ReportFlags } from "../output.js";
import { renderConformanceMarkdown } from "../render/conformance-markdown.js";
import { renderConformanceText } from "../render/conformance-text.js";

/** Reads and checks a policy file; a bad policy is an input error (exit 2). */
export function readPolicy(file: string): ConformancePolicy {
  const value = readJsonFile(file);
  try {
    return checkPolicy(value);
  } catch (error) {
    throw new InputError(`${file}: ${(error as Error).message}`);
  }
}

/** The conform command's options as commander hands them over. */
interface ConformFlags extends ReportFlags {
  chain?: boolean;
  policy?: string;
  regions?: boolean;
}

/** Registers the conform command. */
export function registerConform(program: Command): void {
  const command = program
    .command("conform")
    .description(t("cli.conform"))
    .argument("<files...>", t("cli.conform.files"))
    .option("--chain", t("cli.conform.chain"))
    .option("--policy <file>", t("cli.conform.policy"))
    .option("--regions", t("cli.conform.regions"));
  addReportOptions(command).action(async (files: string[], opts: ConformFlags) => {
    const settings = reportSettings(opts);
    const locale = settings.locale;
    if (opts.chain ? files.length < 2 : files.length !== 2) throw inputError(opts.chain ? "cli.conform.chain-files" : "cli.conform.two-files");
    const policy = opts.policy !== undefined ? readPolicy(opts.policy) : undefined;
    const texts: string[] = [];
    for (const file of files) {
      const input = await resolveInput(file);
      texts.push(readJsonText(input.path, file));
    }
    const documents = texts.map((text, i) => parseJson(text, files[i]!));
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
