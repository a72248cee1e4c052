/** Writes a report in the chosen format and turns it into the exit code. */
import type { Locale } from "../i18n/locale.js";
import type { Report } from "../report/issue.js";
import { EXIT, InputError } from "./errors.js";
import { renderJson } from "./render/json.js";
import { renderMarkdown } from "./render/markdown.js";
import { renderText } from "./render/text.js";

/** Report formats every reporting command accepts. */
export type ReportFormat = "text" | "json" | "markdown";

/** Checks a --report value. */
export function reportFormat(value: string, allowed: readonly ReportFormat[] = ["text", "json", "markdown"]): ReportFormat {
  if (!(allowed as readonly string[]).includes(value)) throw new InputError(`--report must be one of ${allowed.join(", ")} (got "${value}")`);
  return value as ReportFormat;
}

/** Checks a --locale value. */
export function localeOption(value: string): Locale {
  if (value !== "zh-CN" && value !== "en") throw new InputError(`--locale must be zh-CN or en (got "${value}")`);
  return value;
}

/** Whether stdout gets ANSI colours: a terminal, and NO_COLOR not set. */
export function useColor(): boolean {
  return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
}

/** The exit code of a report: 1 when it has errors, else 0. */
export function exitCodeOf(report: Report): number {
  return report.summary.errors > 0 ? EXIT.findings : EXIT.ok;
}

/** Prints a report on stdout and returns the exit code: 1 when it has errors, else 0. */
export function printReport(report: Report, format: ReportFormat, locale: Locale, title?: string): number {
  const out =
    format === "json" ? renderJson(report)
    : format === "markdown" ? renderMarkdown(report, locale, title)
    : renderText(report, locale, useColor());
  process.stdout.write(out);
  return exitCodeOf(report);
}
