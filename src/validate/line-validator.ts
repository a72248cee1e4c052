/**
 * Validates JSONL input one line (one item) at a time, with the cross-record state (duplicates)
 * that whole-document validation has. Browser-safe: it takes strings, not streams.
 */
import { shown } from "../internal/shown.js";
import { argumentError } from "../i18n/argument-error.js";
import { validationMessage } from "../i18n/messages.js";
import { isLocale, type Locale } from "../i18n/locale.js";
import { locateJsonError } from "../internal/locate-json-error.js";
import { IssueCollector } from "../report/issue-collector.js";
import type { Issue, Report } from "../report/issue.js";
import { duplicateKeyOf, isCatalogueKind, itemCodeOf, type CatalogueKind } from "../rules/item-kind.js";
import { duplicateIssue, LineDuplicates, type LineKey } from "./line-duplicates.js";
import { checkItem } from "./run-rules.js";
import { schemaIssues, type SchemaContext } from "./schema-issues.js";
import { fastItemValidatorsOf, majors } from "../schema/majors.js";
import type { Validator } from "../schema/validator.js";
import { assertPinnable, itemMajors } from "./item-majors.js";
import { itemDocumentOf } from "./validators.js";

/** Options of a line validator. */
export interface LineValidatorOptions {
  /** The kind of item on every line; implementation by default. */
  item?: CatalogueKind;
  /** The schemaVersion the items follow (lines carry none), e.g. "1.0"; else each is read as the newest major that accepts it. A version of no major is a TypeError. */
  schemaVersion?: string;
  locale?: Locale;
  /** Set on every issue, for multi-file reports. */
  file?: string;
  /**
   * Receives the duplicate key of every valid line instead of the validator checking duplicates
   * itself: a parallel run checks them across its ranges.
   */
  onKey?: (entry: LineKey, line: number) => void;
  /** Issues `report` keeps (the summary counts all); 10,000 by default, 0 = all. */
  maxIssues?: number;
}

/** Validates JSONL lines in order; call `push` for each line, then `report`. */
export class LineValidator {
  private readonly kind: CatalogueKind;
  private readonly locale: Locale;
  /** Fail-fast validators, newest major first: only a line they all fail is validated again for all its errors. */
  private readonly fast: readonly Validator[];
  private readonly full: readonly Validator[];
  private readonly context: { kind: CatalogueKind };
  /** The schema lines are reported against: the newest major the options allow. */
  private readonly schema: SchemaContext;
  private readonly duplicates: LineDuplicates;
  private counted = 0;
  private readonly collected: IssueCollector;

  /** Throws a TypeError for an `item`, `locale` or `schemaVersion` that is not one of the names (e.g. "toString", which every line would pass). */
  constructor(private readonly options: LineValidatorOptions = {}) {
    this.kind = options.item ?? "implementation";
    this.locale = options.locale ?? "zh-CN";
    if (!isCatalogueKind(this.kind)) throw argumentError("error.argument.item-kind", { value: shown(this.kind) }, this.locale);
    if (!isLocale(this.locale)) throw argumentError("error.argument.locale", { value: shown(this.locale) });
    assertPinnable(options.schemaVersion, this.locale);
    const order = itemMajors(majors, options.schemaVersion);
    this.schema = { major: order[0]!, document: itemDocumentOf(this.kind) };
    this.duplicates = new LineDuplicates(order[0]!.wholeBesideHandlingItems);
    this.fast = order.map((m) => fastItemValidatorsOf(m)[this.kind]);
    this.full = order.map((m) => m.validators[itemDocumentOf(this.kind)]);
    this.context = { kind: this.kind };
    this.collected = new IssueCollector(options.maxIssues);
  }

  /** The number of items (non-blank lines) seen so far. */
  get items(): number {
    return this.counted;
  }

  /** Validates one line (1-based `line`) and returns its issues; blank lines are skipped. */
  push(text: string, line: number): Issue[] {
    const found = this.validateLine(text, line);
    for (const issue of found) this.collected.add(issue);
    return found;
  }

  /** Like `push`, but keeps nothing for `report`: streaming callers hand the issues on. */
  validateLine(text: string, line: number): Issue[] {
    // Only a line that starts with white space can be blank; trimming every line would copy it.
    if (text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === "")) return [];
    this.counted++;
    return this.located(this.check(text, line), line);
  }

  /** Issues with the line (and file) they were found on; the common empty list is returned as it is. */
  private located(found: Issue[], line: number): Issue[] {
    if (found.length === 0) return found;
    const file = this.options.file;
    return found.map((issue) => ({ ...issue, ...(file !== undefined ? { file } : {}), line }));
  }

  /**
   * Validates a line given as the Latin-1 text of its UTF-8 bytes (already checked to be valid
   * UTF-8; see LineDecoder): the same issues as `validateLine` of the decoded line, without
   * decoding a line that passes.
   *
   * Why that is sound: outside `\u` escapes (a line with one takes the decoded path), Latin-1
   * text of UTF-8 maps every string one-to-one, leaves ASCII strings as they are and turns every
   * other string into a longer one with characters in U+0080–U+00FF. The item schemas of every major constrain
   * text only by minLength ≤ 1, maxLength, ASCII patterns and enum/const values without such
   * characters (a test over the emitted schemas keeps it so), so a Latin-1 item can pass the
   * schema only if the decoded one does (a long Chinese text may fail here and pass decoded, which
   * only sends it to the decoded path); JSON syntax is ASCII, so both parse alike; and the item
   * rules and the duplicate key read only fields the schema makes ASCII. Any line that fails to
   * parse, fails the schema or has a finding is validated again, decoded, for its exact issues.
   */
  validateLatin1Line(latin1: string, line: number): Issue[] {
    // A blank line costs nothing: a gzip bomb of newlines is a billion of them.
    if (latin1.length === 0) return [];
    const decoded = () => this.validateLine(utf8Of(latin1), line);
    if (latin1.charCodeAt(0) <= 32 || latin1.includes("\\u")) return decoded();
    let item: unknown;
    try {
      item = JSON.parse(latin1);
    } catch {
      return decoded();
    }
    if (!this.fast.some((v) => v(item))) return decoded();
    const data = item as Record<string, unknown>;
    if (checkItem(data, this.context, "", this.locale).length > 0) return decoded();
    this.counted++;
    // A duplicate's issue names the item's codes, which the schema made ASCII, so it is exact here.
    return this.located(this.claimKey(data, line, []), line);
  }

  private check(text: string, line: number): Issue[] {
    let item: unknown;
    try {
      item = JSON.parse(text);
    } catch (error) {
      const { column, code } = locateJsonError(text);
      return [{ rule: "malformed-json", severity: "error", path: "", message: validationMessage("malformed-json", this.locale, { column, code }) }];
    }
    if (!this.fast.some((v) => v(item)) && !this.full.some((v) => v(item))) {
      // Every full validator ran and failed; the newest major's errors are reported.
      return schemaIssues(this.full[0]!.errors ?? [], this.locale, () => itemCodeOf(item), this.schema);
    }
    const data = item as Record<string, unknown>;
    return this.claimKey(data, line, checkItem(data, this.context, "", this.locale));
  }

  /** Claims a valid item's duplicate key (or hands it to onKey); a repeat adds its issue to `issues`. */
  private claimKey(data: Record<string, unknown>, line: number, issues: Issue[]): Issue[] {
    const keyed = duplicateKeyOf(data, this.kind);
    if (!keyed) return issues;
    const onKey = this.options.onKey;
    if (onKey) {
      onKey({ key: keyed.key, field: keyed.field, itemCode: itemCodeOf(data) }, line);
      return issues;
    }
    // The key's entry (with its item code) is built only for a repeat: the common new key costs one lookup.
    const first = this.duplicates.firstLine(keyed.key, line, keyed.field);
    if (first !== undefined) issues.push(duplicateIssue({ key: keyed.key, field: keyed.field, itemCode: itemCodeOf(data) }, first, this.locale));
    return issues;
  }

  /** The report over every line pushed so far. */
  report(): Report {
    return this.collected.report(this.counted);
  }
}

/** The text of UTF-8 bytes held as Latin-1 characters (valid UTF-8, so decoding cannot fail). */
function utf8Of(latin1: string): string {
  const bytes = new Uint8Array(latin1.length);
  for (let i = 0; i < latin1.length; i++) bytes[i] = latin1.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}
