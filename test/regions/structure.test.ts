/** The code-structure rules of parseRegionCode agree with every real code of the registry data. */
import { describe, expect, it } from "vitest";
import data from "../../generated/regions/regions.js";
import { parseRegionCode } from "../../src/identifiers/region-code.js";
import { decodeRegions } from "../../src/regions/region-index.js";

describe("region code structure against the national data", () => {
  it("parses every one of the 665,271 codes as valid, at the level the data gives", () => {
    const index = decodeRegions(data);
    const disagreements: string[] = [];
    for (let i = 0; i < index.codes.length; i++) {
      const code = String(index.codes[i]).padStart(12, "0");
      const parsed = parseRegionCode(code);
      if (!parsed.valid || parsed.level !== String(index.levels[i])) disagreements.push(`${code}: ${parsed.reason ?? parsed.level} vs ${index.levels[i]}`);
    }
    expect(index.codes.length).toBeGreaterThan(600_000);
    expect(disagreements.slice(0, 10)).toEqual([]);
  });
});
