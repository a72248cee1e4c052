/** `zwfw bundle check <bundles> <implementation lists…>`: each 一件事 against its member items, with what it saves. */
import type { Command } from "commander";
import { checkBundles } from "../../bundle/check-bundles.js";
import type { BundleReport } from "../../bundle/types.js";
import { message } from "../../i18n/messages.js";
import { EXIT, InputError, wordedInputError } from "../errors.js";
import { readJsonFile } from "../input/read-input.js";
import { resolveInput } from "../input/resolve-input.js";
import { t } from "../locale.js";
import { malformedDocuments } from "../malformed-documents.js";
import { addReportOptions, emitReport, reportSettings, type ReportFlags } from "../output.js";
import { renderBundleMarkdown } from "../render/bundle-markdown.js";
import { renderBundleText } from "../render/bundle-text.js";

const kindOf = (document: unknown) => (typeof document === "object" && document !== null ? (document as { kind?: unknown }).kind : undefined);

/** Reads one JSON input (a file, or - for stdin), named as the user gave it. */
async function readDocument(arg: string): Promise<unknown> {
  return readJsonFile((await resolveInput(arg)).path, arg);
}

/** Registers `bundle` and its `check` subcommand. */
export function registerBundle(program: Command): void {
  const bundle = program.command("bundle").description(t("cli.bundle"));
  const check = bundle
    .command("check")
    .description(t("cli.bundle.check"))
    .argument("<bundles>", t("cli.bundle.bundles"))
    .argument("<lists...>", t("cli.bundle.lists"));
  addReportOptions(check).action(async (bundleFile: string, listFiles: string[], opts: ReportFlags) => {
    const settings = reportSettings(opts);
    const locale = settings.locale;
    const files = [bundleFile, ...listFiles];
    const bundles = await readDocument(bundleFile);
    const lists: unknown[] = [];
    for (const file of listFiles) lists.push(await readDocument(file));
    if (kindOf(bundles) !== "bundle") throw new InputError(message("bundle.not-bundles", locale, { file: bundleFile }));
    lists.forEach((list, i) => {
      if (kindOf(list) !== "implementation") throw new InputError(message("bundle.not-implementation", locale, { file: listFiles[i] }));
    });
    const invalid = malformedDocuments([bundles, ...lists], files, locale);
    if (invalid) {
      process.stderr.write(`zwfw: ${message("bundle.invalid", locale)}\n`);
      emitReport({ report: invalid, files, fileOf: (issue) => issue.file }, settings);
      process.exitCode = EXIT.findings;
      return;
    }
    let report: BundleReport;
    try {
      report = checkBundles(bundles, lists, { locale });
    } catch (error) {
      // Lists of two majors: one line that says to migrate, like the other comparing commands.
      if (error instanceof TypeError) throw wordedInputError(error);
      throw error;
    }
    for (const issue of report.issues) issue.file = bundleFile;
    process.exitCode = emitReport(
      {
        report,
        files,
        fileOf: (issue) => issue.file,
        text: (color) => renderBundleText(report, listFiles, locale, color),
        markdown: () => renderBundleMarkdown(report, listFiles, locale),
        json: report,
      },
      settings,
    );
  });
}
