/**
 * The state of one streamed catalogue validation: the header, then items one at a time. It
 * reproduces `validate()` exactly (see validate-json-catalogue.ts), keeping only issues, the
 * duplicate keys and the codes of broken items. Browser-safe logic, used by the Node streamer.
 */
import type { ValidatorError } from "../schema/validator.js";
import type { Locale } from "../i18n/locale.js";
import { itemIndexOf, pointer } from "../internal/json-pointer.js";
import { buildReport, type Issue, type Report } from "../report/issue.js";
import { duplicateItem } from "../rules/duplicate-item.js";
import type { RegionRegistry } from "../regions/region-registry.js";
import { duplicateKeyOf, itemCodeOf, type CatalogueKind } from "../rules/item-kind.js";
import { LineDuplicates } from "../validate/line-duplicates.js";
import { checkRegionCodes } from "../rules/region-code-unknown.js";
import type { Data, ItemContext } from "../rules/rule.js";
import { compareIssues } from "../validate/order.js";
import { checkCatalogue, checkItem, toIssue } from "../validate/run-rules.js";
import { schemaIssues } from "../validate/schema-issues.js";
import { fastItemValidatorsOf, latestMajor, majorOfDocument } from "../schema/majors.js";

const ITEM0 = "/items/0";

/** One catalogue validation fed part by part. */
export class CatalogueRun {
  /** The header values in document order; `items` holds [] while items are streamed. */
  readonly header: Record<string, unknown> = {};
  /** The length of the items array. */
  itemCount = 0;
  private readonly raw: ValidatorError[] = [];
  private readonly codes = new Map<number, string | undefined>();
  private readonly ruleIssues: Issue[] = [];
  private started = false;
  /** Each key's first item index, in typed arrays (a label string per item would grow with the file: docs/performance.md). */
  private duplicates = new LineDuplicates();
  private kind!: CatalogueKind;
  private context!: ItemContext;
  private fast: ((data: unknown) => boolean) | undefined;

  constructor(private readonly locale: Locale) {}

  /** The number of issues found so far (before the end, rule issues not yet filtered). */
  get issueCount(): number {
    return this.raw.length + this.ruleIssues.length;
  }

  /** Call when the items start: the header must be complete by then. */
  startItems(): void {
    this.started = true;
    this.header.items = [];
    this.schemaErrors(this.header, () => true);
    const kind = this.header.kind;
    const fast = fastItemValidatorsOf(this.major());
    this.fast = typeof kind === "string" && Object.hasOwn(fast, kind) ? fast[kind as CatalogueKind] : undefined;
    this.kind = kind as CatalogueKind;
    this.duplicates = new LineDuplicates(this.major().wholeBesideHandlingItems);
    this.context = { kind: kind as CatalogueKind, catalogueLevel: (this.header.region as Data | undefined)?.level };
  }

  /** Validates item `index`. */
  item(index: number, item: unknown): void {
    this.itemCount = index + 1;
    const isObject = typeof item === "object" && item !== null;
    const keyed = isObject ? duplicateKeyOf(item as Data, this.kind) : undefined;
    const first = keyed && this.duplicates.firstLine(keyed.key, index, keyed.field);
    if (keyed && first !== undefined) {
      // The same finding as DuplicateTracker's, which names the first item by its pointer.
      const finding = { path: pointer(pointer("/items", index), keyed.field), params: { key: keyed.key, first: pointer("/items", first) } };
      this.ruleIssues.push(toIssue(duplicateItem, finding, "", this.locale, itemCodeOf(item)));
    }
    let broken = false;
    // The fast validator vouches for the item; otherwise ajv checks it inside a one-item catalogue.
    if (!this.fast?.(item)) {
      const base = pointer("/items", index);
      broken = this.schemaErrors({ ...this.header, items: [item] }, (path) => path === ITEM0 || path.startsWith(ITEM0 + "/"), base) > 0;
      if (broken) this.codes.set(index, itemCodeOf(item));
    }
    if (!broken && isObject) for (const issue of checkItem(item as Data, this.context, pointer("/items", index), this.locale)) this.ruleIssues.push(issue);
  }

  /** The report, equal to validate() on the whole document (with the same registry). */
  report(registry?: RegionRegistry): Report {
    if (!this.started) this.schemaErrors(this.header, () => true);
    const schema = schemaIssues(this.raw, this.locale, (path) => {
      const index = itemIndexOf(path);
      return index === undefined ? undefined : this.codes.get(index);
    }, { major: this.major(), document: "catalogue" });
    const issues = [...schema];
    const headerBroken = schema.some((i) => itemIndexOf(i.path) === undefined);
    if (!headerBroken) {
      // With items: [] only the header's catalogue findings come out; duplicates and item rules were found per item.
      issues.push(...checkCatalogue({ ...this.header, items: this.started ? [] : this.header.items }, this.locale, new Set()));
      issues.push(...this.ruleIssues);
      if (registry) issues.push(...checkRegionCodes(this.header, registry, this.locale));
    }
    return buildReport(issues.sort(compareIssues), this.itemCount);
  }

  /** The major the header's schemaVersion names (as validate() picks it). */
  private major() {
    return majorOfDocument(this.header) ?? latestMajor;
  }

  /** Validates a (partial) catalogue and keeps the errors `keep` selects, re-rooted from /items/0 to `base`. */
  private schemaErrors(document: unknown, keep: (path: string) => boolean, base?: string): number {
    const validator = this.major().validators.catalogue;
    if (validator(document)) return 0;
    let kept = 0;
    for (const error of validator.errors ?? []) {
      if (!keep(error.instancePath)) continue;
      const instancePath = base === undefined ? error.instancePath : base + error.instancePath.slice(ITEM0.length);
      this.raw.push({ ...error, instancePath });
      kept++;
    }
    return kept;
  }
}
