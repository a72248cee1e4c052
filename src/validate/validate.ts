/** validate(): the schema, then the semantic rules, as one localized report, in the major the document follows. */
import { shown } from "../internal/shown.js";
import { argumentError } from "../i18n/argument-error.js";
import { isLocale, type Locale } from "../i18n/locale.js";
import { itemIndexOf } from "../internal/json-pointer.js";
import type { RegionRegistry } from "../regions/region-registry.js";
import { buildReport, type Issue, type Report } from "../report/issue.js";
import type { Major } from "../schema/major.js";
import { majorOfDocument, majors } from "../schema/majors.js";
import { checkRegionCodes } from "../rules/region-code-unknown.js";
import { itemCodeOf, type CatalogueKind } from "../rules/item-kind.js";
import { elementMissingIssues, splitMissing } from "./draft.js";
import { suggestFixes } from "./fix-suggestions.js";
import { itemMajors } from "./item-majors.js";
import { compareIssues } from "./order.js";
import { checkCatalogue, checkItem } from "./run-rules.js";
import { schemaIssues } from "./schema-issues.js";
import { isDocumentName, type DocumentName } from "./validators.js";

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
  /**
   * The schemaVersion a single item follows (items carry none), e.g. "1.0". Without it, an item is
   * read as the newest major that accepts it. A catalogue's own schemaVersion always decides.
   */
  schemaVersion?: string;
}

/** The signature of validate, shared by the root entry and each major's entry. */
export type Validate = (document: unknown, options?: ValidateOptions) => Report;

/**
 * Validates a catalogue or an item against the schema of its major and the semantic rules. A
 * catalogue's schemaVersion picks the major (1.x, 2.x …); an unknown one is reported against the
 * newest major.
 */
export function validate(document: unknown, options: ValidateOptions = {}): Report {
  return validateIn(majors, document, options);
}

/** validate() restricted to some majors, e.g. one entry's own: the newest of them is the default. */
export function validatorFor(candidates: readonly Major[]): Validate {
  return (document, options = {}) => validateIn(candidates, document, options);
}

function validateIn(candidates: readonly Major[], document: unknown, options: ValidateOptions): Report {
  const as = options.as ?? "catalogue";
  const locale = options.locale ?? "zh-CN";
  if (!isDocumentName(as)) throw argumentError("error.argument.document-type", { value: shown(as) }, locale);
  if (!isLocale(locale)) throw argumentError("error.argument.locale", { value: shown(locale) });
  if (as === "catalogue") {
    const major = majorOfDocument(document, candidates) ?? candidates[candidates.length - 1]!;
    const validator = major.validators.catalogue;
    const valid = validator(document);
    const doc = document as { items?: unknown };
    const items: unknown[] = typeof document === "object" && document !== null && Array.isArray(doc.items) ? doc.items : [];
    const itemCodeAt = (path: string) => {
      const index = itemIndexOf(path);
      return index === undefined ? undefined : itemCodeOf(items[index]);
    };
    const { missing, rest } = options.draft ? splitMissing(validator.errors ?? []) : { missing: [], rest: validator.errors ?? [] };
    const issues: Issue[] = valid ? [] : suggestFixes(schemaIssues(rest, locale, itemCodeAt, { major, document: "catalogue" }), document, locale);
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
  const order = itemMajors(candidates, options.schemaVersion);
  const valid = order.some((m) => m.validators[as](document));
  const validator = order[0]!.validators[as];
  const { missing, rest } = options.draft && !valid ? splitMissing(validator.errors ?? []) : { missing: [], rest: valid ? [] : validator.errors ?? [] };
  const schema = valid ? [] : suggestFixes(schemaIssues(rest, locale, () => itemCodeOf(document), { major: order[0]!, document: as }), document, locale);
  const runRules = (valid || options.draft) && typeof document === "object" && document !== null;
  const issues = [
    ...schema,
    ...elementMissingIssues(missing, locale, () => itemCodeOf(document)),
    ...(runRules ? checkItem(document as Record<string, unknown>, { kind }, "", locale) : []),
  ];
  return buildReport(issues, 1);
}
