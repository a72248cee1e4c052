/**
 * Draft mode: a list in progress (an item index, a catalogue without its guide content yet) lacks
 * elements by design. An absent required element is then not an error but one `element-missing` info
 * per item (and one for the header) listing what is missing, so the real faults come first.
 */
import type { ValidatorError } from "../schema/validator.js";
import { validationMessage } from "../i18n/messages.js";
import type { Locale } from "../i18n/locale.js";
import { itemIndexOf, pointer } from "../internal/json-pointer.js";
import type { Issue, Severity } from "../report/issue.js";

/** The findings draft mode adds, with their severity (one registry, as the rules and import rules have). */
export const draftRuleSeverity = { "element-missing": "info" } as const satisfies Record<string, Severity>;

/** Splits schema errors into absent required elements and the rest. */
export function splitMissing(errors: readonly ValidatorError[]): { missing: ValidatorError[]; rest: ValidatorError[] } {
  const missing = errors.filter((e) => e.keyword === "required");
  return { missing, rest: errors.filter((e) => e.keyword !== "required") };
}

/**
 * One `element-missing` issue per item (path `/items/i`) and one for the catalogue header (path ""),
 * each listing the missing elements as paths inside it, in the order the schema reported them.
 */
export function elementMissingIssues(missing: readonly ValidatorError[], locale: Locale, itemCodeAt: (path: string) => string | undefined): Issue[] {
  const byOwner = new Map<string, string[]>();
  for (const error of missing) {
    const property = String((error.params as { missingProperty?: unknown }).missingProperty ?? "");
    const full = pointer(error.instancePath, property);
    const index = itemIndexOf(full);
    const owner = index === undefined ? "" : pointer("/items", index);
    const list = byOwner.get(owner) ?? [];
    list.push(full.slice(owner.length + 1));
    byOwner.set(owner, list);
  }
  return [...byOwner].map(([path, elements]) => {
    const itemCode = itemCodeAt(path);
    return {
      rule: "element-missing",
      severity: draftRuleSeverity["element-missing"],
      path,
      ...(itemCode !== undefined ? { itemCode } : {}),
      message: validationMessage("element-missing", locale, { count: elements.length, elements: elements.join(locale === "en" ? ", " : "、") }),
    };
  });
}
