/**
 * parseCreditCode runs for every record of a national list, so it was rewritten without
 * per-character allocations and regular expressions; this pins it to the original definition.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CREDIT_CODE_CHARSET, creditCodeCheckCharacter, creditCodeProblem, organizationCodeCheckCharacter, parseCreditCode } from "../../src/identifiers/credit-code.js";
import { basicCodeTypeMismatch } from "../../src/rules/basic-code-type-mismatch.js";
import { implementationCodeMismatch } from "../../src/rules/implementation-code-mismatch.js";

/** The original, straightforward definitions. */
function referenceOrgCheck(body8: string): string | undefined {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body8[i] ?? "";
    const value = /[0-9]/.test(ch) ? Number(ch) : /[A-Z]/.test(ch) ? ch.charCodeAt(0) - 55 : -1;
    if (value < 0) return undefined;
    sum += value * weights[i]!;
  }
  const r = 11 - (sum % 11);
  return r === 10 ? "X" : r === 11 ? "0" : String(r);
}
function referenceReason(code: string): string | undefined {
  if (code.length !== 18) return "length";
  if (![...code].every((c) => CREDIT_CODE_CHARSET.includes(c))) return "charset";
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) return "check-character";
  if (referenceOrgCheck(code.slice(8, 16)) !== code[16]) return "organization-code-check";
  return undefined;
}

/** Codes near the valid ones: mostly charset characters, some lower case, CJK or astral characters. */
const codes = fc.oneof(
  fc.string({ unit: fc.constantFrom(..."0123456789ABCDEFGHJKLMNPQRTUWXYIOSVZa中\u{20BB7}"), minLength: 16, maxLength: 19 }),
  fc.string({ unit: fc.constantFrom(...CREDIT_CODE_CHARSET), minLength: 17, maxLength: 17 }).map((first) => first + (creditCodeCheckCharacter(first) ?? "0")),
);

describe("credit code hot path", () => {
  it("organizationCodeCheckCharacter matches the original definition", () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(..."0123456789ABCXYZaz-中"), maxLength: 9 }), (body) => {
      expect(organizationCodeCheckCharacter(body)).toBe(referenceOrgCheck(body));
    }));
  });

  it("parseCreditCode gives the original validity and reason", () => {
    fc.assert(fc.property(codes, (code) => {
      const parsed = parseCreditCode(code);
      expect(parsed.reason).toBe(referenceReason(code));
      expect(parsed.valid).toBe(referenceReason(code) === undefined);
    }), { numRuns: 2000 });
  });

  it("creditCodeProblem gives the original reason without allocating", () => {
    fc.assert(fc.property(codes, (code) => {
      expect(creditCodeProblem(code)).toBe(referenceReason(code));
    }), { numRuns: 2000 });
  });

  // The rules compare codes in place instead of building strings; these pin them to the original definitions.
  const pieces = fc.string({ unit: fc.constantFrom(..."0123456789AB中"), maxLength: 5 });
  it("implementation-code-mismatch finds exactly what the concatenating definition finds", () => {
    fc.assert(fc.property(pieces, pieces, pieces, pieces, fc.option(pieces), (credit, level, basic, tail, handling) => {
      const expected = credit + level + basic;
      for (const actual of [expected, expected + tail, (credit + level + basic + tail).slice(1), basic + level + credit]) {
        const item = { implementationCode: actual, agency: { creditCode: credit }, level, basicCode: basic, ...(handling !== null ? { handlingItemCode: handling } : {}) };
        const reference = [
          ...(actual !== expected ? [{ path: "/implementationCode", params: { field: "implementationCode", expected, actual } }] : []),
          ...(handling !== null && !handling.startsWith(actual) ? [{ path: "/handlingItemCode", params: { field: "handlingItemCode", expected: `${actual}NN`, actual: handling } }] : []),
        ];
        expect(implementationCodeMismatch.checkItem!(item, { kind: "implementation" })).toEqual(reference);
      }
    }));
  });

  it("basic-code-type-mismatch finds exactly what the slicing definition finds", () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(..."0123"), minLength: 12, maxLength: 12 }), fc.string({ unit: fc.constantFrom(..."0123"), maxLength: 3 }), (code, type) => {
      const codeType = code.slice(2, 4);
      const reference = codeType === type ? [] : [{ path: "/basicCode", params: { code, codeType, type } }];
      expect(basicCodeTypeMismatch.checkItem!({ basicCode: code, type }, { kind: "basic" })).toEqual(reference);
    }));
  });
});
