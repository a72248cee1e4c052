/** The findings of an import, each placed at a sheet, row and column, with its message from the catalogue. */
import { message, type FindingId } from "../i18n/messages.js";
import type { Locale } from "../i18n/locale.js";
import type { Issue, Severity } from "../report/issue.js";
import { IssueCollector, type SeverityCounts } from "../report/issue-collector.js";

/** The severity of every import rule; each id is its message's id, so a rule without a message does not compile. */
export const importRuleSeverity = {
  "cell-unreadable": "error",
  "cell-required": "error",
  "cell-date": "error",
  "cell-formula-no-result": "error",
  "cell-error-value": "error",
  "cell-number-as-code": "error",
  "cell-unit-conflict": "error",
  "cell-code-stored-as-number": "warning",
  "cell-merged": "warning",
  "cell-formula": "info",
  "code-ambiguous": "error",
  "code-ambiguous-standard": "warning",
  "crosswalk-applied": "info",
  "column-unknown": "warning",
  "column-extension": "info",
  "column-not-applicable": "warning",
  "column-missing": "error",
  "column-duplicate": "error",
  "sheet-unknown": "warning",
  "sheet-not-applicable": "warning",
  "sheet-missing": "error",
  "sheet-no-header": "error",
  "sheet-row-limit": "error",
  "row-unmatched": "error",
  "row-ambiguous": "error",
  "header-missing": "error",
  "info-key-unknown": "warning",
  "legal-basis-cell-ignored": "warning",
  "file-encoding": "warning",
} as const satisfies Partial<Record<FindingId, Severity>>;

/** An import rule id. */
export type ImportRule = keyof typeof importRuleSeverity;

/** Where in the workbook a finding is. */
export interface CellRef {
  sheet: string;
  /** 1-based row. */
  row?: number;
  /** Column letter. */
  column?: string;
  /** The file, when the workbook is split over several (CSV). */
  file?: string;
}

/** How an import's findings are kept: the first `max` (0, the default, keeps all), each also shown to `onIssue`. */
export interface ImportIssuesOptions {
  max?: number;
  /** Sees every finding, kept or not (a streamed import indexes the errors that make validation findings redundant). */
  onIssue?: (issue: Issue) => void;
}

/** Collects import findings in reading order. */
export class ImportIssues {
  /** Keeps the first `max` findings and counts the rest, as every other capped run does. */
  private readonly collector: IssueCollector;
  constructor(private readonly locale: Locale, private readonly file?: string, private readonly options: ImportIssuesOptions = {}) {
    this.collector = new IssueCollector(options.max ?? 0);
  }

  /** The findings kept, in reading order. */
  get issues(): Issue[] {
    return this.collector.kept;
  }

  /** The findings past `max`, by severity. */
  get omitted(): SeverityCounts {
    return this.collector.omitted;
  }

  /** Adds a finding at a JSON Pointer of the imported catalogue and a place in the workbook. */
  add(rule: ImportRule, path: string, at: CellRef, params: Record<string, string | number> = {}, itemCode?: string): void {
    // A1 style: 事项!K12 for a cell, 事项!12:12 for a whole row, the sheet name alone for a sheet.
    const cell = at.column !== undefined ? `${at.sheet}!${at.column}${at.row ?? ""}` : at.row !== undefined ? `${at.sheet}!${at.row}:${at.row}` : at.sheet;
    const file = at.file ?? this.file;
    const issue: Issue = {
      rule,
      severity: importRuleSeverity[rule],
      path,
      ...(itemCode !== undefined ? { itemCode } : {}),
      message: message(rule, this.locale, { cell, ...params }),
      ...(file !== undefined ? { file } : {}),
      ...(at.row !== undefined ? { line: at.row } : {}),
      sheet: at.sheet,
      ...(at.column !== undefined ? { column: at.column } : {}),
    };
    this.options.onIssue?.(issue);
    this.collector.add(issue);
  }

  /** Whether an error was found. */
  get hasErrors(): boolean {
    return this.issues.some((i) => i.severity === "error");
  }
}
