/** The fail-fast validators are a pre-filter: whatever they accept, the full validators accept too. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as fast from "../../generated/v1/fast-validators.js";
import * as full from "../../generated/v1/validators.js";
import { readJson } from "../helpers/examples.js";

const items = readJson("examples/4-county-gusu.json").items as Record<string, unknown>[];
const keys = Object.keys(items[0]!);

describe("fast validators", () => {
  it("never accept an item the full validator rejects (random field damage, incl. non-BMP text)", () => {
    const damage = fc.record({
      item: fc.constantFrom(...items),
      key: fc.constantFrom(...keys),
      value: fc.oneof(fc.string({ unit: "grapheme", maxLength: 210 }), fc.integer(), fc.constant(null), fc.constant([]), fc.string({ unit: "binary", maxLength: 5 })),
    });
    fc.assert(
      fc.property(damage, ({ item, key, value }) => {
        const doc = { ...item, [key]: value };
        if (fast.validateImplementationItem(doc)) expect(full.validateImplementationItem(doc)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("accept the valid examples", () => {
    for (const item of items) expect(fast.validateImplementationItem(item)).toBe(true);
  });
});
