/** Turns raw conformance findings into report issues: the policy's severity (or off), then the message. */
import { message } from "../i18n/messages.js";
import type { Locale } from "../i18n/locale.js";
import type { Issue } from "../report/issue.js";
import type { RawFinding } from "./compare-lists.js";
import { settingOf, type ConformancePolicy } from "./policy/policy.js";

/** The issue of a finding under a policy, or undefined when the policy turns its rule off. */
export function toConformanceIssue(finding: RawFinding, policy: ConformancePolicy | undefined, locale: Locale): Issue | undefined {
  const setting = settingOf(finding.rule.id, finding.rule.severity, policy, finding.itemType);
  if (setting === "off") return undefined;
  return {
    rule: finding.rule.id,
    severity: setting,
    path: finding.path,
    ...(finding.itemCode !== undefined ? { itemCode: finding.itemCode } : {}),
    message: message(finding.rule.id, locale, finding.params),
    ...(finding.upperPath !== undefined ? { upperPath: finding.upperPath } : {}),
  };
}
