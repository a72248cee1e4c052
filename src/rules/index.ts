/** The validation rules, in the order their findings are reported. */
import { basicCodeTypeMismatch } from "./basic-code-type-mismatch.js";
import { creditCodeChecksum } from "./credit-code-checksum.js";
import { duplicateItem } from "./duplicate-item.js";
import { itemVersionHistory } from "./item-version-history.js";
import { feeChargedInconsistent } from "./fee-charged-inconsistent.js";
import { implementationCodeMismatch } from "./implementation-code-mismatch.js";
import { itemLevelMismatch } from "./item-level-mismatch.js";
import { levelNotAllowed } from "./level-not-allowed.js";
import { onlineDepthVisits } from "./online-depth-visits.js";
import { promisedExceedsStatutory } from "./promised-exceeds-statutory.js";
import { regionLevelMismatch } from "./region-level-mismatch.js";
import { situationMaterialUnknown } from "./situation-material-unknown.js";
import { lifecycleDatesOrder } from "./lifecycle-dates-order.js";
import { exemptionSourceMissing } from "./exemption-source-missing.js";
import type { Rule } from "./rule.js";

export { DuplicateTracker } from "./duplicate-item.js";
export * from "./item-kind.js";
export type { Data, Finding, ItemContext, Rule } from "./rule.js";

/** Every validation rule beyond the schema. */
export const rules: readonly Rule[] = [
  creditCodeChecksum,
  regionLevelMismatch,
  itemLevelMismatch,
  levelNotAllowed,
  implementationCodeMismatch,
  basicCodeTypeMismatch,
  promisedExceedsStatutory,
  duplicateItem,
  itemVersionHistory,
  feeChargedInconsistent,
  onlineDepthVisits,
  // The rules on elements only v2 holds (no 1.x document has these fields, so they never fire there).
  situationMaterialUnknown,
  lifecycleDatesOrder,
  exemptionSourceMissing,
];
