/** The catalogue kinds, the code that names an item in reports, and the key an item must be unique under. */
import { describe, expect, it } from "vitest";
import { CATALOGUE_KINDS, claimDuplicateKey, claimedKeysInMaps, duplicateKeyOf, isCatalogueKind, itemCodeOf } from "../../src/rules/item-kind.js";
import { DuplicateTracker } from "../../src/rules/index.js";

const IMPL = "11320508MB1H3K5E5P4000123018000";

describe("catalogue kinds", () => {
  it("are basic, standard and implementation, in level-of-detail order", () => {
    expect(CATALOGUE_KINDS).toEqual(["basic", "standard", "implementation"]);
    for (const kind of CATALOGUE_KINDS) expect(isCatalogueKind(kind)).toBe(true);
  });
  it.each([["Basic"], [""], [undefined], [["basic"]]])("near miss: %j is no kind", (value) => {
    expect(isCatalogueKind(value)).toBe(false);
  });
});

describe("itemCodeOf", () => {
  it("prefers the implementation code, then the basic code, then a bundle's code", () => {
    expect(itemCodeOf({ implementationCode: IMPL, basicCode: "000123018000", code: "B1" })).toBe(IMPL);
    expect(itemCodeOf({ basicCode: "000123018000", code: "B1" })).toBe("000123018000");
    expect(itemCodeOf({ code: "B1" })).toBe("B1");
  });
  it("names nothing for codes that are no strings, or for no object", () => {
    expect(itemCodeOf({ implementationCode: 1, basicCode: 2, code: 3 })).toBeUndefined();
    expect(itemCodeOf(null)).toBeUndefined();
    expect(itemCodeOf("000123018000")).toBeUndefined();
  });
});

describe("duplicateKeyOf", () => {
  it("keys an implementation list by handling-item code, else implementation code", () => {
    expect(duplicateKeyOf({ implementationCode: IMPL, handlingItemCode: `${IMPL}01` }, "implementation")).toEqual({ key: `${IMPL}01`, field: "handlingItemCode" });
    expect(duplicateKeyOf({ implementationCode: IMPL, handlingItemCode: 1 }, "implementation")).toEqual({ key: IMPL, field: "implementationCode" });
    expect(duplicateKeyOf({ implementationCode: IMPL, handlingItemCode: "" }, "implementation")).toEqual({ key: IMPL, field: "implementationCode" });
    expect(duplicateKeyOf({ basicCode: "000123018000", handlingItemCode: `${IMPL}01` }, "implementation")).toBeUndefined();
  });
  it("keys the other lists by basic code", () => {
    expect(duplicateKeyOf({ implementationCode: IMPL, basicCode: "000123018000" }, "standard")).toEqual({ key: "000123018000", field: "basicCode" });
    expect(duplicateKeyOf({ implementationCode: IMPL }, "basic")).toBeUndefined();
  });
});

describe("claimDuplicateKey", () => {
  it("returns the earlier value of an equal key, and keeps the first one", () => {
    const seen = claimedKeysInMaps<number>();
    expect(claimDuplicateKey(seen, "A", "basicCode", 1)).toBeUndefined();
    expect(claimDuplicateKey(seen, "A", "basicCode", 2)).toBe(1);
    expect(claimDuplicateKey(seen, "A", "basicCode", 3)).toBe(1);
  });
  it("1.x: a handling item clashes with its implementation listed whole, in either order", () => {
    const wholeFirst = claimedKeysInMaps<number>();
    claimDuplicateKey(wholeFirst, IMPL, "implementationCode", 1);
    expect(claimDuplicateKey(wholeFirst, `${IMPL}01`, "handlingItemCode", 2)).toBe(1);
    const splitFirst = claimedKeysInMaps<number>();
    claimDuplicateKey(splitFirst, `${IMPL}01`, "handlingItemCode", 1);
    claimDuplicateKey(splitFirst, `${IMPL}02`, "handlingItemCode", 2);
    // The first handling item is the one named.
    expect(claimDuplicateKey(splitFirst, IMPL, "implementationCode", 3)).toBe(1);
  });
  it("near miss: a basic code equal to a split implementation's code is no clash (only implementation codes are)", () => {
    const seen = claimedKeysInMaps<number>();
    claimDuplicateKey(seen, `${IMPL}01`, "handlingItemCode", 1);
    expect(claimDuplicateKey(seen, IMPL, "basicCode", 2)).toBeUndefined();
  });
  it("2.x (wholeBesideHandlingItems): only equal keys clash", () => {
    const seen = claimedKeysInMaps<number>();
    expect(claimDuplicateKey(seen, IMPL, "implementationCode", 1, true)).toBeUndefined();
    expect(claimDuplicateKey(seen, `${IMPL}01`, "handlingItemCode", 2, true)).toBeUndefined();
    expect(claimDuplicateKey(seen, `${IMPL}01`, "handlingItemCode", 3, true)).toBe(2);
    expect(claimDuplicateKey(seen, IMPL, "implementationCode", 4, true)).toBe(1);
    // A third copy still names the first one.
    expect(claimDuplicateKey(seen, `${IMPL}01`, "handlingItemCode", 5, true)).toBe(2);
  });
});

describe("DuplicateTracker", () => {
  it("labels the first place with the given label (a line when streaming) and points at the repeat's key", () => {
    const tracker = new DuplicateTracker("implementation");
    expect(tracker.add({ implementationCode: IMPL }, "/items/0", "第 2 行")).toBeUndefined();
    expect(tracker.add({ implementationCode: IMPL }, "/items/1")).toEqual({ path: "/items/1/implementationCode", params: { key: IMPL, first: "第 2 行" } });
  });
  it("keeps one set of keys per 事项版本; items without a key are skipped", () => {
    const tracker = new DuplicateTracker("implementation");
    expect(tracker.add({ implementationCode: IMPL, itemVersion: 1 }, "/items/0")).toBeUndefined();
    expect(tracker.add({ implementationCode: IMPL, itemVersion: 2 }, "/items/1")).toBeUndefined();
    expect(tracker.add({ implementationCode: IMPL, itemVersion: 1.5 }, "/items/2")).toBeUndefined();
    expect(tracker.add({ implementationCode: IMPL, itemVersion: "1" }, "/items/3")).toEqual({ path: "/items/3/implementationCode", params: { key: IMPL, first: "/items/2" } });
    expect(tracker.add({ basicCode: "000123018000" }, "/items/4")).toBeUndefined();
    expect(tracker.add({ implementationCode: IMPL, itemVersion: 2 }, "/items/5")).toEqual({ path: "/items/5/implementationCode", params: { key: IMPL, first: "/items/1" } });
  });
  it("reads a list as 1.x unless told otherwise: the whole item beside its handling items is a duplicate", () => {
    const tracker = new DuplicateTracker("implementation");
    tracker.add({ implementationCode: IMPL }, "/items/0");
    expect(tracker.add({ implementationCode: IMPL, handlingItemCode: `${IMPL}01` }, "/items/1")).toEqual({ path: "/items/1/handlingItemCode", params: { key: `${IMPL}01`, first: "/items/0" } });
  });
  it("2.x reading: the whole item beside its handling items is no duplicate", () => {
    const tracker = new DuplicateTracker("implementation", true);
    tracker.add({ implementationCode: IMPL }, "/items/0");
    expect(tracker.add({ implementationCode: IMPL, handlingItemCode: `${IMPL}01` }, "/items/1")).toBeUndefined();
  });
});
