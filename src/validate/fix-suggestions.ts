/**
 * Fix suggestions on schema findings where the right value is certain: a 统一社会信用代码 typed with
 * lowercase letters (a real fault of published lists) is the same code in capitals when that passes.
 */
import { creditCodeProblem } from "../identifiers/credit-code.js";
import { validationMessage } from "../i18n/messages.js";
import type { Locale } from "../i18n/locale.js";
import type { Issue } from "../report/issue.js";

/** The value at a JSON Pointer. */
function valueAt(document: unknown, path: string): unknown {
  let node: any = document;
  for (const token of path.split("/").slice(1)) node = node?.[token.replace(/~1/g, "/").replace(/~0/g, "~")];
  return node;
}

/** Adds `suggestion` (and says so in the message) to each schema finding on a lowercase credit code. */
export function suggestFixes(issues: Issue[], document: unknown, locale: Locale): Issue[] {
  return issues.map((issue) => {
    if (issue.rule !== "schema" || issue.keyword !== "pattern" || !issue.path.endsWith("/creditCode")) return issue;
    const value = valueAt(document, issue.path);
    if (typeof value !== "string" || value === value.toUpperCase() || creditCodeProblem(value.toUpperCase()) !== undefined) return issue;
    const suggestion = value.toUpperCase();
    return { ...issue, suggestion, message: `${issue.message}${validationMessage("fix.uppercase", locale, { value, suggestion })}` };
  });
}
