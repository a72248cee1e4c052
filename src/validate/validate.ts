/** validate(): the schema, then the semantic rules, as one localized report. */
import type { Locale } from "../i18n/locale.js";
import { itemIndexOf } from "../internal/json-pointer.js";
import type { RegionRegistry } from "../regions/region-registry.js";
import { buildReport, type Issue, type Report } from "../report/issue.js";
import { checkRegionCodes } from "../rules/region-code-unknown.js";
import { itemCodeOf, type CatalogueKind } from "../rules/item-kind.js";
import { elementMissingIssues, splitMissing } from "./draft.js";
import { suggestFixes } from "./fix-suggestions.js";
import { compareIssues } from "./order.js";
import { checkCatalogue, checkItem } from "./run-rules.js";
import { schemaIssues } from "./schema-issues.js";
import { isDocumentName, validators, type DocumentName } from "./validators.js";

/** Options of validate. */
export interface ValidateOptions {
  /** What the document is: a whole catalogue (default) or a single item of a kind. */
  as?: DocumentName;
  /** Message language; zh-CN by default. */
  locale?: Locale;
  /** A region registry (from zwfw-standard/regions): adds region-code-unknown warnings for catalogues. */
  registry?: RegionRegistry;
  /**
   * Draft mode: an absent required element is one `element-missing` info per item (and one for the
   * header) instead of an error, and the item rules run on every item, also on those that fail the schema.
   */
  draft?: boolean;
}

/** Validates a catalogue or an item against the v1 schema and the semantic rules. */
export function validate(document: unknown, options: ValidateOptions = {}): Report {
  const as = options.as ?? "catalogue";
  const locale = options.locale ?? "zh-CN";
  if (!isDocumentName(as)) throw new TypeError(`unknown document type "${String(as)}"`);
  const validator = validators[as];
  const valid = validator(document);

  if (as === "catalogue") {
    const doc = document as { items?: unknown };
    const items: unknown[] = typeof document === "object" && document !== null && Array.isArray(doc.items) ? doc.items : [];
    const itemCodeAt = (path: string) => {
      const index = itemIndexOf(path);
      return index === undefined ? undefined : itemCodeOf(items[index]);
    };
    const { missing, rest } = options.draft ? splitMissing(validator.errors ?? []) : { missing: [], rest: validator.errors ?? [] };
    const issues: Issue[] = valid ? [] : suggestFixes(schemaIssues(rest, locale, itemCodeAt), document, locale);
    // Draft mode runs the item rules on every item: they read defensively, and a list in progress
    // should show its real faults (a bad check character) whatever else is still missing.
    const broken = new Set(options.draft ? [] : issues.map((i) => itemIndexOf(i.path)).filter((i): i is number => i !== undefined));
    // The header must be sound for catalogue rules to read kind and region.
    const headerBroken = issues.some((i) => itemIndexOf(i.path) === undefined);
    issues.push(...elementMissingIssues(missing, locale, itemCodeAt));
    if (!headerBroken) issues.push(...checkCatalogue(document as Record<string, unknown>, locale, broken));
    if (!headerBroken && options.registry) issues.push(...checkRegionCodes(document, options.registry, locale));
    return buildReport(issues.sort(compareIssues), items.length);
  }

  const kind = as.replace("-item", "") as CatalogueKind;
  const { missing, rest } = options.draft ? splitMissing(validator.errors ?? []) : { missing: [], rest: validator.errors ?? [] };
  const schema = valid ? [] : suggestFixes(schemaIssues(rest, locale, () => itemCodeOf(document)), document, locale);
  const runRules = (valid || options.draft) && typeof document === "object" && document !== null;
  const issues = [
    ...schema,
    ...elementMissingIssues(missing, locale, () => itemCodeOf(document)),
    ...(runRules ? checkItem(document as Record<string, unknown>, { kind }, "", locale) : []),
  ];
  return buildReport(issues, 1);
}
