/** Which upper item a lower item implements: the handling sequence, sameItem and the item index, case by case with near misses. */
import { describe, expect, it } from "vitest";
import { handlingSequenceOf, ItemIndex, sameItem } from "../../src/conformance/match-items.js";

/** A 33-character 业务办理项编码: an 18-character credit code, the level, the 12-digit basic code and the 2-digit sequence. */
const handling = (basicCode: string, sequence: string, level = "3") => `11320500MB1H2K9E53${level}${basicCode}${sequence}`;
const A = "000123018000";
const B = "000109042000";

describe("handlingSequenceOf", () => {
  it("is the last two characters of a 33-character code", () => {
    expect(handling(A, "02")).toHaveLength(33);
    expect(handlingSequenceOf({ handlingItemCode: handling(A, "02") })).toBe("02");
  });

  it.each([
    ["32 characters", handling(A, "02").slice(1)],
    ["34 characters", `${handling(A, "02")}7`],
    ["a number", 1.5],
    ["missing", undefined],
  ])("near miss: no sequence from a code of %s", (_name, code) => {
    expect(handlingSequenceOf(code === undefined ? {} : { handlingItemCode: code })).toBeUndefined();
  });
});

describe("sameItem", () => {
  it.each([
    ["the same basic code, no handling items", { basicCode: A }, { basicCode: A }, true],
    ["the same handling sequence (the credit codes differ by level)", { basicCode: A, handlingItemCode: handling(A, "01", "2") }, { basicCode: A, handlingItemCode: handling(A, "01", "3") }, true],
    ["a handling item below a whole item", { basicCode: A }, { basicCode: A, handlingItemCode: handling(A, "01") }, true],
    ["a whole item below a handling item", { basicCode: A, handlingItemCode: handling(A, "01") }, { basicCode: A }, true],
    ["another handling sequence", { basicCode: A, handlingItemCode: handling(A, "01") }, { basicCode: A, handlingItemCode: handling(A, "02") }, false],
    ["another basic code", { basicCode: A }, { basicCode: B }, false],
    ["no basic code on either side", {}, {}, false],
    ["a basic code that is no text on both sides", { basicCode: 7 }, { basicCode: 7 }, false],
  ])("%s", (_name, upper, lower, same) => {
    expect(sameItem(upper, lower)).toBe(same);
  });
});

describe("ItemIndex", () => {
  const items = () => [
    { basicCode: A, name: "整项" },
    null,
    "no item",
    { name: "无编码" },
    { basicCode: 5 },
    { basicCode: B, handlingItemCode: handling(B, "01"), name: "B 企业" },
    { basicCode: B, name: "B 整项" },
    { basicCode: B, handlingItemCode: handling(B, "02"), name: "B 个人" },
  ];

  it("indexes a catalogue's items or an items array alike, skipping what is no object or has no text code", () => {
    for (const index of [new ItemIndex({ items: items() }), new ItemIndex(items())]) {
      expect([A, B].map((c) => index.has(c))).toEqual([true, true]);
      expect(index.has(5)).toBe(false);
      expect(index.has("000000000000")).toBe(false);
      expect(index.find({ basicCode: A })).toEqual({ item: { basicCode: A, name: "整项" }, index: 0 });
    }
  });

  it("a catalogue without an items array has no items", () => {
    const index = new ItemIndex({ items: "none" });
    expect(index.has(A)).toBe(false);
    expect(index.find({ basicCode: A })).toBeUndefined();
  });

  it("finds the same handling item first, even after an item of the code without one", () => {
    const index = new ItemIndex(items());
    expect(index.find({ basicCode: B, handlingItemCode: handling(B, "02", "4") })).toEqual({ item: items()[7], index: 7 });
    expect(index.find({ basicCode: B, handlingItemCode: handling(B, "01", "4") })).toEqual({ item: items()[5], index: 5 });
  });

  it("else the first item of the code that is the same item", () => {
    const index = new ItemIndex(items());
    // No sequence below: the first item of the code.
    expect(index.find({ basicCode: B })).toEqual({ item: items()[5], index: 5 });
    // A sequence no item above has: the item without a handling item.
    expect(index.find({ basicCode: B, handlingItemCode: handling(B, "03") })).toEqual({ item: items()[6], index: 6 });
  });

  it("near misses: no text code, an unknown code, a single item of another handling sequence", () => {
    const index = new ItemIndex([{ basicCode: A, handlingItemCode: handling(A, "01") }, ...items().slice(1)]);
    expect(index.find({ basicCode: 5 })).toBeUndefined();
    expect(index.find({})).toBeUndefined();
    expect(index.find({ basicCode: "000000000000" })).toBeUndefined();
    expect(index.find({ basicCode: A, handlingItemCode: handling(A, "02") })).toBeUndefined();
    expect(index.find({ basicCode: A, handlingItemCode: handling(A, "01") })).toEqual({ item: { basicCode: A, handlingItemCode: handling(A, "01") }, index: 0 });
  });

  it("a repeated code whose items are all other handling items has no partner", () => {
    const index = new ItemIndex([{ basicCode: B, handlingItemCode: handling(B, "01") }, { basicCode: B, handlingItemCode: handling(B, "02") }]);
    expect(index.find({ basicCode: B, handlingItemCode: handling(B, "03") })).toBeUndefined();
  });

  it("markSame marks every item of the code that is the same item, and nothing else", () => {
    const index = new ItemIndex(items());
    const marks = (lower: object) => {
      const m = new Uint8Array(items().length);
      index.markSame(lower, m);
      return [...m];
    };
    expect(marks({ basicCode: B })).toEqual([0, 0, 0, 0, 0, 1, 1, 1]);
    expect(marks({ basicCode: B, handlingItemCode: handling(B, "02") })).toEqual([0, 0, 0, 0, 0, 0, 1, 1]);
    expect(marks({ basicCode: A, handlingItemCode: handling(A, "09") })).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    expect(marks({ basicCode: "000000000000" })).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(marks({ basicCode: 5 })).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("markSame leaves every other handling item of the code unmarked, the first and the later ones", () => {
    const index = new ItemIndex(["01", "02", "03"].map((s) => ({ basicCode: B, handlingItemCode: handling(B, s) })));
    const m = new Uint8Array(3);
    index.markSame({ basicCode: B, handlingItemCode: handling(B, "02") }, m);
    expect([...m]).toEqual([0, 1, 0]);
  });
});
