/** FingerprintLineTable answers as a Map does, whatever its hashes: candidates are confirmed by the key re-read at their line. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FingerprintLineTable, type FingerprintHash } from "../../src/validate/fingerprint-line-table.js";

/** Hashes that collide: all keys on one slot and fingerprint, or by length only. */
const FORCED: Record<string, FingerprintHash | undefined> = {
  default: undefined,
  "every key colliding": { slot: () => 0, fingerprint: () => 0 },
  "keys colliding by length": { slot: (k) => k.length, fingerprint: (k) => k.length & 1 },
};

/** Set or get operations on short code-like keys (many repeat) and any strings. */
const keys = fc.oneof(fc.stringMatching(/^[0-9A-C]{0,4}$/), fc.string({ unit: "grapheme", maxLength: 8 }));
const operation = fc.oneof(fc.record({ op: fc.constant("set" as const), key: keys }), fc.record({ op: fc.constant("get" as const), key: keys }));

describe("FingerprintLineTable", () => {
  it.each(Object.entries(FORCED))("answers get, has, set and size exactly as a Map does (%s hashes)", (_name, hash) => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 300 }), (ops) => {
        // As in a run: each line holds one key, lines only grow, and the table re-reads a line's key.
        const lines = new Map<number, string>();
        const table = new FingerprintLineTable((line) => lines.get(line), hash);
        const map = new Map<string, number>();
        let line = 0;
        for (const o of ops) {
          if (o.op === "set") {
            lines.set(++line, o.key);
            expect(table.set(o.key, line)).toBe(table);
            map.set(o.key, line);
          }
          expect(table.get(o.key)).toBe(map.get(o.key));
          expect(table.has(o.key)).toBe(map.has(o.key));
        }
        expect(table.size).toBe(map.size);
        for (const [key, at] of map) expect(table.get(key)).toBe(at);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps every key through many growths, re-reading only candidates", () => {
    const code = (i: number) => `11320000MB5500004M4${String(i).padStart(12, "0")}`;
    let reads = 0;
    const table = new FingerprintLineTable((line) => (reads++, code(line - 1)));
    for (let i = 0; i < 100_000; i++) table.set(code(i), i + 1);
    // A clean run re-reads nothing: no two of these keys share both hashes.
    expect(reads).toBe(0);
    expect(table.size).toBe(100_000);
    for (let i = 0; i < 100_000; i += 997) expect(table.get(code(i))).toBe(i + 1);
    expect(table.get(code(100_000))).toBeUndefined();
    expect(reads).toBe(101);
  });

  it("refuses a line that is no positive int32 (0 marks an empty slot)", () => {
    const table = new FingerprintLineTable(() => undefined);
    for (const line of [0, -1, 1.5, 2 ** 31]) expect(() => table.set("k", line)).toThrow(RangeError);
  });
});
