/** `zwfw diff <old> <new>`: what changed between two batches of a catalogue, with the reform figures. */
import type { Command } from "commander";
import { CatalogueDiffError, diffCatalogues, type CatalogueDiff } from "../../diff/catalogue/index.js";
import { message } from "../../i18n/messages.js";
import { isCatalogueKind } from "../../rules/item-kind.js";
import { EXIT, wordedInputError } from "../errors.js";
import { refuseMixedMajors } from "../mixed-majors.js";
import { addJsonPositions } from "../input/issue-positions.js";
import { parseJson, readJsonText } from "../input/read-input.js";
import { resolveInput } from "../input/resolve-input.js";
import { t } from "../locale.js";
import { malformedDocuments } from "../malformed-documents.js";
import { addReportOptions, emitReport, reportSettings, type ReportFlags } from "../output.js";
import { diffAsReport } from "../report/diff-as-report.js";
import { renderCatalogueDiffMarkdown } from "../render/diff-catalogue-markdown.js";
import { renderCatalogueDiffText } from "../render/diff-catalogue-text.js";

/** A catalogue's label for headings: its title and batch (unless the title names it), else the file name. */
function labelOf(document: unknown, file: string): string {
  const d = (typeof document === "object" && document !== null ? document : {}) as Record<string, unknown>;
  const title = typeof d.title === "string" ? d.title : "";
  const batch = typeof d.batch === "string" && !title.includes(d.batch) ? d.batch : "";
  return [title, batch].filter((p) => p !== "").join(" ") || file;
}

/** Registers the diff command. */
export function registerDiff(program: Command): void {
  const command = program
    .command("diff")
    .description(t("cli.diff"))
    .argument("<old>", t("cli.diff.old"))
    .argument("<new>", t("cli.diff.new"));
  addReportOptions(command).action(async (oldFile: string, newFile: string, opts: ReportFlags) => {
    const settings = reportSettings(opts);
    const locale = settings.locale;
    const files = [oldFile, newFile];
    const texts: string[] = [];
    for (const file of files) texts.push(readJsonText((await resolveInput(file)).path, file));
    const [before, after] = texts.map((text, i) => parseJson(text, files[i]!));
    refuseMixedMajors([before, after], files, locale);
    // Documents that are no catalogue, or of two kinds, get diffCatalogues' one-line answer (exit 2);
    // catalogues that fail the schema get their validation report (exit 1) instead of a diff.
    const kinds = [before, after].map((d) => (typeof d === "object" && d !== null ? (d as { kind?: unknown }).kind : undefined));
    const comparable = kinds[0] === kinds[1] && (isCatalogueKind(kinds[0]) || kinds[0] === "bundle");
    const invalid = comparable ? malformedDocuments([before, after], files, locale) : undefined;
    if (invalid) {
      process.stderr.write(`zwfw: ${message("diff.invalid", locale)}\n`);
      for (const [i, file] of files.entries()) addJsonPositions(invalid.issues.filter((issue) => issue.file === file), texts[i]!);
      process.exitCode = emitReport({ report: invalid, files, fileOf: (issue) => issue.file }, settings);
      return;
    }
    let diff: CatalogueDiff;
    try {
      diff = diffCatalogues(before, after);
    } catch (error) {
      if (error instanceof CatalogueDiffError) throw wordedInputError(error);
      throw error;
    }
    const title = `${labelOf(before, oldFile)} → ${labelOf(after, newFile)}`;
    const report = diffAsReport(diff, before, after, [oldFile, newFile], locale);
    addJsonPositions(report.issues.filter((issue) => issue.file === newFile), texts[1]!);
    addJsonPositions(report.issues.filter((issue) => issue.file === oldFile), texts[0]!);
    emitReport(
      {
        report,
        files,
        fileOf: (issue) => issue.file,
        text: (color) => renderCatalogueDiffText(diff, locale, color),
        markdown: () => renderCatalogueDiffMarkdown(diff, locale, title),
        json: diff,
      },
      // A successful diff is not a failure, however much changed.
      { ...settings, maxWarnings: undefined },
    );
    process.exitCode = EXIT.ok;
  });
}
