/** `zwfw diff <old> <new>`: what changed between two batches of a catalogue, with the reform figures. */
import { isCatalogueKind } from "../../rules/item-kind.js";
import type { Command } from "commander";
import { CatalogueDiffError, diffCatalogues, type CatalogueDiff } from "../../diff/catalogue/index.js";
import { EXIT, InputError } from "../errors.js";
import { refuseMixedMajors } from "../mixed-majors.js";
import { message } from "../../i18n/messages.js";
import { malformedDocuments } from "../malformed-documents.js";
import { localeOption, printReport, reportFormat, useColor } from "../output.js";
import { readJsonFile } from "../read-input.js";
import { renderCatalogueDiffMarkdown } from "../render/diff-catalogue-markdown.js";
import { renderCatalogueDiffText } from "../render/diff-catalogue-text.js";
import { renderJson } from "../render/json.js";

/** A catalogue's label for headings: its title and batch (unless the title names it), else the file name. */
function labelOf(document: unknown, file: string): string {
  const d = (typeof document === "object" && document !== null ? document : {}) as Record<string, unknown>;
  const title = typeof d.title === "string" ? d.title : "";
  const batch = typeof d.batch === "string" && !title.includes(d.batch) ? d.batch : "";
  return [title, batch].filter((p) => p !== "").join(" ") || file;
}

/** Registers the diff command. */
export function registerDiff(program: Command): void {
  program
    .command("diff")
    .description("compare two batches of a catalogue: added, removed and changed items, and the reform figures (清单批次比对)")
    .argument("<old>", "the earlier catalogue (JSON)")
    .argument("<new>", "the later catalogue (JSON)")
    .option("--report <format>", "text | json | markdown", "text")
    .option("--locale <locale>", "zh-CN | en", "zh-CN")
    .action((oldFile: string, newFile: string, opts: { report: string; locale: string }) => {
      const format = reportFormat(opts.report);
      const locale = localeOption(opts.locale);
      const before = readJsonFile(oldFile);
      const after = readJsonFile(newFile);
      refuseMixedMajors([before, after], [oldFile, newFile], locale);
      // Documents that are no catalogue, or of two kinds, get diffCatalogues' one-line answer (exit 2);
      // catalogues that fail the schema get their validation report (exit 1) instead of a diff.
      const kinds = [before, after].map((d) => (typeof d === "object" && d !== null ? (d as { kind?: unknown }).kind : undefined));
      const comparable = kinds[0] === kinds[1] && (isCatalogueKind(kinds[0]) || kinds[0] === "bundle");
      const invalid = comparable ? malformedDocuments([before, after], [oldFile, newFile], locale) : undefined;
      if (invalid) {
        process.stderr.write(`zwfw: ${message("diff.invalid", locale)}\n`);
        process.exitCode = printReport(invalid, format, locale);
        return;
      }
      let diff: CatalogueDiff;
      try {
        diff = diffCatalogues(before, after);
      } catch (error) {
        if (error instanceof CatalogueDiffError) throw new InputError(error.message);
        throw error;
      }
      const title = `${labelOf(before, oldFile)} → ${labelOf(after, newFile)}`;
      const color = useColor();
      process.stdout.write(
        format === "json" ? renderJson(diff) : format === "markdown" ? renderCatalogueDiffMarkdown(diff, locale, title) : renderCatalogueDiffText(diff, locale, color),
      );
      // A successful diff is not a failure, however much changed.
      process.exitCode = EXIT.ok;
    });
}
