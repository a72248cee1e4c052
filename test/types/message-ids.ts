/**
 * Compile-time proof that a rule cannot exist without its message: rule ids are typed as message ids of the
 * catalogue (FindingId). Checked by `npm run typecheck`; each `@ts-expect-error` fails the build if the line
 * below it ever compiles.
 */
import { CONFORMANCE_RULE_IDS, type ConformanceRule } from "../../src/conformance/conformance-rule.js";
import type { FindingId } from "../../src/i18n/messages.js";
import type { Rule } from "../../src/rules/rule.js";
import type { ImportRule } from "../../src/spreadsheet/import-issues.js";

const about = { "zh-CN": "示例", en: "example" };

/** A validation rule whose id has a message compiles. */
export const known: Rule = { id: "duplicate-item", severity: "error", title: about, rationale: about, example: "" };

/** A validation rule whose id has no message does not. */
// @ts-expect-error "no-such-rule" is not a message id of the catalogue
export const unknown: Rule = { id: "no-such-rule", severity: "error", title: about, rationale: about, example: "" };

/** Nor does a rule named after a word of the CLI or docs (a dotted id is not a finding's message). */
// @ts-expect-error "docs.title" is a message, but not a finding's
export const notAFinding: Rule = { id: "docs.title", severity: "error", title: about, rationale: about, example: "" };

/** A conformance rule's id must be one of CONFORMANCE_RULE_IDS, each of which is a FindingId. */
export const conformanceIds: readonly FindingId[] = CONFORMANCE_RULE_IDS;
// @ts-expect-error "no-such-rule" is not a conformance rule id
export const unknownConformance: Pick<ConformanceRule, "id"> = { id: "no-such-rule" };

/** Every import rule of the spreadsheet reader is a FindingId too. */
export const importRulesAreFindings: ImportRule extends FindingId ? true : never = true;
