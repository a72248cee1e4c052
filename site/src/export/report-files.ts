/** The JSON and Markdown report files: the library's renderers, the same as `zwfw validate --report json|markdown`. */
import type { Locale } from "../../../src/i18n/locale.js";
import { message } from "../../../src/i18n/all-messages.js";
import type { Report } from "../../../src/report/issue.js";
import { renderReportJson, renderReportMarkdown } from "../../../src/report/render/index.js";

/** The report as one JSON document (the package's Report shape). */
export const reportJson = (report: Report): string => renderReportJson(report);

/** The report as Markdown, titled with the checked file's name. */
export const reportMarkdown = (report: Report, locale: Locale, file: string): string =>
  renderReportMarkdown(report, locale, `${message("report.title", locale)} · ${file}`);
