/** The indexed matcher case by case: scanned and indexed lists, the earliest partner, remembered partners, the item lookups. */
import { describe, expect, it } from "vitest";
import { IndexedMatcher, partnersByFirst } from "../../src/conformance/matcher.js";
import { entries } from "../../src/conformance/match-elements.js";
import { feeMatching, materialMatching, nameMatching, situationMatching } from "../../src/conformance/matching.js";
import { ScanMatcher } from "./scan-matcher.js";

const filler = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `材料${i}` }));

describe("IndexedMatcher.first", () => {
  it("finds nothing in a list that is no array", () => {
    for (const list of [undefined, null, "申请书", { 0: { name: "申请书" } }]) expect(new IndexedMatcher().first(list, { name: "申请书" }, nameMatching)).toBeUndefined();
  });

  // 8 elements are scanned, 9 and more indexed: both ways give the earliest partner.
  it.each([4, 8, 9, 12])("the earliest element that pairs, in a list of %i, skipping what is no object", (length) => {
    const list: unknown[] = filler(length);
    list[1] = null;
    list[2] = "申请书";
    list[length - 2] = { name: "申 请 书" };
    list[length - 1] = { name: "申请书" };
    const matcher = new IndexedMatcher();
    expect(matcher.first(list, { name: "申请书" }, nameMatching)).toEqual({ value: { name: "申 请 书" }, index: length - 2 });
    expect(matcher.first(list, { name: "受理单" }, nameMatching)).toBeUndefined();
  });

  it.each([4, 12])("a material found by name from a lower material with an id comes before a later one found by id (list of %i)", (length) => {
    const list: unknown[] = filler(length);
    list[1] = { name: "申请书" };
    list[length - 1] = { id: "M1", name: "另一名称" };
    const lower = { id: "M1", name: "申请书" };
    expect(new IndexedMatcher().first(list, lower, materialMatching)).toEqual({ value: { name: "申请书" }, index: 1 });
    // …and the other way round: the one found by id comes first.
    list[0] = { id: "M1", name: "另一名称" };
    expect(new IndexedMatcher().first(list, lower, materialMatching)).toEqual({ value: { id: "M1", name: "另一名称" }, index: 0 });
  });

  it.each([4, 12])("a lower material without an id finds an upper one with an id by its name (list of %i)", (length) => {
    const list: unknown[] = filler(length);
    list[length - 1] = { id: "M1", name: "申请书" };
    const matcher = new IndexedMatcher();
    expect(matcher.first(list, { name: "申 请 书" }, materialMatching)).toEqual({ value: { id: "M1", name: "申请书" }, index: length - 1 });
    // Near miss: a lower material with another id is no partner, whatever its name.
    expect(matcher.first(list, { id: "M2", name: "申请书" }, materialMatching)).toBeUndefined();
  });

  it.each([2, 10])("text in an upper list of %i is no element, even for a lower element without a name", (length) => {
    const list: unknown[] = ["申请书", ...filler(length - 2), {}];
    expect(new IndexedMatcher().first(list, {}, nameMatching)).toEqual({ value: {}, index: length - 1 });
  });

  it("an indexed list keeps the first element under a key", () => {
    const list = [...filler(10), { id: "S1", name: "甲" }, { id: "S1", name: "乙" }];
    expect(new IndexedMatcher().first(list, { id: "S1" }, situationMatching)).toEqual({ value: { id: "S1", name: "甲" }, index: 10 });
  });

  it("indexes a list once per pairing: a list asked about under two pairings answers each by its own", () => {
    const list = [...filler(9), { id: "M7", name: "工本费" }];
    const matcher = new IndexedMatcher();
    expect(matcher.first(list, { id: "M7", name: "其他" }, materialMatching)).toEqual({ value: list[9], index: 9 });
    expect(matcher.first(list, { id: "M7", name: "其他" }, feeMatching)).toBeUndefined();
    expect(matcher.first(list, { name: "工 本 费" }, feeMatching)).toEqual({ value: list[9], index: 9 });
    expect(matcher.first(list, { id: "M8", name: "工本费" }, materialMatching)).toBeUndefined();
  });
});

describe("IndexedMatcher.partners", () => {
  it("gives each lower element's partner by index, undefined for elements that are no object or have none", () => {
    const upper = [{ name: "甲" }, { name: "乙" }];
    const lower = [{ name: "乙" }, null, 3, { name: "丙" }, { name: "甲" }];
    const expected = [{ value: { name: "乙" }, index: 1 }, undefined, undefined, undefined, { value: { name: "甲" }, index: 0 }];
    expect(new IndexedMatcher().partners(upper, lower, nameMatching)).toEqual(expected);
    expect(new IndexedMatcher().partners(upper, lower, nameMatching)).toHaveLength(5);
    expect(partnersByFirst(new ScanMatcher(), upper, lower, nameMatching)).toEqual(expected);
    // A number below is no element, even where an upper element without a name would pair with "no name".
    expect(new IndexedMatcher().partners([{}], [3, {}], nameMatching)).toEqual([undefined, { value: {}, index: 0 }]);
    expect(new IndexedMatcher().partners(upper, "no list", nameMatching)).toEqual([]);
  });

  it("answers each question by its own three lists, however many are remembered", () => {
    const matcher = new IndexedMatcher();
    const uppers = Array.from({ length: 6 }, (_, i) => [{ name: `甲${i}` }]);
    const lower = [{ name: "甲0" }];
    const other = [{ name: "甲0" }];
    for (let round = 0; round < 2; round++) {
      uppers.forEach((upper, i) => expect(matcher.partners(upper, lower, nameMatching)).toEqual([i === 0 ? { value: { name: "甲0" }, index: 0 } : undefined]));
      expect(matcher.partners(uppers[1], lower, nameMatching)).toEqual([undefined]);
      expect(matcher.partners(uppers[0], other, nameMatching)).toEqual([{ value: { name: "甲0" }, index: 0 }]);
      expect(matcher.partners(uppers[0], [{ name: "甲1" }], nameMatching)).toEqual([undefined]);
      expect(matcher.partners(uppers[0], lower, situationMatching)).toEqual([undefined]);
    }
  });

  it("remembers an answer for the same three lists", () => {
    const matcher = new IndexedMatcher();
    const upper = [{ name: "甲" }];
    const lower = [{ name: "甲" }];
    expect(matcher.partners(upper, lower, nameMatching)).toBe(matcher.partners(upper, lower, nameMatching));
  });
});

describe("IndexedMatcher item lookups", () => {
  const catalogue = { items: [{ basicCode: "000123018000" }, { basicCode: "000109042000" }, { basicCode: "000123018000", handlingItemCode: `11320500MB1H2K9E533000123018000${"02"}` }] };

  it("implemented, carries and markSame answer as the item index does, for each catalogue asked about", () => {
    const matcher = new IndexedMatcher();
    const other = { items: [{ basicCode: "000109042000" }] };
    expect(matcher.implemented(catalogue, { basicCode: "000109042000" })).toEqual({ item: catalogue.items[1], index: 1 });
    expect(matcher.implemented(other, { basicCode: "000109042000" })).toEqual({ item: other.items[0], index: 0 });
    expect(matcher.implemented(other, { basicCode: "000123018000" })).toBeUndefined();
    expect([matcher.carries(catalogue, "000123018000"), matcher.carries(other, "000123018000"), matcher.carries(other, 5)]).toEqual([true, false, false]);
    const marks = new Uint8Array(3);
    matcher.markSame(catalogue, { basicCode: "000123018000" }, marks);
    expect([...marks]).toEqual([1, 0, 1]);
  });
});

describe("entries", () => {
  it("gives the object elements of a list with their indexes", () => {
    expect(entries([{ a: 1 }, null, "x", 2, { b: 2 }])).toEqual([[0, { a: 1 }], [4, { b: 2 }]]);
    expect(entries({ 0: { a: 1 }, length: 1 })).toEqual([]);
    expect(entries(undefined)).toEqual([]);
  });
});
