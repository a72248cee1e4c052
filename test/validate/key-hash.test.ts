/**
 * The two hashes a worker-pool run's duplicate check remembers of each key (src/validate/key-hash.ts): the slot
 * hash is FNV-1a (the published 32-bit test vectors, over UTF-16 units), the fingerprint an independent,
 * well-mixed hash. Two keys are taken for one only when both agree, so a weak or correlated pair reports
 * false duplicates.
 */
import { describe, expect, it } from "vitest";
import { defaultFingerprintHash } from "../../src/validate/key-hash.js";

const { slot, fingerprint } = defaultFingerprintHash;
const bits = (x: number) => {
  let count = 0;
  for (let v = x >>> 0; v !== 0; v >>>= 1) count += v & 1;
  return count;
};
/** Item-code-like keys and, for each, every key one bit away in one character. */
function neighbourPairs(): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < 500; i++) {
    const key = `1132050800${String(i * 7919).padStart(8, "0")}`;
    for (let p = 0; p < key.length; p++) pairs.push([key, key.slice(0, p) + String.fromCharCode(key.charCodeAt(p) ^ 1) + key.slice(p + 1)]);
  }
  return pairs;
}

describe("the slot hash is FNV-1a (32-bit)", () => {
  it.each([
    ["", 0x811c9dc5],
    ["a", 0xe40c292c],
    ["foobar", 0xbf9cf968],
  ])("FNV-1a(%j) = %s", (key, expected) => {
    expect(slot(key) >>> 0).toBe(expected);
  });
});

describe("the fingerprint", () => {
  it("changes about half its bits when one bit of one character changes (avalanche)", () => {
    const pairs = neighbourPairs();
    const mean = pairs.reduce((sum, [a, b]) => sum + bits(fingerprint(a) ^ fingerprint(b)), 0) / pairs.length;
    // A full avalanche is 16 of 32 bits; without the finaliser's mixing, neighbours share most high bits.
    expect(mean).toBeGreaterThan(15.5);
    expect(mean).toBeLessThan(16.5);
  });

  it("is independent of the slot hash: they agree on about half their bits", () => {
    let agree = 0;
    let n = 0;
    for (const [a] of neighbourPairs()) {
      agree += 32 - bits(slot(a) ^ fingerprint(a));
      n += 32;
    }
    expect(agree / n).toBeGreaterThan(0.47);
    expect(agree / n).toBeLessThan(0.53);
  });

  it("reads every character: keys differing only in the last or the first character differ", () => {
    expect(fingerprint("11320508MB1H3K5E5P4000123018000")).not.toBe(fingerprint("11320508MB1H3K5E5P4000123018001"));
    expect(fingerprint("11320508MB1H3K5E5P4000123018000")).not.toBe(fingerprint("21320508MB1H3K5E5P4000123018000"));
    expect(slot("11320508MB1H3K5E5P4000123018000")).not.toBe(slot("11320508MB1H3K5E5P4000123018001"));
  });
});
