import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildNameTable, decodeName, nameEncoder } from "../../src/regions/name-codec.js";
import { createRegionRegistry, packRegions, RegionDataError, type RegionLevel, type RegionRecord } from "../../src/regions/index.js";
import { NAME_ALPHABET } from "../../src/regions/packed-format.js";
import { SAMPLE, TEST_SOURCE } from "./sample.js";

const name = fc.oneof(
  fc.string({ unit: "binary", maxLength: 10 }),
  fc.tuple(fc.string({ unit: "grapheme", maxLength: 4 }), fc.constantFrom("村民委员会", "社区居委会", "居委会", "街道", "镇", "")).map(([a, b]) => a + b),
);

/** A path from a province down to some level; county 0 skips the county level (a city without counties). */
const regionPath = fc.record({
  segments: fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 999 })),
  depth: fc.integer({ min: 2, max: 6 }),
});

const WIDTH = [2, 2, 2, 3, 3];

/** Every region on the generated paths, each with its nearest existing ancestor as parent. */
function recordsOf(paths: { segments: number[]; depth: number }[], names: string[]): RegionRecord[] {
  const byCode = new Map<string, RegionRecord>();
  for (const { segments, depth } of paths) {
    let parentCode: string | undefined;
    let prefix = "";
    for (let level = 2; level <= depth; level++) {
      prefix += String(segments[level - 2]).padStart(WIDTH[level - 2]!, "0");
      if (segments[level - 2] === 0) continue; // the skipped county level
      const code = prefix.padEnd(12, "0");
      if (!byCode.has(code)) byCode.set(code, { code, name: names[byCode.size % names.length]!, level: String(level) as RegionLevel, ...(parentCode ? { parentCode } : {}) });
      parentCode = code;
    }
  }
  return [...byCode.values()];
}

describe("packRegions → createRegionRegistry", () => {
  it("gives back every record exactly (property)", () => {
    fc.assert(
      fc.property(fc.array(regionPath, { minLength: 1, maxLength: 40 }), fc.array(name, { minLength: 1, maxLength: 20 }), (paths, names) => {
        const records = recordsOf(paths, names);
        const registry = createRegionRegistry(packRegions(records, TEST_SOURCE));
        expect(registry.size).toBe(records.length);
        for (const record of records) {
          expect(registry.region(record.code)).toEqual(record);
          const chain = registry.parents(record.code);
          expect(chain.at(-1)?.code).toBe(record.parentCode);
          expect(chain.every((r, i) => i === 0 ? r.parentCode === undefined : r.parentCode === chain[i - 1]!.code)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("writes consecutive siblings without their segment", () => {
    const packed = packRegions(SAMPLE, TEST_SOURCE);
    expect(packed.records.split("|").map((r) => r[0])).toEqual(["2", "3", "4", "5", "6", "v", "2", "3", "5"]);
    expect(packed.records).toMatch(/^[\x20-\x7e]*$/);
  });

  it("rejects records the format cannot carry", () => {
    const withParent = (parentCode: string) => [...SAMPLE.slice(0, 4), { ...SAMPLE[4]!, parentCode }];
    expect(() => packRegions(withParent("320508000000"), TEST_SOURCE)).toThrow(RegionDataError); // not the nearest
    expect(() => packRegions(withParent("320508019000"), TEST_SOURCE)).not.toThrow();
    expect(() => packRegions([{ code: "3205", name: "x", level: "3" }], TEST_SOURCE)).toThrow(/12 digits/);
    expect(() => packRegions([SAMPLE[0]!, SAMPLE[0]!], TEST_SOURCE)).toThrow(/repeated/);
    expect(() => packRegions([{ code: "320000000000", name: "x", level: "3" }], TEST_SOURCE)).toThrow(/segment/);
  });

  it("rejects data of another format", () => {
    expect(() => createRegionRegistry({ ...packRegions(SAMPLE, TEST_SOURCE), format: 2 })).toThrow(TypeError);
  });
});

describe("name codec", () => {
  it("round-trips any names (property)", () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 30 }), (names) => {
        const table = buildNameTable(names);
        const encode = nameEncoder(table);
        for (const n of names) {
          expect(encode(n)).toMatch(/^[^|"\\]*$/);
          expect(decodeName(encode(n), table)).toBe(n);
        }
      }),
    );
  });

  it("writes rare symbols in two characters once one-character codes run out", () => {
    const names = Array.from({ length: 5000 }, (_, i) => String.fromCodePoint(0x4e00 + i).repeat(i < 10 ? 3 : 1));
    const table = buildNameTable(names);
    expect(table.single).toBe(Math.floor((NAME_ALPHABET.length ** 2 - 5000) / (NAME_ALPHABET.length - 1)));
    const encode = nameEncoder(table);
    expect(encode(names[0]!)).toHaveLength(3); // a frequent symbol: one character each
    expect(encode(names[4999]!)).toHaveLength(2);
    for (const n of names) expect(decodeName(encode(n), table)).toBe(n);
  });

  it("refuses more symbols than two characters can address", () => {
    const capacity = NAME_ALPHABET.length ** 2;
    const names = (n: number) => Array.from({ length: n }, (_, i) => String.fromCodePoint(0x4e00 + i));
    expect(() => buildNameTable(names(capacity + 1))).toThrow(RangeError);
    expect(buildNameTable(names(capacity)).single).toBe(0);
  });
});
