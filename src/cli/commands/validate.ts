/** `zwfw validate <file>...`: JSON catalogues or items, and JSONL (one item per line). */
import fs from "node:fs";
import readline from "node:readline";
import { createGunzip } from "node:zlib";
import type { Command } from "commander";
import type { Locale } from "../../i18n/locale.js";
import { mergeReports, type Report } from "../../report/issue.js";
import type { CatalogueKind } from "../../rules/item-kind.js";
import { LineValidator } from "../../validate/line-validator.js";
import { validate } from "../../validate/validate.js";
import { isDocumentName, type DocumentName } from "../../validate/validators.js";
import { InputError } from "../errors.js";
import { localeOption, printReport, reportFormat } from "../output.js";
import { readJsonFile } from "../read-input.js";

const KINDS = ["basic", "standard", "implementation"] as const;

/** Whether a file holds one item per line. */
export const isJsonLines = (file: string) => /\.jsonl(\.gz)?$/i.test(file);

/** Validates a JSONL file line by line, streaming, so its size does not bound memory. */
export async function validateJsonLinesFile(file: string, item: CatalogueKind, locale: Locale, withFile: boolean): Promise<Report> {
  if (!fs.existsSync(file)) throw new InputError(`${file}: no such file`);
  const validator = new LineValidator({ item, locale, ...(withFile ? { file } : {}) });
  let input: NodeJS.ReadableStream = fs.createReadStream(file);
  if (file.endsWith(".gz")) input = input.pipe(createGunzip());
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let lineNo = 0;
  try {
    for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
      lineNo++;
      // readline has already decoded; a U+FFFD marks bytes that were not UTF-8.
      if (line.includes("\uFFFD")) decoder.decode(Buffer.from([0xff]));
      validator.push(line, lineNo);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const reason = error instanceof TypeError ? "not valid UTF-8" : (error as Error).message;
    throw new InputError(`${file}:${lineNo}: ${reason}`);
  }
  return validator.report();
}

/** Validates one file of either form; whole-document errors carry `file` when several files are given. */
async function validateFile(file: string, as: DocumentName, item: CatalogueKind, locale: Locale, withFile: boolean): Promise<Report> {
  if (isJsonLines(file)) return validateJsonLinesFile(file, item, locale, true);
  const report = validate(readJsonFile(file), { as, locale });
  if (withFile) for (const issue of report.issues) issue.file = file;
  return report;
}

/** Registers the validate command. */
export function registerValidate(program: Command): void {
  program
    .command("validate")
    .description("validate JSON catalogues or items, and JSONL files of items (校验目录或清单)")
    .argument("<files...>", "JSON, JSONL or .jsonl.gz files")
    .option("--report <format>", "text | json", "text")
    .option("--locale <locale>", "zh-CN | en", "zh-CN")
    .option("--as <document>", "catalogue | basic-item | standard-item | implementation-item (JSON files)", "catalogue")
    .option("--item <kind>", "basic | standard | implementation: the item kind of JSONL lines", "implementation")
    .action(async (files: string[], opts: { report: string; locale: string; as: string; item: string }) => {
      const format = reportFormat(opts.report, ["text", "json", "markdown"]);
      const locale = localeOption(opts.locale);
      if (!isDocumentName(opts.as)) throw new InputError(`--as must be catalogue, basic-item, standard-item or implementation-item (got "${opts.as}")`);
      if (!(KINDS as readonly string[]).includes(opts.item)) throw new InputError(`--item must be basic, standard or implementation (got "${opts.item}")`);
      const reports: Report[] = [];
      for (const file of files) reports.push(await validateFile(file, opts.as, opts.item as CatalogueKind, locale, files.length > 1));
      process.exitCode = printReport(mergeReports(reports), format, locale);
    });
}
