/**
 * KeySpill gives back every key it was given, ordered by first hash and then by line, whether it
 * holds them all in memory or writes sorted runs to disk; its temporary file is removed on close.
 */
import fs from "node:fs";
import os from "node:os";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KeySpill, spillBoundOf, type SpilledKey } from "../../src/node/key-spill.js";

const spillDirs = () => fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith("zwfw-keys-"));

describe("KeySpill", () => {
  it("gives the keys back ordered by first hash, equal hashes in line order, for any bound (property)", () => {
    const before = spillDirs();
    fc.assert(
      fc.property(
        // Few distinct first hashes, so that equal ones meet across runs; the full unsigned range too.
        fc.array(fc.record({ hi: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(2 ** 32 - 1)), lo: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), offset: fc.nat({ max: 2 ** 40 }) }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 9 }),
        (keys, bound) => {
          const spill = new KeySpill(bound);
          const added: SpilledKey[] = keys.map((k, i) => ({ ...k, line: i + 1 }));
          for (const k of added) spill.add(k.hi, k.lo, k.line, k.offset);
          expect(spill.size).toBe(added.length);
          expect(spill.spilledRuns).toBe(added.length > bound ? Math.ceil(added.length / bound) - 1 : 0);
          const reference = [...added].sort((a, b) => a.hi - b.hi || a.line - b.line);
          expect([...spill.sorted()]).toEqual(reference);
          spill.close();
        },
      ),
    );
    expect(spillDirs()).toEqual(before);
  });

  it("writes a run only when its buffer is full, into one temporary file that close removes", () => {
    const before = spillDirs();
    const spill = new KeySpill(2);
    spill.add(9, 1, 1, 0);
    spill.add(3, 2, 2, 100);
    expect(spillDirs()).toEqual(before);
    spill.add(5, 3, 3, 200);
    expect(spill.spilledRuns).toBe(1);
    expect(spillDirs().length).toBe(before.length + 1);
    expect([...spill.sorted()].map((k) => k.line)).toEqual([2, 3, 1]);
    spill.close();
    spill.close();
    expect(spillDirs()).toEqual(before);
  });

  it("takes its bound from the option, else ZWFW_SPILL_KEYS, else 2^20, within 1 … 2^21", () => {
    const saved = process.env.ZWFW_SPILL_KEYS;
    try {
      delete process.env.ZWFW_SPILL_KEYS;
      expect(spillBoundOf()).toBe(1 << 20);
      process.env.ZWFW_SPILL_KEYS = "1000";
      expect(spillBoundOf()).toBe(1000);
      expect(spillBoundOf(5)).toBe(5);
      expect(spillBoundOf(0)).toBe(1);
      expect(spillBoundOf(2 ** 30)).toBe(2 ** 21);
      process.env.ZWFW_SPILL_KEYS = "nonsense";
      expect(spillBoundOf()).toBe(1 << 20);
    } finally {
      if (saved === undefined) delete process.env.ZWFW_SPILL_KEYS;
      else process.env.ZWFW_SPILL_KEYS = saved;
    }
  });
});
