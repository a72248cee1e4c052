export { checkPolicy } from "./check-policy.js";
export { settingOf, type ConformancePolicy, type PolicyOverride, type RuleSetting, type RuleSettings } from "./policy.js";
