import type { ConformanceRule } from "../conformance-rule.js";
import { entries } from "../match-elements.js";
import { feeMatching } from "../matching.js";
import { textOf } from "../../internal/shown.js";

/** fee-amount-increased: a fee item charges no more than the upper item's. */
export const feeAmountIncreased: ConformanceRule = {
  id: "fee-amount-increased",
  severity: "error",
  title: { "zh-CN": "不提高收费金额", en: "Fee amount is not increased" },
  rationale: {
    "zh-CN": "domain-standard §7.4 的 R8：收费标准不得高于目录标准。两级收费项目都有金额（元）时比较金额；文字形式的收费标准不作解析。",
    en: "R8 in domain-standard §7.4: 收费标准 ≤ the catalogue standard. Amounts (元) are compared where both fee items carry one; the free-text 收费标准 is not parsed.",
  },
  example: 'upper fee "机动车驾驶证工本费" "amount": 10, lower "amount": 15',
  paths: 'path "/items/i/fees/items/k/amount", upperPath "/items/j/fees/items/l/amount".',
  standardFields: true,
  checkPair(upper, lower, context) {
    const partners = context.matcher.partners(upper.fees?.items, lower.fees?.items, feeMatching);
    return entries(lower.fees?.items).flatMap(([k, f]) => {
      const match = partners[k];
      const u = match?.value.amount;
      if (!match || typeof u !== "number" || typeof f.amount !== "number" || f.amount <= u) return [];
      return [{
        path: `/fees/items/${k}/amount`,
        upperPath: `/fees/items/${match.index}/amount`,
        params: { name: textOf(f.name ?? ""), upper: u, lower: f.amount },
      }];
    });
  },
};
