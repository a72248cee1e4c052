import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KeyLineTable } from "../../src/validate/key-line-table.js";

/** Operations on a key → line store, replayed on a Map and on the table. */
const operation = (keys: fc.Arbitrary<string>) =>
  fc.oneof(
    fc.record({ op: fc.constant("set" as const), key: keys, line: fc.integer({ min: 1, max: 2 ** 31 - 1 }) }),
    fc.record({ op: fc.constant("get" as const), key: keys }),
  );

/** Short code-like keys (many collide), any strings (wide characters, long ones), and both mixed. */
const codeKeys = fc.stringMatching(/^[0-9A-C]{0,4}$/);
const anyKeys = fc.oneof(fc.string({ unit: "grapheme", maxLength: 8 }), fc.string({ minLength: 250, maxLength: 300 }));

describe("KeyLineTable", () => {
  it("answers get, has, set and size exactly as a Map does", () => {
    fc.assert(
      fc.property(fc.array(operation(fc.oneof(codeKeys, anyKeys)), { maxLength: 400 }), (ops) => {
        const table = new KeyLineTable();
        const map = new Map<string, number>();
        for (const o of ops) {
          if (o.op === "set") {
            expect(table.set(o.key, o.line)).toBe(table);
            map.set(o.key, o.line);
          }
          expect(table.get(o.key)).toBe(map.get(o.key));
          expect(table.has(o.key)).toBe(map.has(o.key));
        }
        expect(table.size).toBe(map.size);
        for (const [key, line] of map) expect(table.get(key)).toBe(line);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps every key through many growths, and tells apart keys that differ in one character", () => {
    const table = new KeyLineTable();
    const code = (i: number) => `11320000MB5500004M4${String(i).padStart(12, "0")}`;
    for (let i = 0; i < 100_000; i++) table.set(code(i), i + 1);
    expect(table.size).toBe(100_000);
    for (let i = 0; i < 100_000; i += 997) expect(table.get(code(i))).toBe(i + 1);
    expect(table.get(code(100_000))).toBeUndefined();
    expect(table.get(code(5).slice(0, -1))).toBeUndefined();
    expect(table.get(code(5) + "0")).toBeUndefined();
  });

  it("refuses a value that is not an int32 rather than storing it wrongly, naming the value", () => {
    expect(() => new KeyLineTable().set("a", 2 ** 31)).toThrow(new RangeError("KeyLineTable stores int32 values, not 2147483648"));
    expect(() => new KeyLineTable().set("a", 1.5)).toThrow(new RangeError("KeyLineTable stores int32 values, not 1.5"));
  });

  it("tells apart keys whose FNV-1a hashes collide, of other lengths and of the same length", () => {
    // Published 32-bit FNV-1a collisions: the hash only finds the slot, the key's bytes decide.
    const table = new KeyLineTable();
    table.set("costarring", 1).set("declinate", 2);
    expect([table.get("liquid"), table.get("macallums"), table.has("liquid"), table.size]).toEqual([undefined, undefined, false, 2]);
    table.set("liquid", 3).set("macallums", 4);
    expect(["costarring", "liquid", "declinate", "macallums"].map((k) => table.get(k))).toEqual([1, 3, 2, 4]);
    expect(table.size).toBe(4);
  });
});
