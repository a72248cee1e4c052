/** Policies: severity changes, off, item-type scope, errors on unknown rules, and agreement with the published schema. */
import fs from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { itemTypes } from "../../src/codes/code-sets.js";
import { checkChain } from "../../src/conformance/check-chain.js";
import { checkConformance } from "../../src/conformance/check-conformance.js";
import { CONFORMANCE_RULE_IDS } from "../../src/conformance/conformance-rule.js";
import { checkPolicy } from "../../src/conformance/policy/check-policy.js";
import { conformanceRules } from "../../src/conformance/rules/index.js";
import { readJson } from "../helpers/examples.js";
import { brief, pair } from "./pair.js";

const schema = readJson("schemas/policy.schema.json");
const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true });
const schemaAccepts = ajv.compile(schema);

/** A pair whose first item (type 01) promises 12 days against 10, and whose second (type 01) needs 2 visits against 1. */
function deviating() {
  const { upper, lower } = pair();
  lower.items[0].timeLimit.promised.value = 12;
  lower.items[1].visits = 2;
  return { upper, lower };
}

describe("policy", () => {
  it("without a policy the defaults apply", () => {
    const { upper, lower } = deviating();
    expect(brief(checkConformance(upper, lower).issues).map((i) => [i.rule, i.severity])).toEqual([
      ["promised-time-exceeds-upper", "error"],
      ["visits-increased", "error"],
    ]);
  });

  it("changes a rule's severity, and the report's ok follows", () => {
    const { upper, lower } = deviating();
    lower.items[1].visits = 1;
    const report = checkConformance(upper, lower, { policy: { rules: { "promised-time-exceeds-upper": "warning" } } });
    expect(brief(report.issues)).toEqual([
      { rule: "promised-time-exceeds-upper", severity: "warning", path: "/items/0/timeLimit/promised", upperPath: "/items/0/timeLimit/promised" },
    ]);
    expect(report.ok).toBe(true);
  });

  it("turns a rule off", () => {
    const { upper, lower } = deviating();
    const report = checkConformance(upper, lower, { policy: { rules: { "visits-increased": "off" } } });
    expect(report.issues.map((i) => i.rule)).toEqual(["promised-time-exceeds-upper"]);
  });

  it("scopes overrides by the item type, later overrides winning", () => {
    const { upper, lower } = deviating();
    upper.items[1].type = "20";
    lower.items[1].type = "20";
    const policy = {
      rules: { "visits-increased": "warning" as const },
      overrides: [
        { itemTypes: ["20"], rules: { "visits-increased": "info" as const } },
        { itemTypes: ["05", "20"], rules: { "visits-increased": "off" as const } },
        { itemTypes: ["01"], rules: { "promised-time-exceeds-upper": "info" as const, "visits-increased": "error" as const } },
      ],
    };
    const issues = brief(checkConformance(upper, lower, { policy }).issues);
    expect(issues.map((i) => [i.rule, i.severity])).toEqual([["promised-time-exceeds-upper", "info"]]);
    // Near-miss: an item of type 01 is not touched by the 20 overrides.
    upper.items[1].type = "01";
    lower.items[1].type = "01";
    expect(brief(checkConformance(upper, lower, { policy }).issues).map((i) => [i.rule, i.severity])).toEqual([
      ["promised-time-exceeds-upper", "info"],
      ["visits-increased", "error"],
    ]);
  });

  it("scopes by the upper item's type, the standard, when the lower one changed it", () => {
    const { upper, lower } = deviating();
    lower.items[0].type = "20";
    const policy = { overrides: [{ itemTypes: ["01"], rules: { "type-mismatch": "warning" as const, "promised-time-exceeds-upper": "off" as const } }] };
    expect(brief(checkConformance(upper, lower, { policy }).issues).map((i) => [i.rule, i.severity])).toEqual([
      ["type-mismatch", "warning"],
      ["visits-increased", "error"],
    ]);
  });

  it("throws a TypeError naming an unknown rule id", () => {
    const { upper, lower } = pair();
    expect(() => checkConformance(upper, lower, { policy: { rules: { "material-removed": "error" } } as any })).toThrow(
      /未知规则"material-removed"/,
    );
    expect(() => checkPolicy({ overrides: [{ itemTypes: ["20"], rules: { nope: "off" } }] })).toThrow(TypeError);
    expect(() => checkPolicy({ rules: { "fee-added": "fatal" } })).toThrow(/\/rules\/fee-added/);
    expect(() => checkPolicy({ rule: {} })).toThrow('一致性策略 / 处有误：未知属性"rule"（可用：$schema, name, description, rules, overrides）');
    expect(() => checkPolicy({ rule: {} }, "en")).toThrow('invalid conformance policy at /: unknown property "rule" (allowed: $schema, name, description, rules, overrides)');
    expect(() => checkPolicy({ overrides: [{ itemTypes: ["77"], rules: {} }] })).toThrow(/itemTypes\/0/);
  });

  it("the example policies are valid against the schema and the hand check", () => {
    for (const file of fs.readdirSync("examples/policies")) {
      const policy = readJson(`examples/policies/${file}`);
      expect(schemaAccepts(policy), file).toBe(true);
      expect(() => checkPolicy(policy)).not.toThrow();
    }
  });

  it("the published schema names exactly the rules and item types the code knows", () => {
    expect(Object.keys(schema.$defs.RuleSettings.properties)).toEqual([...CONFORMANCE_RULE_IDS]);
    expect(conformanceRules.map((r) => r.id)).toEqual([...CONFORMANCE_RULE_IDS]);
    expect(schema.$defs.ItemTypeCode.enum).toEqual(itemTypes.entries.map((e) => e.code));
  });

  it("the hand check accepts exactly what the published schema accepts", () => {
    const setting = fc.constantFrom("off", "error", "warning", "info", "fatal", 1);
    const ruleId = fc.constantFrom(...CONFORMANCE_RULE_IDS, "unknown-rule");
    const rules = fc.dictionary(ruleId, setting, { maxKeys: 3 });
    const override = fc.record(
      { itemTypes: fc.array(fc.constantFrom("01", "20", "99", "77", 20), { maxLength: 3 }), rules, description: fc.constantFrom("x", 3), extra: fc.constant(1) },
      { requiredKeys: [] },
    );
    const policy = fc.oneof(
      fc.record({ $schema: fc.constantFrom("x", 1), name: fc.string(), description: fc.string(), rules, overrides: fc.array(override, { maxLength: 2 }), other: fc.constant(true) }, { requiredKeys: [] }),
      fc.constantFrom(null, [], "policy", 3),
    );
    fc.assert(
      fc.property(policy, (p) => {
        let handAccepts = true;
        try {
          checkPolicy(p);
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
          handAccepts = false;
        }
        expect(handAccepts).toBe(schemaAccepts(p));
      }),
      { numRuns: 500 },
    );
  });
});

describe("document kinds", () => {
  it("refuses a basic catalogue as the lower list", () => {
    const upper = readJson("examples/2-province-standard.json");
    const basic = readJson("examples/1-province-basic.json");
    expect(() => checkConformance(upper, basic)).toThrow("一致性检查：第 1 个文档为 basic 目录；下级清单须为标准化清单或实施清单");
    expect(() => checkChain([basic, upper])).not.toThrow(/lower list/);
  });
});
