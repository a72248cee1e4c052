/** 统一社会信用代码 (GB 32100—2015) with its embedded organisation code (GB 11714). */

/** The 31 symbols of GB 32100, in value order (no I, O, S, V, Z). */
export const CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
/** Weights 3^(i-1) mod 31 for positions 1–17 (GB/T 17710 MOD 31). */
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** Weights of the GB 11714 organisation code body. */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** Why a credit code is not valid. */
export type CreditCodeProblem = "length" | "charset" | "check-character" | "organization-code-check";

/** A parsed credit code. */
export interface ParsedCreditCode {
  valid: boolean;
  /** Set when not valid. */
  reason?: CreditCodeProblem;
  code: string;
  /** Position 1: 登记管理部门码. */
  registrationAuthority?: string;
  /** Position 2: 机构类别码. */
  category?: string;
  /** Positions 3–8: registration authority's GB/T 2260 region (not the service region). */
  regionCode?: string;
  /** Positions 9–17: GB 11714 organisation code. */
  organizationCode?: string;
  /** The check character the first 17 characters call for, when they are in the charset. */
  expectedCheckCharacter?: string;
}

/** The GB 32100 check character for the first 17 characters, or undefined if one is outside the charset. */
export function creditCodeCheckCharacter(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17[i] ?? "");
    if (value < 0) return undefined;
    sum += value * CREDIT_WEIGHTS[i]!;
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31];
}

/** The GB 11714 check character for an 8-character organisation code body (digits and A–Z). */
export function organizationCodeCheckCharacter(body8: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    // Digits count 0–9 and A–Z 10–35; by char code, since this runs for every record of a national list.
    const c = body8.charCodeAt(i);
    const value = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 90 ? c - 55 : -1;
    if (value < 0) return undefined;
    sum += value * ORG_WEIGHTS[i]!;
  }
  const r = 11 - (sum % 11);
  return r === 10 ? "X" : r === 11 ? "0" : String(r);
}

/**
 * Each charset character's value by char code (-1 outside the charset): a table lookup rather
 * than `indexOf`, since the check runs for every record of a national list.
 */
const CHAR_VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < CREDIT_CODE_CHARSET.length; i++) CHAR_VALUES[CREDIT_CODE_CHARSET.charCodeAt(i)] = i;

/**
 * What is wrong with a credit code, or undefined when it is valid: the same verdict as
 * `parseCreditCode(code).reason`, without allocating (no slices, no result object).
 */
export function creditCodeProblem(code: string): CreditCodeProblem | undefined {
  if (code.length !== 18) return "length";
  let sum = 0;
  for (let i = 0; i < 18; i++) {
    const c = code.charCodeAt(i);
    const value = c < 128 ? CHAR_VALUES[c]! : -1;
    if (value < 0) return "charset";
    if (i < 17) sum += value * CREDIT_WEIGHTS[i]!;
  }
  if (CREDIT_CODE_CHARSET.charCodeAt((31 - (sum % 31)) % 31) !== code.charCodeAt(17)) return "check-character";
  // Positions 9–16 are in the charset (digits and capitals), so each has its GB 11714 value.
  let org = 0;
  for (let i = 0; i < 8; i++) {
    const c = code.charCodeAt(8 + i);
    org += (c <= 57 ? c - 48 : c - 55) * ORG_WEIGHTS[i]!;
  }
  const r = 11 - (org % 11);
  const expected = r === 10 ? 88 /* X */ : r === 11 ? 48 /* 0 */ : 48 + r;
  return expected === code.charCodeAt(16) ? undefined : "organization-code-check";
}

/** Parses and checks a credit code: length, charset, the GB 32100 check character and the GB 11714 check. */
export function parseCreditCode(code: string): ParsedCreditCode {
  const reason = creditCodeProblem(code);
  if (reason === "length" || reason === "charset") return { valid: false, reason, code };
  const parts = {
    code,
    registrationAuthority: code[0],
    category: code[1],
    regionCode: code.slice(2, 8),
    organizationCode: code.slice(8, 17),
    // Stryker disable next-line MethodExpression: equivalent: the check character reads the first 17 characters only
    expectedCheckCharacter: creditCodeCheckCharacter(code.slice(0, 17)),
  };
  return reason === undefined ? { valid: true, ...parts } : { valid: false, reason, ...parts };
}
