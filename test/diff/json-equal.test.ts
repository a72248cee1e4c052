/** jsonEqual (the schema and catalogue diffs' value equality): the same verdict as comparing key-sorted JSON text, without building it. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonical, jsonEqual } from "../../src/diff/schema/json-equal.js";

/** The value with every object's keys in reverse order: the same JSON value. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)]));
}

/** Two JSON values that are often equal or nearly so (one small edit), so the law is tested on both verdicts. */
const pairs = fc.jsonValue({ maxDepth: 3 }).chain((a) =>
  fc.oneof(
    fc.constant([a, reversedKeys(a)] as const),
    fc.jsonValue({ maxDepth: 3 }).map((b) => [a, b] as const),
    fc.jsonValue({ maxDepth: 1 }).map((v) => [a, reversedKeys(Array.isArray(a) ? [...a, v] : typeof a === "object" && a !== null ? { ...a, x: v } : v)] as const),
  ));

describe("jsonEqual", () => {
  it("agrees with comparing key-sorted JSON text (canonical), both ways", () => {
    fc.assert(fc.property(pairs, ([a, b]) => {
      expect(jsonEqual(a, b)).toBe(canonical(a) === canonical(b));
      expect(jsonEqual(b, a)).toBe(jsonEqual(a, b));
    }), { numRuns: 200 });
  });

  it("ignores key order, at the top and nested", () => {
    expect(jsonEqual({ a: 1, b: { c: [1, { d: 2, e: 3 }] } }, { b: { c: [1, { e: 3, d: 2 }] }, a: 1 })).toBe(true);
    expect(canonical({ b: 1, a: 2 })).toBe(canonical({ a: 2, b: 1 }));
  });

  it("reads a list's undefined entries as JSON does (null), not as absent: [undefined] is not []", () => {
    expect(jsonEqual([undefined], [])).toBe(false);
    expect(jsonEqual([1, undefined], [1])).toBe(false);
    expect(jsonEqual([undefined], [undefined])).toBe(true); // near miss
  });

  it("counts two non-finite numbers equal (both null in JSON), but not a text beside one", () => {
    expect(jsonEqual(Infinity, -Infinity)).toBe(true);
    expect(jsonEqual(NaN, Infinity)).toBe(true);
    expect(jsonEqual("a", Infinity)).toBe(false);
    expect(jsonEqual(null, NaN)).toBe(false);
    expect(jsonEqual(1, Infinity)).toBe(false);
  });

  it("tells apart what differs only in one place", () => {
    expect(jsonEqual({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false); // same count, other key
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false); // one key more
    expect(jsonEqual({ a: 1, b: 2 }, { a: 1 })).toBe(false); // one key fewer
    expect(jsonEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(jsonEqual([1, 2, 3], [1, 2])).toBe(false);
    expect(jsonEqual([1, [2, 3]], [1, [2, 4]])).toBe(false); // the difference is in the last pair
    expect(jsonEqual([{ a: 1 }, 2], [{ a: 2 }, 2])).toBe(false); // … and in the first
    expect(jsonEqual([], {})).toBe(false);
    expect(jsonEqual({}, [])).toBe(false);
    expect(jsonEqual({ 0: "a" }, ["a"])).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
    expect(jsonEqual({}, null)).toBe(false);
    expect(jsonEqual("1", 1)).toBe(false);
    expect(jsonEqual(0, null)).toBe(false);
  });

  it("reads only own keys: a \"__proto__\" key (own, as JSON.parse makes it) is not the other side's prototype", () => {
    expect(jsonEqual(JSON.parse('{"__proto__": {}}'), { a: 1 })).toBe(false);
    expect(jsonEqual(JSON.parse('{"__proto__": {}}'), JSON.parse('{"__proto__": {}}'))).toBe(true);
  });

  it("counts a key whose value is undefined as absent (JSON drops it)", () => {
    expect(jsonEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(jsonEqual({ a: undefined }, { b: undefined })).toBe(true);
    expect(jsonEqual({ a: undefined, b: 1 }, { a: 1, c: undefined })).toBe(false);
    expect(jsonEqual({ a: 1, b: undefined }, { b: 1, c: undefined })).toBe(false);
  });

  it("treats non-finite numbers as equal to each other (both are null in JSON), and not to finite ones", () => {
    expect(jsonEqual(Number.NaN, Number.POSITIVE_INFINITY)).toBe(true);
    expect(jsonEqual([Number.NEGATIVE_INFINITY], [Number.NaN])).toBe(true);
    expect(jsonEqual(Number.NaN, 0)).toBe(false);
    expect(jsonEqual(1, Number.NaN)).toBe(false);
    expect(jsonEqual(Number.NaN, "NaN")).toBe(false);
  });

  it("walks values deeper than the stack", () => {
    const deep = (n: number) => {
      let v: unknown = 1;
      for (let i = 0; i < n; i++) v = { v };
      return v;
    };
    expect(jsonEqual(deep(10_000), deep(10_000))).toBe(true);
    expect(jsonEqual(deep(10_000), deep(9_999))).toBe(false);
  });
});
