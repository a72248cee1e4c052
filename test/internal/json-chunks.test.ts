/** jsonChunks: the pieces a large catalogue is written in join to exactly the text JSON.stringify writes. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonChunks } from "../../src/internal/json-chunks.js";
import { readJson } from "../helpers/examples.js";

const joined = (value: unknown, indent = 2) => [...jsonChunks(value, indent)].join("");

describe("jsonChunks", () => {
  it("joins to JSON.stringify(document, null, 2) for any JSON object (law)", () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (document) => joined(document) === JSON.stringify(document, null, 2)), { numRuns: 300 });
  });

  it("an example catalogue: one piece per item, joined exactly", () => {
    const county = readJson("examples/v2/4-county-gusu.json");
    const pieces = [...jsonChunks(county, 2)];
    expect(pieces.join("")).toBe(JSON.stringify(county, null, 2));
    expect(pieces.filter((p) => p.startsWith("\n    {") || p.startsWith(",\n    {"))).toHaveLength(county.items.length);
  });

  it("near misses: empty objects and lists, undefined keys, a list of lists, a non-object document, no indent", () => {
    for (const document of [{}, { items: [] }, { a: undefined, b: 1 }, { items: [[1, [2]], "x", null] }, [1, { a: [] }], "text", 3, null]) {
      expect(joined(document)).toBe(JSON.stringify(document, null, 2));
    }
    expect(joined({ items: [{ a: 1 }] }, 0)).toBe('{"items":[{"a":1}]}');
  });
});
