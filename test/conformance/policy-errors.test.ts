/** checkPolicy's refusals, each whole: a TypeError with its message id, the place, and the message in zh-CN and en; near misses that pass. */
import { describe, expect, it } from "vitest";
import { CONFORMANCE_RULE_IDS } from "../../src/conformance/conformance-rule.js";
import { checkPolicy } from "../../src/conformance/policy/check-policy.js";
import type { Locale } from "../../src/i18n/locale.js";

/** The refusal of a policy in one locale, as a caller sees it. */
function refusal(policy: unknown, locale: Locale) {
  try {
    checkPolicy(policy, locale);
  } catch (error: any) {
    return { type: error.constructor.name, id: error.messageId, where: error.messageParams.where, message: error.message };
  }
  return "accepted";
}

const SETTINGS = "off, error, warning, info";
const KNOWN = CONFORMANCE_RULE_IDS.join(", ");

// [cause, policy, message id, where, zh-CN message, en message]
const refusals: [string, unknown, string, string, string, string][] = [
  ["an array", [], "error.policy.not-object", "/", "一致性策略 / 处有误：须为 JSON 对象", "invalid conformance policy at /: must be a JSON object"],
  ["null", null, "error.policy.not-object", "/", "一致性策略 / 处有误：须为 JSON 对象", "invalid conformance policy at /: must be a JSON object"],
  ["an unknown key", { rules: {}, rule: {} }, "error.policy.unknown-key", "/",
    '一致性策略 / 处有误：未知属性"rule"（可用：$schema, name, description, rules, overrides）', 'invalid conformance policy at /: unknown property "rule" (allowed: $schema, name, description, rules, overrides)'],
  ["a $schema that is no text", { $schema: 1 }, "error.policy.not-string", "/$schema", "一致性策略 /$schema 处有误：须为字符串", "invalid conformance policy at /$schema: must be a string"],
  ["a name that is no text", { $schema: "policy.schema.json", name: 3 }, "error.policy.not-string", "/name", "一致性策略 /name 处有误：须为字符串", "invalid conformance policy at /name: must be a string"],
  ["a description that is no text", { name: "宽松", description: false }, "error.policy.not-string", "/description", "一致性策略 /description 处有误：须为字符串", "invalid conformance policy at /description: must be a string"],
  ["rules that are an array", { rules: [] }, "error.policy.rules-not-object", "/rules", "一致性策略 /rules 处有误：须为“规则编号 → 级别”的对象", "invalid conformance policy at /rules: must be an object of rule id → setting"],
  ["an unknown rule", { rules: { "fee-added": "off", nope: "off" } }, "error.policy.unknown-rule", "/rules",
    `一致性策略 /rules 处有误：未知规则"nope"（已知规则：${KNOWN}）`, `invalid conformance policy at /rules: unknown rule "nope" (known rules: ${KNOWN})`],
  ["an unknown setting", { rules: { "fee-added": "fatal" } }, "error.policy.bad-setting", "/rules/fee-added",
    `一致性策略 /rules/fee-added 处有误：须为 ${SETTINGS} 之一（实际为 "fatal"）`, `invalid conformance policy at /rules/fee-added: must be one of ${SETTINGS} (got "fatal")`],
  ["a setting that is no text", { rules: { "fee-added": 1 } }, "error.policy.bad-setting", "/rules/fee-added",
    `一致性策略 /rules/fee-added 处有误：须为 ${SETTINGS} 之一（实际为 1）`, `invalid conformance policy at /rules/fee-added: must be one of ${SETTINGS} (got 1)`],
  ["overrides that are no array", { overrides: {} }, "error.policy.not-array", "/overrides", "一致性策略 /overrides 处有误：须为数组", "invalid conformance policy at /overrides: must be an array"],
  ["an override that is no object", { overrides: [{ itemTypes: ["01"], rules: {} }, "x"] }, "error.policy.override-not-object", "/overrides/1",
    "一致性策略 /overrides/1 处有误：须为含 itemTypes 和 rules 的对象", "invalid conformance policy at /overrides/1: must be an object with itemTypes and rules"],
  ["an override that is an array", { overrides: [[]] }, "error.policy.override-not-object", "/overrides/0",
    "一致性策略 /overrides/0 处有误：须为含 itemTypes 和 rules 的对象", "invalid conformance policy at /overrides/0: must be an object with itemTypes and rules"],
  ["an unknown key in an override", { overrides: [{ itemTypes: ["01"], rules: {}, when: 1 }] }, "error.policy.unknown-key", "/overrides/0",
    '一致性策略 /overrides/0 处有误：未知属性"when"（可用：itemTypes, rules, description）', 'invalid conformance policy at /overrides/0: unknown property "when" (allowed: itemTypes, rules, description)'],
  ["an override without itemTypes", { overrides: [{ rules: {} }] }, "error.policy.item-types", "/overrides/0/itemTypes",
    "一致性策略 /overrides/0/itemTypes 处有误：须为非空的事项类型代码数组", "invalid conformance policy at /overrides/0/itemTypes: must be a non-empty array of item type codes"],
  ["an override with no item types", { overrides: [{ itemTypes: [], rules: {} }] }, "error.policy.item-types", "/overrides/0/itemTypes",
    "一致性策略 /overrides/0/itemTypes 处有误：须为非空的事项类型代码数组", "invalid conformance policy at /overrides/0/itemTypes: must be a non-empty array of item type codes"],
  ["an unknown item type", { overrides: [{ itemTypes: ["01", "77"], rules: {} }] }, "error.policy.unknown-item-type", "/overrides/0/itemTypes/1",
    '一致性策略 /overrides/0/itemTypes/1 处有误：未知事项类型 "77"', 'invalid conformance policy at /overrides/0/itemTypes/1: unknown item type "77"'],
  ["an item type that is a number", { overrides: [{ itemTypes: [20], rules: {} }] }, "error.policy.unknown-item-type", "/overrides/0/itemTypes/0",
    "一致性策略 /overrides/0/itemTypes/0 处有误：未知事项类型 20", "invalid conformance policy at /overrides/0/itemTypes/0: unknown item type 20"],
  ["an override without rules", { overrides: [{ itemTypes: ["01"] }] }, "error.policy.missing-rules", "/overrides/0",
    '一致性策略 /overrides/0 处有误：缺少属性"rules"', 'invalid conformance policy at /overrides/0: missing property "rules"'],
  ["an unknown setting in an override", { overrides: [{ itemTypes: ["01"], rules: { "fee-added": "fatal" } }] }, "error.policy.bad-setting", "/overrides/0/rules/fee-added",
    `一致性策略 /overrides/0/rules/fee-added 处有误：须为 ${SETTINGS} 之一（实际为 "fatal"）`, `invalid conformance policy at /overrides/0/rules/fee-added: must be one of ${SETTINGS} (got "fatal")`],
  ["an override's description that is no text", { overrides: [{ itemTypes: ["01"], rules: {}, description: 3 }] }, "error.policy.not-string", "/overrides/0/description",
    "一致性策略 /overrides/0/description 处有误：须为字符串", "invalid conformance policy at /overrides/0/description: must be a string"],
];

describe("checkPolicy refusals", () => {
  it.each(refusals)("%s", (_cause, policy, id, where, zh, en) => {
    expect(refusal(policy, "zh-CN")).toEqual({ type: "TypeError", id, where, message: zh });
    expect(refusal(policy, "en")).toEqual({ type: "TypeError", id, where, message: en });
  });

  it("worded in zh-CN by default", () => {
    expect(() => checkPolicy({ overrides: {} })).toThrow(/^一致性策略 \/overrides 处有误：须为数组$/);
  });

  it.each([
    ["an empty policy", {}],
    ["every top key", { $schema: "policy.schema.json", name: "宽松", description: "说明", rules: { "fee-added": "off", "name-mismatch": "info" }, overrides: [] }],
    ["each setting", { rules: { "fee-added": "off", "name-mismatch": "error", "visits-increased": "warning", "not-claimed": "info" } }],
    ["an override with every key", { overrides: [{ itemTypes: ["01", "20"], rules: { "fee-added": "warning" }, description: "公共服务" }] }],
    ["an override with empty rules", { overrides: [{ itemTypes: ["01"], rules: {} }] }],
  ])("near miss: %s passes, returned as it is", (_cause, policy) => {
    expect(checkPolicy(policy)).toBe(policy);
  });
});
