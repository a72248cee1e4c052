/**
 * Validates JSONL input one line (one item) at a time, with the cross-record state (duplicates)
 * that whole-document validation has. Browser-safe: it takes strings, not streams.
 */
import { message } from "../i18n/messages.js";
import type { Locale } from "../i18n/locale.js";
import { buildReport, type Issue, type Report } from "../report/issue.js";
import { duplicateItem, DuplicateTracker } from "../rules/duplicate-item.js";
import { itemCodeOf, type CatalogueKind } from "../rules/item-kind.js";
import { checkItem, toIssue } from "./run-rules.js";
import { schemaIssues } from "./schema-issues.js";
import { itemDocumentOf, validators } from "./validators.js";

/** Options of a line validator. */
export interface LineValidatorOptions {
  /** The kind of item on every line; implementation by default. */
  item?: CatalogueKind;
  locale?: Locale;
  /** Set on every issue, for multi-file reports. */
  file?: string;
}

/** Validates JSONL lines in order; call `push` for each line, then `report`. */
export class LineValidator {
  private readonly kind: CatalogueKind;
  private readonly locale: Locale;
  private readonly duplicates: DuplicateTracker;
  private items = 0;
  private readonly issues: Issue[] = [];

  constructor(private readonly options: LineValidatorOptions = {}) {
    this.kind = options.item ?? "implementation";
    this.locale = options.locale ?? "zh-CN";
    this.duplicates = new DuplicateTracker(this.kind);
  }

  /** Validates one line (1-based `line`) and returns its issues; blank lines are skipped. */
  push(text: string, line: number): Issue[] {
    if (text.trim() === "") return [];
    this.items++;
    const found = this.check(text, line).map((issue) => ({
      ...issue,
      ...(this.options.file !== undefined ? { file: this.options.file } : {}),
      line,
    }));
    this.issues.push(...found);
    return found;
  }

  private check(text: string, line: number): Issue[] {
    let item: unknown;
    try {
      item = JSON.parse(text);
    } catch (error) {
      const reason = (error as Error).message.replace(/ in JSON at position \d+.*$/, "");
      return [{ rule: "malformed-json", severity: "error", path: "", message: message("malformed-json", this.locale, { reason }) }];
    }
    const validator = validators[itemDocumentOf(this.kind)];
    if (!validator(item)) return schemaIssues(validator.errors ?? [], this.locale, () => itemCodeOf(item));
    const data = item as Record<string, unknown>;
    const issues = checkItem(data, { kind: this.kind }, "", this.locale);
    const duplicate = this.duplicates.add(data, "", `line ${line}`);
    if (duplicate) issues.push(toIssue(duplicateItem, duplicate, "", this.locale, itemCodeOf(item)));
    return issues;
  }

  /** The report over every line pushed so far. */
  report(): Report {
    return buildReport(this.issues, this.items);
  }
}
