/** The options every reporting command shares, and writing a report in the chosen format to stdout or a file. */
import fs from "node:fs";
import type { Command } from "commander";
import type { Locale } from "../i18n/locale.js";
import { jsonChunks } from "../internal/json-chunks.js";
import { isLocale, LOCALES } from "../i18n/locale.js";
import type { Report } from "../report/issue.js";
import { EXIT, inputError } from "./errors.js";
import { cliLocale, t } from "./locale.js";
import { REPORT_FORMATS, isReportFormat, jsonReportDocument, reportFormats, type ReportFormat } from "./report/report-formats.js";
import type { ReportContext } from "./report/report-context.js";

/** Checks a --report value against the formats a command lists. */
export function reportFormat<F extends string>(value: string, allowed: readonly F[]): F {
  if (!(allowed as readonly string[]).includes(value)) throw inputError("cli.option.choice", { option: "--report", allowed: allowed.join(" | "), value });
  return value as F;
}

/** Checks a --locale value. */
export function localeOption(value: string): Locale {
  if (!isLocale(value)) throw inputError("cli.option.choice", { option: "--locale", allowed: LOCALES.join(" | "), value });
  return value;
}

/** Checks a whole-number option of at least `min`. */
export function integerOption(option: string, value: string, min: number): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isSafeInteger(n) || n < min) throw inputError("cli.option.integer", { option, min, value });
  return n;
}

/** Adds --locale, whose default is the run's language (from LANG). */
export function addLocaleOption(command: Command): Command {
  return command.option("--locale <locale>", t("cli.opt.locale"), cliLocale());
}

/** The report options as commander hands them over. */
export interface ReportFlags {
  report: string;
  output?: string;
  reportOutput?: string;
  maxWarnings?: string;
  locale: string;
}

/** Where and how a report is written. */
export interface ReportSettings {
  format: ReportFormat;
  locale: Locale;
  /** The report file (-o); stdout when undefined. */
  file?: string;
  /** Exit 1 when there are more warnings than this. */
  maxWarnings?: number;
}

/**
 * Adds --report (every registered format), the report file option and --max-warnings, plus
 * --locale. `fileFlags` is "-o, --output <file>" unless the command's -o already names another output.
 */
export function addReportOptions(command: Command, fileFlags = "-o, --output <file>"): Command {
  command
    .option("--report <format>", t("cli.opt.report", { formats: REPORT_FORMATS.join(" | ") }), "text")
    .option(fileFlags, t("cli.opt.output-report"))
    .option("--max-warnings <n>", t("cli.opt.max-warnings"));
  return addLocaleOption(command);
}

/** Checks the report options. `fileKey` is the option that holds the report file. */
export function reportSettings(flags: ReportFlags, fileKey: "output" | "reportOutput" = "output"): ReportSettings {
  if (!isReportFormat(flags.report)) throw inputError("cli.option.choice", { option: "--report", allowed: REPORT_FORMATS.join(" | "), value: flags.report });
  const file = flags[fileKey];
  return {
    format: flags.report,
    locale: localeOption(flags.locale),
    ...(file !== undefined ? { file } : {}),
    ...(flags.maxWarnings !== undefined ? { maxWarnings: integerOption("--max-warnings", flags.maxWarnings, 0) } : {}),
  };
}

/** Whether stdout gets ANSI colours: a terminal, and NO_COLOR not set. */
export function useColor(): boolean {
  return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
}

/** The exit code of a report: 1 when it has errors, or more warnings than allowed; else 0. */
export function exitCodeOf(report: Report, maxWarnings?: number): number {
  if (report.summary.errors > 0) return EXIT.findings;
  return maxWarnings !== undefined && report.summary.warnings > maxWarnings ? EXIT.findings : EXIT.ok;
}

/** Writes text to the report file, or stdout; an unwritable file is an input error. */
export function writeOutput(text: string, file?: string): void {
  if (file === undefined || file === "-") {
    process.stdout.write(text);
    return;
  }
  try {
    fs.writeFileSync(file, text);
  } catch (error) {
    throw inputError("cli.file.cannot-write", { code: (error as NodeJS.ErrnoException).code ?? String(error) }, file);
  }
}

/** Pieces are gathered up to this many characters before each write. */
const WRITE_BATCH_CHARS = 1 << 20;

/**
 * Writes a document as indented JSON (and a final newline) to a file, or stdout, a batch of pieces at a
 * time (jsonChunks): the text of a large catalogue is never held whole. An unwritable file is an input error.
 */
export function writeJsonOutput(document: unknown, file?: string): void {
  const toStdout = file === undefined || file === "-";
  let fd: number | undefined;
  try {
    fd = toStdout ? undefined : fs.openSync(file, "w");
    let batch = "";
    const flush = () => {
      if (fd === undefined) process.stdout.write(batch);
      else fs.writeSync(fd, batch);
      batch = "";
    };
    for (const piece of jsonChunks(document, 2)) {
      batch += piece;
      if (batch.length >= WRITE_BATCH_CHARS) flush();
    }
    batch += "\n";
    flush();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (toStdout || code === undefined) throw error;
    throw inputError("cli.file.cannot-write", { code }, file);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Renders a report in the chosen format, writes it, and returns the exit code. */
export function emitReport(ctx: Omit<ReportContext, "locale" | "color">, settings: ReportSettings): number {
  const full: ReportContext = { ...ctx, locale: settings.locale, color: settings.file === undefined && useColor() };
  // The json format's bytes, written in pieces (jsonChunks' law): a report of 187,429 issues is ≈ 70 MB of text, never held whole.
  if (settings.format === "json") writeJsonOutput(jsonReportDocument(full), settings.file);
  else writeOutput(reportFormats[settings.format](full), settings.file);
  return exitCodeOf(ctx.report, settings.maxWarnings);
}
