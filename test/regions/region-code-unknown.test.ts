import { beforeAll, describe, expect, it } from "vitest";
import { checkRegionCodes, loadRegionRegistry, type LoadedRegionRegistry } from "../../src/regions/index.js";
import { validate } from "../../src/validate/validate.js";
import { CHAIN_FILES, readJson } from "../helpers/examples.js";
import { sampleRegistry } from "./sample.js";

const city = () => readJson("examples/3-city-suzhou.json");

describe("region-code-unknown (checkRegionCodes)", () => {
  const registry = sampleRegistry();

  it("warns on a catalogue region the registry does not know", () => {
    const doc = { ...city(), region: { code: "329900000000", level: "3" } };
    expect(checkRegionCodes(doc, registry)).toEqual([
      { rule: "region-code-unknown", severity: "warning", path: "/region/code", message: "区划代码 329900000000 不在区划库中" },
    ]);
  });

  it("warns on an unknown upper region, in English when asked", () => {
    const doc = { ...city(), upper: { regionCode: "330000000000", version: "2024.1" } };
    expect(checkRegionCodes(doc, registry, "en")).toEqual([
      { rule: "region-code-unknown", severity: "warning", path: "/upper/regionCode", message: "region code 330000000000 is not in the region registry" },
    ]);
  });

  it("passes known codes, the nation, and malformed codes (the schema's finding)", () => {
    expect(checkRegionCodes(city(), registry)).toEqual([]);
    expect(checkRegionCodes({ ...city(), upper: { regionCode: "000000000000" } }, registry)).toEqual([]);
    expect(checkRegionCodes({ ...city(), region: { code: "3205", level: "3" } }, registry)).toEqual([]);
    expect(checkRegionCodes(null, registry)).toEqual([]);
    // 13 digits are malformed too, whichever end the extra digit is at; a header without region or upper has nothing to check.
    expect(checkRegionCodes({ region: { code: "3299000000001" }, upper: { regionCode: "1329900000000" } }, registry)).toEqual([]);
    expect(checkRegionCodes({ region: { code: 329900000000 } }, registry)).toEqual([]);
    expect(checkRegionCodes({}, registry)).toEqual([]);
    expect(checkRegionCodes("329900000000", registry)).toEqual([]);
  });
});

describe("validate with a registry", () => {
  let registry: LoadedRegionRegistry;
  beforeAll(async () => {
    registry = await loadRegionRegistry();
  });

  it("adds region-code-unknown to the report as a warning (the report stays ok)", () => {
    const doc = { ...city(), region: { code: "329900000000", level: "3" }, upper: { regionCode: "320000000000", version: "2024.1" } };
    const report = validate(doc, { registry });
    expect(report.issues.filter((i) => i.rule === "region-code-unknown").map((i) => [i.severity, i.path])).toEqual([["warning", "/region/code"]]);
    expect(report.ok).toBe(true);
    expect(report.summary.warnings).toBe(1);
  });

  it("runs only when given a registry", () => {
    const doc = { ...city(), region: { code: "329900000000", level: "3" } };
    expect(validate(doc).issues.some((i) => i.rule === "region-code-unknown")).toBe(false);
  });

  it("finds every region of the example chain", () => {
    for (const file of ["examples/1-province-basic.json", ...CHAIN_FILES]) {
      expect(validate(readJson(file), { registry }).issues, file).toEqual([]);
    }
  });
});
