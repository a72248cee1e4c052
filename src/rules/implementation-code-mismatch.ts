import { NO_FINDINGS, type Finding, type Rule } from "./rule.js";

/** implementation-code-mismatch: 实施编码 = agency credit code + level + basic code; 业务办理项编码 extends it. */
export const implementationCodeMismatch: Rule = {
  id: "implementation-code-mismatch",
  severity: "error",
  title: { "zh-CN": "实施编码由实施主体、层级、基本编码组成", en: "Implementation code is built from agency, level and basic code" },
  rationale: {
    "zh-CN": "在全国政务服务平台数据中，31位实施编码由实施主体的统一社会信用代码（18位）+ 行使层级（1位）+ 基本编码（12位）组成，33位业务办理项编码再加2位顺序号。不能按此拆分的编码，无法追溯到实施主体和基本目录事项。",
    en: "In national-platform data the 31-character 实施编码 is the agency's 统一社会信用代码 (18) + the 行使层级 digit (1) + the 基本编码 (12), and a 33-character 业务办理项编码 adds a 2-digit sequence. A code that does not decompose this way cannot be traced to its agency or basic item.",
  },
  example: '"implementationCode": "11440300MB2D0722463440127028001" with "level": "4"',
  checkItem(item) {
    const { implementationCode: actual, agency, level, basicCode, handlingItemCode } = item;
    const creditCode = agency?.creditCode;
    if (typeof actual !== "string" || typeof creditCode !== "string" || typeof level !== "string" || typeof basicCode !== "string") return NO_FINDINGS;
    // Compared piece by piece: concatenating the expected code for every record would allocate it.
    const matches =
      actual.length === creditCode.length + level.length + basicCode.length &&
      actual.startsWith(creditCode) &&
      actual.startsWith(level, creditCode.length) &&
      actual.startsWith(basicCode, creditCode.length + level.length);
    const handlingMatches = typeof handlingItemCode !== "string" || handlingItemCode.startsWith(actual);
    if (matches && handlingMatches) return NO_FINDINGS;
    const findings: Finding[] = [];
    if (!matches) findings.push({ path: "/implementationCode", params: { field: "implementationCode", expected: creditCode + level + basicCode, actual } });
    if (!handlingMatches) {
      findings.push({ path: "/handlingItemCode", params: { field: "handlingItemCode", expected: `${actual}NN`, actual: handlingItemCode } });
    }
    return findings;
  },
};
