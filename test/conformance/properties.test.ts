/** Laws of conformance: a derived list only narrowed never errs; any single widening yields exactly its rule. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkConformance } from "../../src/conformance/check-conformance.js";
import { deriveImplementation } from "../../src/derive/derive-implementation.js";
import { readJson } from "../helpers/examples.js";

const AGENCY = { name: "苏州市姑苏区民政局", creditCode: "11320508MB1M2N7B0Q", nature: "1" } as const;
const UPPER = readJson("examples/2-province-standard.json");
const derived = () => deriveImplementation(UPPER, { region: { code: "320508000000" }, agency: AGENCY }) as any;

type Op = (item: any, n: number, k: number) => void;
const at = (list: any[], k: number) => list[k % list.length];

/** Changes a lower level may make: fewer and lighter materials, shorter promises, lower fees, fewer visits, deeper online service. */
const narrowings: Record<string, Op> = {
  dropMaterial: (item, _n, k) => item.materials.length > 0 && item.materials.splice(k % item.materials.length, 1),
  lowerNecessity: (item, _n, k) => item.materials.length > 0 && (at(item.materials, k).necessity = "optional"),
  reduceCopies: (item, n, k) => {
    const m = item.materials.length > 0 ? at(item.materials, k) : undefined;
    if (m && typeof m.copies === "number") m.copies = Math.max(0, m.copies - n);
  },
  shortenPromise: (item, n) => (item.timeLimit.promised.value = Math.max(0, item.timeLimit.promised.value - n)),
  lowerFees: (item, n) => item.fees.items.forEach((f: any) => typeof f.amount === "number" && (f.amount = Math.max(0, f.amount - n))),
  dropFees: (item) => (item.fees = { charged: false, items: [] }),
  reduceVisits: (item, n) => (item.visits = Math.max(0, item.visits - n)),
  raiseDepth: (item, n) => (item.onlineDepth = Math.min(4, item.onlineDepth + n)),
  narrowLevels: (item) => (item.levels = [item.level]),
};

/** One widening each, with the rule it must trigger (undefined when it does not apply to the item). */
const widenings: Record<string, (item: any, n: number, k: number) => string | undefined> = {
  addMaterial: (item, n) => (item.materials.push({ name: `本地新增材料${n}`, necessity: "required", medium: "paper" }), "material-added"),
  raiseNecessity: (item, _n, k) => {
    const m = item.materials.length > 0 ? at(item.materials, k) : undefined;
    if (!m || m.necessity === "required") return undefined;
    m.necessity = "required";
    return "material-necessity-raised";
  },
  raiseCopies: (item, n, k) => {
    const m = item.materials.length > 0 ? at(item.materials, k) : undefined;
    if (!m || typeof m.copies !== "number") return undefined;
    m.copies += n;
    return "material-copies-increased";
  },
  lengthenPromise: (item, n) => ((item.timeLimit.promised.value += n), "promised-time-exceeds-upper"),
  changeStatutory: (item, n) => (item.timeLimit.statutory ? ((item.timeLimit.statutory.value += n), "statutory-time-changed") : undefined),
  addFee: (item, n) => (item.fees.items.push({ name: `本地新增收费${n}`, standard: `每件${n}元`, basis: "本地规定", amount: n }), (item.fees.charged = true), "fee-added"),
  raiseFee: (item, n) => {
    const fee = item.fees.items.find((f: any) => typeof f.amount === "number");
    if (!fee) return undefined;
    fee.amount += n;
    return "fee-amount-increased";
  },
  raiseVisits: (item, n) => ((item.visits += n), "visits-increased"),
  lowerDepth: (item, n) => (item.onlineDepth > 0 ? ((item.onlineDepth = Math.max(0, item.onlineDepth - n)), "online-depth-decreased") : undefined),
  rename: (item, n) => ((item.name += `（第${n}类）`), "name-mismatch"),
  changeType: (item) => ((item.type = item.type === "20" ? "01" : "20"), "type-mismatch"),
  changeArticle: (item, n) => ((item.legalBasis[0].article = `第${n + 100}条`), "legal-basis-mismatch"),
  widenLevels: (item) => (item.levels.includes("2") ? undefined : (item.levels.push("2"), "level-not-allowed-upstream")),
};

describe("conformance laws", () => {
  it("a derived list, only narrowed, never yields an error or a warning", () => {
    const op = fc.record({ name: fc.constantFrom(...Object.keys(narrowings)), item: fc.nat(), n: fc.integer({ min: 1, max: 30 }), k: fc.nat() });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), fc.option(fc.nat()), (ops, drop) => {
        const lower = derived();
        for (const o of ops) narrowings[o.name]!(at(lower.items, o.item), o.n, o.k);
        // Leaving an item unclaimed is also a narrowing: coverage is info only.
        if (drop !== null) lower.items.splice(drop % lower.items.length, 1);
        const report = checkConformance(UPPER, lower);
        expect(report.summary.errors).toBe(0);
        expect(report.summary.warnings).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it("any single widening yields exactly the matching rule", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(widenings)), fc.nat(), fc.integer({ min: 1, max: 30 }), fc.nat(), (name, i, n, k) => {
        const lower = derived();
        const item = at(lower.items, i);
        const expected = widenings[name]!(item, n, k);
        fc.pre(expected !== undefined);
        const issues = checkConformance(UPPER, lower).issues;
        expect(issues.map((x) => x.rule)).toEqual([expected]);
        expect(issues[0]!.path.startsWith(`/items/${lower.items.indexOf(item)}/`)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
