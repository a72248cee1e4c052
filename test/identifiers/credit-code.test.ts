import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CREDIT_CODE_CHARSET, creditCodeCheckCharacter, organizationCodeCheckCharacter, parseCreditCode } from "../../src/index.js";

/** Vectors from domain-standard.md §5.1 (each verified there against both checks). */
const VALID = [
  "11100000000013338W", "11440000006939561H", "81440000742971228Y", "12110000400777687U", "115113010833722043",
  "11511301008778183N", "11430000006122244L", "114300000061223248", "11430000006122340X", "11430000MB1956266U",
  "11430000MB169231XX", "1143000000612221XY", "12430000MB1209711D", "13430000006123028L", "91430000183764627G",
  "11440000MB2D0164XH", "11440100007482575H", "12440100741854396C", "11100000MB03271699", "11370800MB28559184",
  "91110108551385082Q", "12430000MB0L67976N",
];

describe("parseCreditCode", () => {
  it.each(VALID)("accepts the published code %s", (code) => {
    const parsed = parseCreditCode(code);
    expect(parsed).toMatchObject({ valid: true, code, regionCode: code.slice(2, 8), organizationCode: code.slice(8, 17) });
    expect(parsed.reason).toBeUndefined();
  });

  it.each([
    ["12430000MBOL67976N", "charset"], // letter O typed for zero (Hunan list)
    ["11370500004311394A", "check-character"], // fails both checks; the 18th is reported first
    ["1151130000877869M", "length"], // truncated Sichuan code
    ["91310115MA1H8R7C6D", "check-character"],
    ["91350100M000100Y4Z", "charset"], // Z is not in the GB 32100 charset
  ])("rejects %s (%s)", (code, reason) => {
    expect(parseCreditCode(code)).toMatchObject({ valid: false, reason });
  });

  it.each([
    ["1151130000877869M", "length"],
    ["12430000MBOL67976N", "charset"],
    ["12430000MB0L６7976N", "charset"], // a full-width digit: outside ASCII, not the check character's fault
    ["12430000MB0L\u00807976N", "charset"],
  ])("gives only the reason for %j, which cannot be split into parts (%s)", (code, reason) => {
    expect(parseCreditCode(code)).toEqual({ valid: false, reason, code });
  });

  it("has no check character for 17 characters outside the charset", () => {
    expect(creditCodeCheckCharacter("12430000MBOL67976")).toBeUndefined();
    expect(creditCodeCheckCharacter("12430000MB0L67976")).toBe("N");
  });

  it("computes the GB 11714 check over digits and A–Z, and none for anything else", () => {
    // 0–9 count 0–9 and A–Z count 10–35, Z included (GB 11714 allows every capital).
    expect(organizationCodeCheckCharacter("MB1H3K5E")).toBe("5");
    expect(organizationCodeCheckCharacter("ZZZZZZZZ")).toBe("3"); // 35 × (3+7+9+10+5+8+4+2) = 1680 ≡ 8 (mod 11); 11 − 8 = 3
    for (const body of ["MB1H3K5e", "MB1H3K5@", "MB1H3K5:", "MB1H3K5[", "MB1H3K5-"]) expect(organizationCodeCheckCharacter(body)).toBeUndefined();
  });

  it("names the expected check character", () => {
    expect(parseCreditCode("91310115MA1H8R7C6D").expectedCheckCharacter).toBe("7");
    expect(parseCreditCode("91350100M000100Y43").expectedCheckCharacter).toBe("3");
  });

  it("reports a bad organisation code even when the 18th character fits", () => {
    const first17 = "11320508MB1H3K5E" + "0";
    const code = first17 + creditCodeCheckCharacter(first17);
    expect(organizationCodeCheckCharacter("MB1H3K5E")).not.toBe("0");
    expect(parseCreditCode(code)).toMatchObject({ valid: false, reason: "organization-code-check" });
  });

  const body = fc.array(fc.constantFrom(..."0123456789ABCDEFGHJKLMNPQRTUWXY"), { minLength: 8, maxLength: 8 }).map((a) => a.join(""));
  const head = fc.tuple(fc.constantFrom("11", "12", "13", "51", "54", "91", "N2"), fc.integer({ min: 110000, max: 659999 }).map(String));
  const build = ([prefix, region]: [string, string], org: string) => {
    const first17 = prefix + region + org + organizationCodeCheckCharacter(org);
    return first17 + creditCodeCheckCharacter(first17);
  };

  it("law: a code built with both check characters is valid", () => {
    fc.assert(fc.property(head, body, (h, b) => parseCreditCode(build(h, b)).valid));
  });

  it("law: any single substituted character is detected", () => {
    fc.assert(
      fc.property(head, body, fc.nat(17), fc.constantFrom(...CREDIT_CODE_CHARSET), (h, b, at, ch) => {
        const code = build(h, b);
        fc.pre(code[at] !== ch);
        return !parseCreditCode(code.slice(0, at) + ch + code.slice(at + 1)).valid;
      }),
    );
  });
});
