/**
 * Checks a policy against schemas/policy.schema.json by hand. The core runs in browsers and must
 * stay small: ajv would add a runtime compiler, and a precompiled validator would be a second
 * generated artefact for a document of five keys. test/conformance/policy.test.ts keeps this
 * check and the published schema in agreement.
 */
import { itemTypes } from "../../codes/code-sets.js";
import { CONFORMANCE_RULE_IDS } from "../conformance-rule.js";
import type { Locale } from "../../i18n/locale.js";
import { rewordedIn, wordedError, type ErrorMessageId } from "../../i18n/localized-error.js";
import type { MessageParams } from "../../i18n/entry.js";
import type { ConformancePolicy } from "./policy.js";

const SETTINGS = ["off", "error", "warning", "info"];
const TOP_KEYS = ["$schema", "name", "description", "rules", "overrides"];
const OVERRIDE_KEYS = ["itemTypes", "rules", "description"];
const ITEM_TYPES = /* @__PURE__ */ itemTypes.entries.map((e) => e.code as string);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const fail = (where: string, id: ErrorMessageId, params: MessageParams = {}): never => {
  throw wordedError(TypeError, id, { where: where || "/", ...params });
};

/** Checks the keys of an object against the allowed ones. */
function checkKeys(value: Record<string, unknown>, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) fail(where, "error.policy.unknown-key", { key, allowed: allowed.join(", ") });
}

/** Checks a rules object: known rule ids, known settings. */
function checkRules(rules: unknown, where: string): void {
  if (!isObject(rules)) fail(where, "error.policy.rules-not-object");
  for (const [id, setting] of Object.entries(rules as Record<string, unknown>)) {
    if (!(CONFORMANCE_RULE_IDS as readonly string[]).includes(id)) fail(where, "error.policy.unknown-rule", { rule: id, known: CONFORMANCE_RULE_IDS.join(", ") });
    if (typeof setting !== "string" || !SETTINGS.includes(setting)) fail(`${where}/${id}`, "error.policy.bad-setting", { allowed: SETTINGS.join(", "), value: JSON.stringify(setting) });
  }
}

/** Checks one override. */
function checkOverride(override: unknown, where: string): void {
  if (!isObject(override)) fail(where, "error.policy.override-not-object");
  const o = override as Record<string, unknown>;
  checkKeys(o, OVERRIDE_KEYS, where);
  if (!Array.isArray(o.itemTypes) || o.itemTypes.length === 0) fail(`${where}/itemTypes`, "error.policy.item-types");
  (o.itemTypes as unknown[]).forEach((t, i) => {
    if (typeof t !== "string" || !ITEM_TYPES.includes(t)) fail(`${where}/itemTypes/${i}`, "error.policy.unknown-item-type", { value: JSON.stringify(t) });
  });
  if (o.rules === undefined) fail(where, "error.policy.missing-rules");
  checkRules(o.rules, `${where}/rules`);
  if (o.description !== undefined && typeof o.description !== "string") fail(`${where}/description`, "error.policy.not-string");
}

/**
 * Returns the value as a policy, or throws a TypeError naming the first problem (e.g. an unknown rule
 * id), worded in `locale` (zh-CN by default) and carrying its message id and params.
 */
export function checkPolicy(value: unknown, locale: Locale = "zh-CN"): ConformancePolicy {
  try {
    return checkedPolicy(value);
  } catch (error) {
    throw rewordedIn(error, locale);
  }
}

function checkedPolicy(value: unknown): ConformancePolicy {
  if (!isObject(value)) fail("", "error.policy.not-object");
  const policy = value as Record<string, unknown>;
  checkKeys(policy, TOP_KEYS, "");
  for (const key of ["$schema", "name", "description"]) {
    if (policy[key] !== undefined && typeof policy[key] !== "string") fail(`/${key}`, "error.policy.not-string");
  }
  if (policy.rules !== undefined) checkRules(policy.rules, "/rules");
  if (policy.overrides !== undefined) {
    if (!Array.isArray(policy.overrides)) fail("/overrides", "error.policy.not-array");
    (policy.overrides as unknown[]).forEach((o, i) => checkOverride(o, `/overrides/${i}`));
  }
  return policy as ConformancePolicy;
}
