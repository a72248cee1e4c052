/** What a report renderer gets: the report and how to name its places, plus a command's own text and Markdown forms. */
import type { Locale } from "../../i18n/locale.js";
import type { Issue, Report } from "../../report/issue.js";

/** The input of every report format. */
export interface ReportContext {
  report: Report;
  locale: Locale;
  /** ANSI colours in text output. */
  color: boolean;
  /** The input files of the run, as the user named them ("-" is stdin). */
  files: readonly string[];
  /** The file an issue is in, when known. */
  fileOf(issue: Issue): string | undefined;
  /** A command's own text form (conform groups by lower document; diff lists changes); default: the plain report. */
  text?: (color: boolean) => string;
  /** A command's own Markdown form; default: the plain report's. */
  markdown?: () => string;
  /** A command's own JSON value (diff: the catalogue diff); default: the report. `tool` is added either way. */
  json?: unknown;
}

/** The file of an issue: its own `file`, else the one file of a single-file run. */
export const fileOfRun = (files: readonly string[]) => (issue: Issue) => issue.file ?? (files.length === 1 ? files[0] : undefined);
