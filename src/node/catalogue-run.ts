/**
 * The state of one streamed catalogue validation: the header, then items one at a time. It
 * reproduces `validate()` exactly (see validate-json-catalogue.ts), cut at `maxIssues` as
 * capReport cuts it, while holding a bounded number of issues. Browser-safe logic (the keys it is
 * given may not be), used by the Node streamer.
 *
 * Why the cap can be applied while running although schemaIssues drops vague errors (oneOf, anyOf,
 * if, discriminator) whenever a precise one exists anywhere in the document: the final report is
 * one of two unions, chosen only at the end — precise schema issues (and rule issues unless the
 * header has one), or, when no precise error exists at all, vague ones (and rule issues unless the
 * header has one). Each category (item schema precise, item schema vague, duplicates, item rules)
 * arrives in report order, so keeping the first `maxIssues` of each and counting the rest keeps
 * every issue the first `maxIssues` of either union can hold; the report sorts what is kept and cuts.
 */
import type { ValidatorError } from "../schema/validator.js";
import type { Locale } from "../i18n/locale.js";
import { itemIndexOf, pointer } from "../internal/json-pointer.js";
import type { Issue, Report } from "../report/issue.js";
import { IssueCollector, noCounts, type SeverityCounts } from "../report/issue-collector.js";
import { duplicateItem } from "../rules/duplicate-item.js";
import type { RegionRegistry } from "../regions/region-registry.js";
import { duplicateKeyOf, itemCodeOf, type CatalogueKind } from "../rules/item-kind.js";
import { checkRegionCodes } from "../rules/region-code-unknown.js";
import type { Data, ItemContext } from "../rules/rule.js";
import { compareIssues } from "../validate/order.js";
import { checkCatalogue, checkItem, toIssue } from "../validate/run-rules.js";
import { isVagueSchemaError, schemaIssueOf } from "../validate/schema-issues.js";
import type { LineKey } from "../validate/line-duplicates.js";
import { fastItemValidatorsOf, latestMajor, majorOfDocument } from "../schema/majors.js";
import { EarliestIssues } from "./earliest-issues.js";
import { itemKeysInMemory, type ItemKeys, type ItemKeysFactory } from "./item-keys.js";

const ITEM0 = "/items/0";

/** Options of a CatalogueRun. */
export interface CatalogueRunOptions {
  /** Issues kept in the report, the summary counting all (as capReport); 0, the default, keeps all. */
  maxIssues?: number;
  /** Where the items' duplicate keys are remembered: in memory by default. */
  keys?: ItemKeysFactory;
  /**
   * Whether an issue is reported at all, asked before the cap (an import leaves out the validation findings its own findings
   * repeat); every issue by default. Which schema issues count (precise or vague) and whether rules run still follow every issue, as in validate().
   */
  keep?: (issue: Issue) => boolean;
}

/** A category's kept issues and the count of those left out. */
type Part = [kept: Issue[], omitted: SeverityCounts];

/** One catalogue validation fed part by part. */
export class CatalogueRun {
  /** The header values in document order; `items` holds [] while items are streamed. */
  readonly header: Record<string, unknown> = {};
  /** The length of the items array. */
  itemCount = 0;
  private readonly max: number;
  /** The header's schema errors (a header is held whole, so they are too). */
  private readonly headerErrors: ValidatorError[] = [];
  /** Item schema issues from precise errors, from vague ones, item rule issues, duplicates: each the first `max` of its kind. */
  private readonly precise: IssueCollector;
  private readonly vague: IssueCollector;
  private readonly rules: IssueCollector;
  private readonly duplicates: EarliestIssues;
  private started = false;
  /** Whether an item had a precise schema error, kept or not. */
  private precisePresent = false;
  private readonly keep: (issue: Issue) => boolean;
  private keys: ItemKeys | undefined;
  private kind!: CatalogueKind;
  private context!: ItemContext;
  private fast: ((data: unknown) => boolean) | undefined;

  constructor(
    private readonly locale: Locale,
    private readonly options: CatalogueRunOptions = {},
  ) {
    this.max = options.maxIssues ?? 0;
    this.precise = new IssueCollector(this.max);
    this.vague = new IssueCollector(this.max);
    this.rules = new IssueCollector(this.max);
    this.duplicates = new EarliestIssues(this.max);
    this.keep = options.keep ?? (() => true);
  }

  /** The number of issues found so far (before the end, vague ones not yet filtered). */
  get issueCount(): number {
    return this.headerErrors.length + this.precise.total + this.vague.total + this.rules.total + this.duplicates.total;
  }

  /** Call when the items start: the header must be complete by then. */
  startItems(): void {
    this.started = true;
    this.header.items = [];
    this.headerSchemaErrors();
    const kind = this.header.kind;
    const fast = fastItemValidatorsOf(this.major());
    this.fast = typeof kind === "string" && Object.hasOwn(fast, kind) ? fast[kind as CatalogueKind] : undefined;
    this.kind = kind as CatalogueKind;
    this.keys = (this.options.keys ?? itemKeysInMemory)(this.major().wholeBesideHandlingItems);
    this.context = { kind: kind as CatalogueKind, catalogueLevel: (this.header.region as Data | undefined)?.level };
  }

  /** Validates item `index`. */
  item(index: number, item: unknown): void {
    this.itemCount = index + 1;
    const isObject = typeof item === "object" && item !== null;
    const keyed = isObject ? duplicateKeyOf(item as Data, this.kind) : undefined;
    if (keyed) {
      const entry = { key: keyed.key, field: keyed.field, itemCode: itemCodeOf(item) };
      const first = this.keys!.add(entry, index);
      if (first !== undefined) this.duplicate(index, first, entry);
    }
    let broken = false;
    // The fast validator vouches for the item; otherwise ajv checks it inside a one-item catalogue.
    if (!this.fast?.(item)) broken = this.itemSchemaErrors(index, item);
    if (!broken && isObject) for (const issue of checkItem(item as Data, this.context, pointer("/items", index), this.locale)) if (this.keep(issue)) this.rules.add(issue);
  }

  /** The report, equal to capReport(validate(document), maxIssues) on the whole document (with the same registry). Call once. */
  report(registry?: RegionRegistry): Report {
    if (!this.started) this.headerSchemaErrors();
    for (const { index, first, entry } of this.keys?.late() ?? []) this.duplicate(index, first, entry);
    const context = { major: this.major(), document: "catalogue" as const };
    const header = (vague: boolean) => this.headerErrors.filter((e) => isVagueSchemaError(e) === vague).map((e) => schemaIssueOf(e, this.locale, undefined, context));
    // Vague errors count only when no precise error exists anywhere (schemaIssues' rule).
    const anyPrecise = this.headerErrors.some((e) => !isVagueSchemaError(e)) || this.precisePresent;
    const headerSchema = header(!anyPrecise);
    const items = anyPrecise ? this.precise : this.vague;
    const parts: Part[] = [[headerSchema.filter(this.keep), noCounts()], [items.kept, items.omitted]];
    if (!headerSchema.some((i) => itemIndexOf(i.path) === undefined)) {
      // With items: [] only the header's catalogue findings come out; duplicates and item rules were found per item.
      parts.push([checkCatalogue({ ...this.header, items: this.started ? [] : this.header.items }, this.locale, new Set()).filter(this.keep), noCounts()]);
      // A duplicate comes before its item's rule issues, as validate() finds it first.
      parts.push([this.duplicates.kept(), this.duplicates.omitted], [this.rules.kept, this.rules.omitted]);
      if (registry) parts.push([checkRegionCodes(this.header, registry, this.locale).filter(this.keep), noCounts()]);
    }
    // A stable sort of the parts in validate()'s order gives its order; the collector cuts as capReport does.
    const collector = new IssueCollector(this.max);
    for (const issue of parts.flatMap(([kept]) => kept).sort(compareIssues)) collector.add(issue);
    for (const [, omitted] of parts) collector.addDropped(omitted);
    return collector.report(this.itemCount);
  }

  /** Frees the duplicate keys' temporary files, if any (again is a no-op). */
  close(): void {
    this.keys?.close();
  }

  /** The major the header's schemaVersion names (as validate() picks it). */
  private major() {
    return majorOfDocument(this.header) ?? latestMajor;
  }

  /** The same finding as DuplicateTracker's, which names the first item by its pointer. */
  private duplicate(index: number, first: number, entry: LineKey): void {
    const finding = { path: pointer(pointer("/items", index), entry.field), params: { key: entry.key, first: pointer("/items", first) } };
    const issue = toIssue(duplicateItem, finding, "", this.locale, entry.itemCode);
    if (this.keep(issue)) this.duplicates.add(index, issue);
  }

  /** Validates the header alone (its items streamed or absent). */
  private headerSchemaErrors(): void {
    const validator = this.major().validators.catalogue;
    if (!validator(this.header)) this.headerErrors.push(...(validator.errors ?? []));
  }

  /** Validates item `index` inside a one-item catalogue with the real header, keeping its errors as issues re-rooted at its place; whether it has any. */
  private itemSchemaErrors(index: number, item: unknown): boolean {
    const validator = this.major().validators.catalogue;
    if (validator({ ...this.header, items: [item] })) return false;
    const base = pointer("/items", index);
    const context = { major: this.major(), document: "catalogue" as const };
    let itemCode: string | undefined;
    let kept = 0;
    for (const error of validator.errors ?? []) {
      if (error.instancePath !== ITEM0 && !error.instancePath.startsWith(ITEM0 + "/")) continue;
      itemCode = kept === 0 ? itemCodeOf(item) : itemCode;
      const issue = schemaIssueOf({ ...error, instancePath: base + error.instancePath.slice(ITEM0.length) }, this.locale, itemCode, context);
      const vague = isVagueSchemaError(error);
      if (!vague) this.precisePresent = true;
      if (this.keep(issue)) (vague ? this.vague : this.precise).add(issue);
      kept++;
    }
    return kept > 0;
  }
}
