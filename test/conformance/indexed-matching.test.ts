/** Indexed conformance equals the straightforward scans: per pairing (the key law) and over whole generated lists. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkConformance } from "../../src/conformance/check-conformance.js";
import { compareWithAbove } from "../../src/conformance/compare-lists.js";
import { IndexedMatcher } from "../../src/conformance/matcher.js";
import { feeMatching, materialMatching, type Matching } from "../../src/conformance/matching.js";
import { normalizeText } from "../../src/conformance/normalize.js";
import { readJson } from "../helpers/examples.js";
import { ScanMatcher } from "./scan-matcher.js";

const UPPER = readJson("examples/2-province-standard.json");
const TEMPLATES: any[] = UPPER.items;

// Small pools, so that codes, ids and names collide often; names differ in width and spacing only, to exercise normalisation.
const CODES = ["000123018000", "000109042000", "320511001000", "322012001000"];
const SEQUENCES = [undefined, "01", "02"];
const IDS = [undefined, "M0001", "M0002", "M0003"];
const NAMES = ["申请书", "申 请 书", "身份证明（复印件）", "身份证明(复印件)", "营业执照", "营业执照 "];
const FEES = ["工本费", "工 本 费", "检验费", "鉴定费"];

const material = fc.record({ id: fc.constantFrom(...IDS), name: fc.constantFrom(...NAMES), necessity: fc.constantFrom("required", "optional", "deferrable"), copies: fc.integer({ min: 0, max: 3 }) }).map(({ id, ...m }) => ({ ...(id ? { id } : {}), ...m, medium: "paper" }));
const fee = fc.record({ name: fc.constantFrom(...FEES), amount: fc.integer({ min: 0, max: 50 }) }).map((f) => ({ ...f, standard: `每件${f.amount}元`, basis: "规定" }));

/** An item from a template with a colliding code, handling sequence and element lists (lists up to 14 long cross the matcher's scan limit). */
const item = (level: string) =>
  fc.record({
    template: fc.nat({ max: TEMPLATES.length - 1 }),
    code: fc.constantFrom(...CODES),
    sequence: fc.constantFrom(...SEQUENCES),
    materials: fc.array(material, { maxLength: 14 }),
    fees: fc.array(fee, { maxLength: 12 }),
    charged: fc.boolean(),
    levels: fc.subarray(["3", "4", "5"], { minLength: 1 }),
    promised: fc.integer({ min: 1, max: 30 }),
  }).map((g) => {
    const it = structuredClone(TEMPLATES[g.template]);
    it.basicCode = g.code;
    if (g.sequence) it.handlingItemCode = "11320500MB1H2K9E53" + level + g.code + g.sequence;
    else delete it.handlingItemCode;
    it.materials = g.materials;
    it.fees = { charged: g.charged, items: g.fees };
    it.levels = g.levels;
    it.timeLimit.promised.value = g.promised;
    return it;
  });

const list = (kind: string, code: string, level: string, maxLength: number) =>
  fc.array(item(level), { maxLength }).map((items) => ({ ...structuredClone(UPPER), kind, region: { code, level }, items }));

describe("indexed matching", () => {
  it.each([
    ["materials", materialMatching, material],
    ["fee items", feeMatching, fee],
  ] as [string, Matching, fc.Arbitrary<any>][])("%s: same(u, l) holds exactly when their keys meet", (_name, matching, element) => {
    fc.assert(
      fc.property(element, element, (u, l) => {
        const keys = new Set(matching.upperKeys(u));
        expect(matching.lowerKeys(l).some((k) => keys.has(k))).toBe(matching.same(u, l));
      }),
      { numRuns: 500 },
    );
  });

  it("a list check finds exactly what the scanning reference finds", () => {
    fc.assert(
      fc.property(list("standard", "320000000000", "2", 40), list("implementation", "320500000000", "3", 40), (upper, lower) => {
        const indexed = compareWithAbove([upper, lower], 1, undefined, new IndexedMatcher());
        expect(indexed).toEqual(compareWithAbove([upper, lower], 1, undefined, new ScanMatcher()));
      }),
      { numRuns: 100 },
    );
  });

  it("a chain check finds exactly what the scanning reference finds (nearest list, shadowed copies)", () => {
    fc.assert(
      fc.property(list("standard", "320000000000", "2", 20), list("implementation", "320500000000", "3", 20), list("implementation", "320508000000", "4", 20), (a, b, c) => {
        const chain = [a, b, c];
        const matcher = new IndexedMatcher(); // one matcher for the whole chain, as a region run shares it
        for (const j of [1, 2]) expect(compareWithAbove(chain, j, undefined, matcher)).toEqual(compareWithAbove(chain, j, undefined, new ScanMatcher()));
      }),
      { numRuns: 100 },
    );
  });

  it("the reference is not vacuous: generated lists produce findings of the element and claim rules", () => {
    const rules = new Set<string>();
    fc.assert(
      fc.property(list("standard", "320000000000", "2", 30), list("implementation", "320500000000", "3", 30), (upper, lower) => {
        for (const issue of checkConformance(upper, lower).issues) rules.add(issue.rule);
      }),
      { numRuns: 60, seed: 14 },
    );
    for (const rule of ["material-added", "material-necessity-raised", "material-copies-increased", "fee-added", "fee-amount-increased", "not-claimed", "not-in-upper"]) expect(rules).toContain(rule);
  });
});

describe("normalizeText", () => {
  it("equals NFKC without white space, whether or not the text takes the fast path", () => {
    const pieces = ["申请", "书", " ", "\u3000", "（", "）", "(", ")", "《", "》", "、", "。", "“", "”", "·", "Ａ", "A", "1", "１", "e\u0301", "é", "…", "：", "—", "〈", "【", "\t"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(normalizeText(text)).toBe(text.normalize("NFKC").replace(/\s+/gu, ""));
      }),
      { numRuns: 500 },
    );
  });
});
