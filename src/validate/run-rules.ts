/** Runs the semantic rules and turns their findings into localized issues. */
import { validationMessage, type ValidationMessageId } from "../i18n/messages.js";
import type { Locale } from "../i18n/locale.js";
import { pointer } from "../internal/json-pointer.js";
import type { Issue } from "../report/issue.js";
import { rules } from "../rules/index.js";
import { itemCodeOf } from "../rules/item-kind.js";
import type { Data, Finding, ItemContext, Rule } from "../rules/rule.js";

/** A finding of a rule at an absolute path, localized. */
export function toIssue(rule: Rule, finding: Finding, base: string, locale: Locale, itemCode?: string): Issue {
  return {
    rule: rule.id,
    severity: rule.severity,
    path: base + finding.path,
    ...(itemCode !== undefined ? { itemCode } : {}),
    message: validationMessage(rule.id as ValidationMessageId, locale, finding.params),
  };
}

/** The rules that check single items, in report order (resolved once, not per item). */
const itemRules = /* @__PURE__ */ rules.filter((rule) => rule.checkItem !== undefined);

/** Runs every item rule on one item whose pointer is `base` ("" for a standalone item). */
export function checkItem(item: Data, context: ItemContext, base: string, locale: Locale): Issue[] {
  // A plain loop that allocates nothing for a clean item: this runs for every record of a
  // national list, where closures and intermediate arrays were a measurable share of the time
  // (docs/performance.md).
  let issues: Issue[] | undefined;
  for (let r = 0; r < itemRules.length; r++) {
    const rule = itemRules[r]!;
    const findings = rule.checkItem!(item, context);
    for (let i = 0; i < findings.length; i++) (issues ??= []).push(toIssue(rule, findings[i]!, base, locale, itemCodeOf(item)));
  }
  return issues ?? [];
}

/**
 * Runs the catalogue rules, and the item rules on every item that passed the schema (the rules
 * assume a well-formed item; a malformed one already has its schema issues).
 */
export function checkCatalogue(catalogue: Data, locale: Locale, skipItems: ReadonlySet<number>): Issue[] {
  const items: unknown[] = Array.isArray(catalogue.items) ? catalogue.items : [];
  const issues: Issue[] = [];
  for (const rule of rules) {
    for (const finding of rule.checkCatalogue?.(catalogue) ?? []) {
      const m = /^\/items\/(\d+)/.exec(finding.path);
      issues.push(toIssue(rule, finding, "", locale, m ? itemCodeOf(items[Number(m[1])]) : undefined));
    }
  }
  const context: ItemContext = { kind: catalogue.kind, catalogueLevel: catalogue.region?.level };
  items.forEach((item, i) => {
    if (!skipItems.has(i) && typeof item === "object" && item !== null) issues.push(...checkItem(item as Data, context, pointer("/items", i), locale));
  });
  return issues;
}
