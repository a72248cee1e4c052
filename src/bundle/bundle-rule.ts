/** What a bundle rule is: one unit checking a bundle (一件事) against its member items. */
import type { MessageParams } from "../i18n/entry.js";
import type { Severity } from "../report/issue.js";
import type { Data } from "../rules/rule.js";

/** The ids of the bundle rules (the first five as issue 15 names them), in report order. */
export const BUNDLE_RULE_IDS = [
  "bundle-member-unknown",
  "bundle-material-uncovered",
  "bundle-time-exceeds-members",
  "bundle-time-units-mixed",
  "bundle-visits-exceed-members",
  "bundle-online-depth-below-members",
] as const;

/** A bundle rule id. */
export type BundleRuleId = (typeof BUNDLE_RULE_IDS)[number];

/** A member of a bundle as found (or not) in the implementation lists. */
export interface ResolvedMember {
  /** Index of the member in the bundle's `members`. */
  index: number;
  /** The member's implementation code (事项组成). */
  code: string;
  /** The member item, when some implementation list carries it. */
  item?: Data;
  /** Index of the implementation list that carries it. */
  list?: number;
  /** JSON Pointer of the item in that list. */
  itemPath?: string;
}

/** What a bundle rule sees: the bundle and its members, resolved. */
export interface BundleContext {
  bundle: Data;
  members: readonly ResolvedMember[];
}

/** A finding before localisation. `path` is relative to the bundle; `upperPath`/`list` point into an implementation list. */
export interface BundleFinding {
  path: string;
  params: MessageParams;
  upperPath?: string;
  list?: number;
}

/** A rule over a bundle and its members. */
export interface BundleRule {
  id: BundleRuleId;
  severity: Severity;
  /** One line: what the rule checks (zh-CN and en). */
  title: { "zh-CN": string; en: string };
  /** Why the rule exists, with its basis (zh-CN and en). */
  rationale: { "zh-CN": string; en: string };
  /** A short bundle/member pair that triggers it. */
  example: string;
  check(context: BundleContext): BundleFinding[];
}
