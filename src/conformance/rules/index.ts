/** The conformance rules, in the order their findings are reported within an item. */
import type { ConformanceRule } from "../conformance-rule.js";
import { bundleMemberAdded } from "./bundle-member-added.js";
import { feeAdded } from "./fee-added.js";
import { feeAmountIncreased } from "./fee-amount-increased.js";
import { legalBasisMismatch } from "./legal-basis-mismatch.js";
import { levelNotAllowedUpstream } from "./level-not-allowed-upstream.js";
import { levelOrder } from "./level-order.js";
import { materialAdded } from "./material-added.js";
import { materialCopiesIncreased } from "./material-copies-increased.js";
import { materialNecessityRaised } from "./material-necessity-raised.js";
import { nameMismatch } from "./name-mismatch.js";
import { notClaimed } from "./not-claimed.js";
import { notInUpper } from "./not-in-upper.js";
import { onlineDepthDecreased } from "./online-depth-decreased.js";
import { promisedTimeExceedsUpper } from "./promised-time-exceeds-upper.js";
import { regionNotWithinUpper } from "./region-not-within-upper.js";
import { statutoryTimeChanged } from "./statutory-time-changed.js";
import { typeMismatch } from "./type-mismatch.js";
import { visitsIncreased } from "./visits-increased.js";

/** Every conformance rule. */
export const conformanceRules: readonly ConformanceRule[] = [
  levelOrder,
  regionNotWithinUpper,
  notInUpper,
  nameMismatch,
  typeMismatch,
  legalBasisMismatch,
  levelNotAllowedUpstream,
  statutoryTimeChanged,
  promisedTimeExceedsUpper,
  materialAdded,
  materialNecessityRaised,
  materialCopiesIncreased,
  feeAdded,
  feeAmountIncreased,
  visitsIncreased,
  onlineDepthDecreased,
  notClaimed,
  bundleMemberAdded,
];
