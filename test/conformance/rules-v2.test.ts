/** The v2 conformance rules: each trigger gives exactly one whole issue (both locales), each near-miss none; v1 pairs never carry the fields. */
import { describe, expect, it } from "vitest";
import { checkConformance } from "../../src/conformance/check-conformance.js";
import { validate } from "../../src/index.js";
import { whole } from "../helpers/whole-issue.js";
import { pairV2 } from "./pair-v2.js";
import { v2Cases } from "./v2-cases.js";

describe("v2 conformance rules", () => {
  it("the v2 pair is valid and clean", () => {
    const { upper, lower } = pairV2();
    expect(validate(upper).issues).toEqual([]);
    expect(validate(lower).issues).toEqual([]);
    expect(checkConformance(upper, lower).issues).toEqual([]);
  });

  for (const c of v2Cases) {
    describe(c.rule, () => {
      it(`triggers: ${c.expected.path}`, () => {
        const { upper, lower } = pairV2();
        c.trigger(upper, lower);
        expect(validate(upper).issues).toEqual([]);
        expect(validate(lower).issues).toEqual([]);
        const zh = checkConformance(upper, lower);
        const en = checkConformance(upper, lower, { locale: "en" });
        const { zh: zhText, en: enText, ...rest } = c.expected;
        expect(whole(zh.issues, en.issues)).toEqual([{ ...rest, message: { "zh-CN": zhText, en: enText } }]);
        expect(zh.ok).toBe(c.expected.severity !== "error");
      });
      for (const [name, mutate] of c.nearMisses) {
        it(`near-miss passes: ${name}`, () => {
          const { upper, lower } = pairV2();
          mutate(upper, lower);
          expect(validate(upper).issues).toEqual([]);
          expect(validate(lower).issues).toEqual([]);
          expect(checkConformance(upper, lower).issues).toEqual([]);
        });
      }
    });
  }
});
