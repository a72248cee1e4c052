/** A conformance policy: per-rule severities, like a linter config, optionally scoped by item type. */
import type { Severity } from "../../report/issue.js";
import type { ConformanceRuleId } from "../conformance-rule.js";

/** What a policy sets a rule to: a severity, or "off". */
export type RuleSetting = Severity | "off";

/** Rule settings by rule id. */
export type RuleSettings = Partial<Record<ConformanceRuleId, RuleSetting>>;

/** Settings that apply only to items of some types (事项类型, A.1), e.g. 公共服务 "20". */
export interface PolicyOverride {
  itemTypes: string[];
  rules: RuleSettings;
  description?: string;
}

/** A conformance policy (schemas/policy.schema.json). Later overrides win over earlier ones and over `rules`. */
export interface ConformancePolicy {
  $schema?: string;
  name?: string;
  description?: string;
  rules?: RuleSettings;
  overrides?: PolicyOverride[];
}

/** The setting of a rule for an item of a type (undefined for catalogue-level findings): default, then rules, then matching overrides. */
export function settingOf(id: ConformanceRuleId, defaultSeverity: Severity, policy: ConformancePolicy | undefined, itemType?: string): RuleSetting {
  let setting: RuleSetting = policy?.rules?.[id] ?? defaultSeverity;
  if (itemType === undefined) return setting;
  for (const override of policy?.overrides ?? []) {
    const scoped = override.rules[id];
    if (scoped !== undefined && override.itemTypes.includes(itemType)) setting = scoped;
  }
  return setting;
}
