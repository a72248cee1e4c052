/** `zwfw diff <old> <new>`: what changed between two batches of a catalogue, with the reform figures. */
import type { Command } from "commander";
import { CatalogueDiffError, diffCatalogues, type CatalogueDiff } from "../../diff/catalogue/index.js";
import { EXIT, InputError } from "../errors.js";
import { localeOption, reportFormat } from "../output.js";
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
      let diff: CatalogueDiff;
      try {
        diff = diffCatalogues(before, after);
      } catch (error) {
        if (error instanceof CatalogueDiffError) throw new InputError(error.message);
        throw error;
      }
      const title = `${labelOf(before, oldFile)} → ${labelOf(after, newFile)}`;
      const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
      process.stdout.write(
        format === "json" ? renderJson(diff) : format === "markdown" ? renderCatalogueDiffMarkdown(diff, locale, title) : renderCatalogueDiffText(diff, locale, color),
      );
      // A successful diff is not a failure, however much changed.
      process.exitCode = EXIT.ok;
    });
}
