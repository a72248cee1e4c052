/** `zwfw bundle check <bundles> <implementation lists…>`: each 一件事 against its member items, with what it saves. */
import type { Command } from "commander";
import { checkBundles } from "../../bundle/check-bundles.js";
import type { BundleReport } from "../../bundle/types.js";
import { bilingual, message } from "../../i18n/messages.js";
import type { Locale } from "../../i18n/locale.js";
import { EXIT, InputError } from "../errors.js";
import { malformedDocuments } from "../malformed-documents.js";
import { exitCodeOf, localeOption, printReport, reportFormat, useColor, type ReportFormat } from "../output.js";
import { readJsonFile } from "../read-input.js";
import { renderBundleMarkdown } from "../render/bundle-markdown.js";
import { renderBundleText } from "../render/bundle-text.js";
import { renderJson } from "../render/json.js";

const kindOf = (document: unknown) => (typeof document === "object" && document !== null ? (document as { kind?: unknown }).kind : undefined);

/** Prints a bundle report and returns the exit code. */
function printBundles(report: BundleReport, lists: readonly string[], format: ReportFormat, locale: Locale): number {
  const out =
    format === "json" ? renderJson(report)
    : format === "markdown" ? renderBundleMarkdown(report, lists, locale)
    : renderBundleText(report, lists, locale, useColor());
  process.stdout.write(out);
  return exitCodeOf(report);
}

/** Registers `bundle` and its `check` subcommand. */
export function registerBundle(program: Command): void {
  const bundle = program.command("bundle").description("一件事清单 (bundles of items): check a bundle list against its member items");
  bundle
    .command("check")
    .description(
      "check each 一件事 against its member items in the implementation lists (members, one set of materials, time, visits, online depth) and show what it saves",
    )
    .argument("<bundles>", "the bundle list (kind \"bundle\", JSON)")
    .argument("<lists...>", "implementation lists that hold the member items (JSON; members may come from several lists)")
    .option("--report <format>", "text | json | markdown", "text")
    .option("--locale <locale>", "zh-CN | en", "zh-CN")
    .addHelpText("after", "\nExit codes: 0 no error, 1 errors found (or an input fails the schema), 2 usage or input error.")
    .action((bundleFile: string, listFiles: string[], opts: { report: string; locale: string }) => {
      const format = reportFormat(opts.report);
      const locale = localeOption(opts.locale);
      const bundles = readJsonFile(bundleFile);
      const lists = listFiles.map((file) => readJsonFile(file));
      if (kindOf(bundles) !== "bundle") throw new InputError(bilingual("bundle.not-bundles", { file: bundleFile }));
      lists.forEach((list, i) => {
        if (kindOf(list) !== "implementation") throw new InputError(bilingual("bundle.not-implementation", { file: listFiles[i] }));
      });
      const invalid = malformedDocuments([bundles, ...lists], [bundleFile, ...listFiles], locale);
      if (invalid) {
        process.stderr.write(`zwfw: ${message("bundle.invalid", locale)}\n`);
        printReport(invalid, format, locale);
        process.exitCode = EXIT.findings;
        return;
      }
      let report: BundleReport;
      try {
        report = checkBundles(bundles, lists, { locale });
      } catch (error) {
        // Lists of two majors: one line that says to migrate, like the other comparing commands.
        if (error instanceof TypeError) throw new InputError(error.message);
        throw error;
      }
      for (const issue of report.issues) issue.file = bundleFile;
      process.exitCode = printBundles(report, listFiles, format, locale);
    });
}
