import { creditCodeCheckCharacter, creditCodeProblem } from "../identifiers/credit-code.js";
import { NO_FINDINGS, type Finding, type Rule } from "./rule.js";

/** Checks one credit code at a path, if it is a well-formed string that fails its check characters. */
function checkCode(code: unknown, path: string): readonly Finding[] {
  if (typeof code !== "string") return NO_FINDINGS;
  // Allocation-free for the common valid code; length and charset are the schema's job, so this
  // rule reports only the check characters.
  const reason = creditCodeProblem(code);
  if (reason === undefined || reason === "length" || reason === "charset") return NO_FINDINGS;
  // Stryker disable next-line MethodExpression: equivalent: the check character reads the first 17 characters only
  return [{ path, params: { code, reason, expected: creditCodeCheckCharacter(code.slice(0, 17)) } }];
}

/** credit-code-checksum: every 统一社会信用代码 passes GB 32100 and the embedded GB 11714 check. */
export const creditCodeChecksum: Rule = {
  id: "credit-code-checksum",
  severity: "error",
  title: { "zh-CN": "统一社会信用代码校验位正确", en: "Credit codes pass their check characters" },
  rationale: {
    "zh-CN": "GB 32100—2015 规定统一社会信用代码第18位是前17位的 MOD 31 校验码，第9–17位是 GB 11714 组织机构代码，带有自身的 MOD 11 校验位。校验不通过即为录入错误（常见字母 O 误作数字 0）或代码被截断，由其生成的每个实施编码也随之出错。",
    en: "GB 32100—2015 fixes the 18th character as a MOD 31 check over the first 17, and positions 9–17 carry the GB 11714 organisation code with its own MOD 11 check. A failing code is a typo (O for 0 is common) or a truncated code, and breaks every implementation code built from it.",
  },
  example: '"agency": { "creditCode": "91350100M000100Y44" } (the check character should be 3)',
  checkItem: (item) => checkCode(item.agency?.creditCode, "/agency/creditCode"),
  checkCatalogue: (catalogue) => checkCode(catalogue.publisher?.creditCode, "/publisher/creditCode"),
};
