/** checkChain over the embedded five-level chain, the planted deviations, and malformed chains. */
import { describe, expect, it } from "vitest";
import { checkChain } from "../../src/conformance/check-chain.js";
import { checkConformance } from "../../src/conformance/check-conformance.js";
import { validate } from "../../src/validate/validate.js";
import { CHAIN_FILES, readJson } from "../helpers/examples.js";

const DEVIATIONS = "examples/7-county-gusu-deviations.json";
const chainWith = (county: string) => CHAIN_FILES.map((f) => readJson(f.includes("4-county") ? county : f));
/** The deviations example's planted issues against the chain: [lower, upper, rule, severity, path, upperPath]. */
const PLANTED = [
  [2, 1, "name-mismatch", "error", "/items/0/name", "/items/0/name"],
  [2, 1, "promised-time-exceeds-upper", "error", "/items/0/timeLimit/promised", "/items/0/timeLimit/promised"],
  [2, 1, "material-added", "error", "/items/0/materials/4", "/items/0/materials"],
  [2, 1, "fee-added", "error", "/items/1/fees/items/1", "/items/2/fees/items"],
  [2, 1, "fee-amount-increased", "error", "/items/1/fees/items/0/amount", "/items/2/fees/items/0/amount"],
  // The city does not carry 低保认定 and the two public services: the province standard does.
  [2, 0, "material-necessity-raised", "error", "/items/2/materials/2/necessity", "/items/4/materials/2/necessity"],
  [2, 0, "visits-increased", "error", "/items/2/visits", "/items/4/visits"],
  [2, 0, "online-depth-decreased", "warning", "/items/3/onlineDepth", "/items/5/onlineDepth"],
  [2, 0, "material-copies-increased", "warning", "/items/4/materials/2/copies", "/items/6/materials/2/copies"],
  [2, 1, "not-in-upper", "error", "/items/5/basicCode", undefined],
];
const brief = (issues: any[]) => issues.map((i) => [i.lower, i.upper, i.rule, i.severity, i.path, i.upperPath]);

describe("checkChain", () => {
  it("the embedded five-level chain passes with no error and no warning", () => {
    const report = checkChain(CHAIN_FILES.map((f) => readJson(f)));
    expect(report.ok).toBe(true);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(report.summary.items).toBe(3 + 5 + 3 + 2);
  });

  it("the deviations example validates clean on its own", () => {
    expect(validate(readJson(DEVIATIONS)).issues).toEqual([]);
  });

  it("the deviations example yields exactly the planted issues, each against the nearest list that carries the item", () => {
    const report = checkChain(chainWith(DEVIATIONS));
    expect(brief(report.issues)).toEqual(PLANTED);
    // The item renamed only by an ideographic space is not reported, and the township and village,
    // which are checked against the county's (widened) list, conform to it.
    expect(report.issues.every((i) => i.lower === 2)).toBe(true);
  });

  it("against the city alone, items only the province carries are outside the list", () => {
    const report = checkConformance(readJson("examples/3-city-suzhou.json"), readJson(DEVIATIONS));
    expect(report.issues.filter((i) => i.rule === "not-in-upper").map((i) => i.path)).toEqual([
      "/items/2/basicCode", "/items/3/basicCode", "/items/4/basicCode", "/items/5/basicCode",
    ]);
  });

  it("may skip levels: province standard straight to the county", () => {
    const report = checkChain([readJson(CHAIN_FILES[0]!), readJson(CHAIN_FILES[2]!)]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
  });

  it("a non-descending chain gives level-order issues naming both documents", () => {
    const [province, city, county] = CHAIN_FILES.map((f) => readJson(f));
    const report = checkChain([province, county, city]);
    const order = report.issues.filter((i) => i.rule === "level-order");
    expect(order).toMatchObject([{ lower: 2, upper: 1, path: "/region/level", upperPath: "/region/level", severity: "error" }]);
  });

  it("issues are ordered by lower document", () => {
    const docs = chainWith(DEVIATIONS);
    docs[4].items[0].visits = 3;
    docs[1].items[0].name = "改名";
    const lowers = checkChain(docs).issues.map((i) => i.lower!);
    expect(lowers).toEqual([...lowers].sort((a, b) => a - b));
    expect(new Set(lowers)).toEqual(new Set([1, 2, 4]));
  });

  it("reports unclaimed items of the nearest list above, with its index", () => {
    const docs = CHAIN_FILES.map((f) => readJson(f));
    docs[4].items.pop();
    const report = checkChain(docs);
    expect(brief(report.issues)).toEqual([[4, 3, "not-claimed", "info", "/items", "/items/2"]]);
  });

  it("a policy that turns rules off leaves their findings out of the chain's report; the others keep theirs, re-graded", () => {
    const report = checkChain(chainWith(DEVIATIONS), { policy: { rules: { "name-mismatch": "off", "not-in-upper": "off", "visits-increased": "warning" } } });
    const off = new Set(["name-mismatch", "not-in-upper"]);
    expect(brief(report.issues)).toEqual(PLANTED.filter((i) => !off.has(i[2] as string)).map((i) => (i[2] === "visits-increased" ? [...i.slice(0, 3), "warning", ...i.slice(4)] : i)));
    expect(report.summary).toEqual({ errors: 5, warnings: 3, infos: 0, items: 3 + 6 + 3 + 2 });
  });

  it("rejects a chain of fewer than two documents", () => {
    expect(() => checkChain([readJson(CHAIN_FILES[0]!)])).toThrow(TypeError);
  });
});
