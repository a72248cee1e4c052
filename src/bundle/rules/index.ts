/** The bundle rules, in the order their findings are reported within a bundle. */
import { BUNDLE_RULE_IDS, type BundleRule, type BundleRuleId } from "../bundle-rule.js";
import { bundleMaterialUncovered } from "./material-uncovered.js";
import { bundleMemberUnknown } from "./member-unknown.js";
import { bundleOnlineDepthBelowMembers } from "./online-depth-below-members.js";
import { bundleTimeExceedsMembers } from "./time-exceeds-members.js";
import { bundleTimeUnitsMixed } from "./time-units-mixed.js";
import { bundleVisitsExceedMembers } from "./visits-exceed-members.js";

/** The rules by id: a rule id without its rule does not build. */
const byId: Record<BundleRuleId, BundleRule> = {
  "bundle-member-unknown": bundleMemberUnknown,
  "bundle-material-uncovered": bundleMaterialUncovered,
  "bundle-time-exceeds-members": bundleTimeExceedsMembers,
  "bundle-time-units-mixed": bundleTimeUnitsMixed,
  "bundle-visits-exceed-members": bundleVisitsExceedMembers,
  "bundle-online-depth-below-members": bundleOnlineDepthBelowMembers,
};

/** Every bundle rule, in the order of BUNDLE_RULE_IDS. */
export const bundleRules: readonly BundleRule[] = /* @__PURE__ */ BUNDLE_RULE_IDS.map((id) => byId[id]);
