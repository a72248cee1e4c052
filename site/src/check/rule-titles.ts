/** The one-line title of a rule in a language, for the counts-by-rule table (from the rules themselves). */
import { conformanceRules } from "../../../src/conformance/index.js";
import type { Locale } from "../../../src/i18n/locale.js";
import { message } from "../../../src/i18n/all-messages.js";
import { rules } from "../../../src/rules/index.js";

const titles = new Map<string, { "zh-CN": string; en: string }>([...rules, ...conformanceRules].map((r) => [r.id, r.title]));

/** The rule's title, or undefined for ids without one (import findings). */
export function ruleTitle(id: string, locale: Locale): string | undefined {
  if (id === "schema") return message("site.rule.schema", locale);
  return titles.get(id)?.[locale];
}
