import { NO_FINDINGS, type Rule } from "./rule.js";

/** fee-charged-inconsistent: `charged` is true exactly when there are fee items. */
export const feeChargedInconsistent: Rule = {
  id: "fee-charged-inconsistent",
  severity: "error",
  title: { "zh-CN": "是否收费与收费项目一致", en: "Charged flag matches the fee items" },
  rationale: {
    "zh-CN": "是否收费为“是”时必须列明收费项目、收费标准和收费依据（温州事项标准化校验规则）；不收费的事项不得列出收费项目。二者不一致，要么公布了申请人无从核对的收费，要么隐瞒了收费。",
    en: "是否收费 = 是 requires 收费项目、收费标准、收费依据 (Wenzhou QA rules); a free item must list none. A mismatch publishes a fee the applicant cannot check, or hides one.",
  },
  example: '"fees": { "charged": true, "items": [] }',
  checkItem(item) {
    const fees = item.fees;
    if (typeof fees !== "object" || fees === null) return NO_FINDINGS;
    const { charged, items } = fees;
    if (typeof charged !== "boolean" || !Array.isArray(items)) return NO_FINDINGS;
    if (charged === items.length > 0) return NO_FINDINGS;
    return [{ path: "/fees", params: { charged, count: items.length } }];
  },
};
