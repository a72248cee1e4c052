/** The JSON and Markdown report files: the same shapes and renderer as `zwfw validate --report json|markdown`. */
import type { Locale } from "../../../src/i18n/locale.js";
import { message } from "../../../src/i18n/all-messages.js";
import type { Report } from "../../../src/report/issue.js";
import { renderJson } from "../../../src/cli/render/json.js";
import { renderMarkdown } from "../../../src/cli/render/markdown.js";

/** The report as one JSON document (the package's Report shape). */
export const reportJson = (report: Report): string => renderJson(report);

/** The report as Markdown, titled with the checked file's name. */
export const reportMarkdown = (report: Report, locale: Locale, file: string): string =>
  renderMarkdown(report, locale, `${message("report.title", locale)} · ${file}`);
