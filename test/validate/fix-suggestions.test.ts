/**
 * Fix suggestions (src/validate/fix-suggestions.ts): a 统一社会信用代码 typed in lowercase gets the capitalised code as
 * `suggestion`, said in the message in both locales; every other finding is left as it is (near misses).
 */
import { describe, expect, it } from "vitest";
import { suggestFixes } from "../../src/validate/fix-suggestions.js";
import { validate } from "../../src/validate/validate.js";
import type { Issue } from "../../src/report/issue.js";
import { readJson } from "../helpers/examples.js";

const CODE = "11320508MB1H3K5E5P"; // the county example's first agency: a valid code with letters

/** The county example with item 0's agency credit code replaced. */
function withCode(creditCode: unknown) {
  const county = readJson("examples/4-county-gusu.json");
  county.items[0].agency.creditCode = creditCode;
  return county;
}

/** The findings on item 0's agency credit code. */
const onCode = (doc: unknown, locale: "zh-CN" | "en" = "zh-CN") => validate(doc, { locale }).issues.filter((i) => i.path === "/items/0/agency/creditCode");

describe("suggestFixes", () => {
  it("a valid code typed in lowercase: the pattern finding carries the capitalised code, and says so in zh-CN and en", () => {
    const lower = CODE.toLowerCase();
    const [zh] = onCode(withCode(lower));
    const [en] = onCode(withCode(lower), "en");
    expect([zh!.rule, zh!.severity, zh!.keyword, zh!.suggestion, en!.suggestion]).toEqual(["schema", "error", "pattern", CODE, CODE]);
    expect(zh!.message.endsWith(`；“${lower}”含小写字母，应为 ${CODE}`)).toBe(true);
    expect(en!.message.endsWith(`; "${lower}" has lowercase letters: it should be ${CODE}`)).toBe(true);
    // Mixed case too: one lowercase letter is enough.
    const mixed = CODE.slice(0, -1) + "p";
    expect(onCode(withCode(mixed))[0]!.suggestion).toBe(CODE);
  });

  it("near misses: no suggestion where the capitalised value would not be right, or the finding is not that one", () => {
    // Capitals already, but a wrong check character: the checksum rule speaks, with nothing to suggest.
    const wrong = CODE.slice(0, -1) + "Q";
    expect(onCode(withCode(wrong)).map((i) => [i.rule, i.suggestion])).toEqual([["credit-code-checksum", undefined]]);
    // Lowercase whose capitals still fail the check character.
    expect(onCode(withCode(wrong.toLowerCase())).map((i) => [i.keyword, i.suggestion])).toEqual([["pattern", undefined]]);
    // Not a string: a type finding, never a suggestion.
    expect(onCode(withCode(12)).map((i) => [i.keyword, i.suggestion])).toEqual([["type", undefined]]);
  });

  it("only schema pattern findings on a creditCode are looked at (rule, keyword and path each checked)", () => {
    const lower = CODE.toLowerCase();
    const doc = withCode(lower);
    const base: Issue = { rule: "schema", severity: "error", keyword: "pattern", path: "/items/0/agency/creditCode", message: "m" };
    expect(suggestFixes([base], doc, "zh-CN")[0]!.suggestion).toBe(CODE);
    for (const near of [{ ...base, rule: "credit-code-checksum" }, { ...base, keyword: "minLength" }, { ...base, path: "/items/0/agency/name" }]) {
      expect(suggestFixes([near], doc, "zh-CN")).toEqual([near]);
    }
    // The value read is the one at the finding's path: the same lowercase text elsewhere is not enough.
    const elsewhere = { ...base, path: "/items/1/agency/creditCode" };
    expect(suggestFixes([elsewhere], doc, "zh-CN")).toEqual([elsewhere]);
    // A lowercase code under another name is not a credit code.
    doc.items[0].agency.other = lower;
    const other = { ...base, path: "/items/0/agency/other" };
    expect(suggestFixes([other], doc, "zh-CN")).toEqual([other]);
  });

  it("reads the value by its JSON Pointer: escaped keys, a missing place and a value that is no string", () => {
    const lower = CODE.toLowerCase();
    const base: Issue = { rule: "schema", severity: "error", keyword: "pattern", path: "", message: "m" };
    const doc = { extensions: { "a/b": { creditCode: lower }, "c~d": { creditCode: lower } }, number: { creditCode: 12 } };
    expect(suggestFixes([{ ...base, path: "/extensions/a~1b/creditCode" }], doc, "en")[0]!.suggestion).toBe(CODE);
    expect(suggestFixes([{ ...base, path: "/extensions/c~0d/creditCode" }], doc, "en")[0]!.suggestion).toBe(CODE);
    for (const path of ["/items/99/agency/creditCode", "/number/creditCode"]) expect(suggestFixes([{ ...base, path }], doc, "en")).toEqual([{ ...base, path }]);
  });
});
