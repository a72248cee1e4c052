/**
 * The item diff's value walk (src/diff/catalogue/diff-values.ts) and its list keys (match-list.ts) where the
 * fourth session's mutation run found them unpinned: keys added and removed inside an element, a value that
 * changes its JSON type, lists nested past the depth limit, citations of one law, ids compared as written,
 * and the old side's refusal with its params.
 */
import { describe, expect, it } from "vitest";
import { CatalogueDiffError, diffCatalogues, type ItemChange } from "../../src/diff/index.js";

const catalogue = (items: unknown[]) => ({ kind: "implementation", items });
/** The changes of one item "A" between two versions of it. */
function changesOf(before: Record<string, unknown>, after: Record<string, unknown>): ItemChange[] {
  const diff = diffCatalogues(catalogue([{ implementationCode: "A", ...before }]), catalogue([{ implementationCode: "A", ...after }]));
  return diff.changed[0]?.changes ?? [];
}

describe("keys inside an element", () => {
  it("a key removed is one removal with the old value, a key added one addition with the new", () => {
    expect(changesOf({ timeLimit: { promised: 5, note: "旧" } }, { timeLimit: { promised: 5, unit: "working_day" } })).toEqual([
      { path: "/timeLimit/note", kind: "removed", before: "旧" },
      { path: "/timeLimit/unit", kind: "added", after: "working_day" },
    ]);
  });

  it("an item element removed or added whole", () => {
    expect(changesOf({ visits: 1 }, {})).toEqual([{ path: "/visits", kind: "removed", before: 1 }]);
    expect(changesOf({}, { visits: 0 })).toEqual([{ path: "/visits", kind: "added", after: 0 }]);
  });
});

describe("a value that changes its JSON type is one change, whole", () => {
  it.each([
    ["null to an object", null, { a: 1 }],
    ["an object to null", { a: 1 }, null],
    ["a text to a list", "甲", ["甲"]],
    ["a list to a text", ["甲"], "甲"],
    ["an object to a list", { a: 1 }, [1]],
    ["a list to an object", [1], { 0: 1 }],
    ["a text to another", "甲", "乙"],
  ])("%s", (_name, before, after) => {
    expect(changesOf({ ext: { v: before } }, { ext: { v: after } })).toEqual([{ path: "/ext/v", kind: "changed", before, after }]);
  });
});

describe("lists nested deeper than the limit", () => {
  /** A value nested `depth` lists deep, with `leaf` at the bottom. */
  const nest = (depth: number, leaf: unknown): unknown => (depth === 0 ? leaf : [nest(depth - 1, leaf)]);

  it("count towards the 32 levels as objects do, then change as a whole", () => {
    expect(changesOf({ ext: nest(40, 1) }, { ext: nest(40, 2) })).toEqual([{ path: `/ext${"/0".repeat(31)}`, kind: "changed", before: nest(9, 1), after: nest(9, 2) }]);
  });

  it("past the limit, a list beside a non-list is one change (near miss of the list branch)", () => {
    const deep = (leaf: unknown): unknown => (function wrap(d: number): unknown { return d === 0 ? leaf : { x: wrap(d - 1) }; })(32);
    expect(changesOf({ ext: deep([1]) }, { ext: deep("1") })).toEqual([{ path: `/ext${"/x".repeat(31)}`, kind: "changed", before: { x: [1] }, after: { x: "1" } }]);
  });
});

describe("list keys", () => {
  it("two citations of one law are told apart by their articles, so reordering them is no change", () => {
    const basis = [{ lawName: "《行政许可法》", article: "第十二条", n: 1 }, { lawName: "《行政许可法》", article: "第三十条", n: 2 }];
    expect(changesOf({ legalBasis: basis }, { legalBasis: [...basis].reverse() })).toEqual([]);
  });

  it("a citation without a law name has no key: an edit reads as removed + added, not as a change", () => {
    expect(changesOf({ legalBasis: [{ article: "第一条", n: 1 }] }, { legalBasis: [{ article: "第一条", n: 2 }] })).toEqual([
      { path: "/legalBasis/0", kind: "removed", before: { article: "第一条", n: 1 } },
      { path: "/legalBasis/0", kind: "added", after: { article: "第一条", n: 2 } },
    ]);
  });

  it("a null element of a keyed list has no key (no crash): it pairs with nothing", () => {
    expect(changesOf({ materials: [null, { id: "M1", n: 1 }] }, { materials: [{ id: "M1", n: 2 }, null] })).toEqual([
      { path: "/materials/0/n", kind: "changed", before: 1, after: 2 },
      { path: "/materials/0", kind: "removed", before: null },
      { path: "/materials/1", kind: "added", after: null },
    ]);
  });

  it("material ids are compared as written (names are normalised, ids are not)", () => {
    expect(changesOf({ materials: [{ id: "M 1", name: "甲" }] }, { materials: [{ id: "M1", name: "乙" }] })).toEqual([
      { path: "/materials/0", kind: "removed", before: { id: "M 1", name: "甲" } },
      { path: "/materials/0", kind: "added", after: { id: "M1", name: "乙" } },
    ]);
  });
});

describe("the old side's refusal", () => {
  it("names the old catalogue, and carries the side for rendering it in another locale", () => {
    let thrown: unknown;
    try {
      diffCatalogues(null, catalogue([]));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CatalogueDiffError);
    expect(thrown).toMatchObject({ message: '旧目录不是目录（须为含 "items" 数组的对象）', messageId: "error.diff.not-catalogue", messageParams: { side: "old" } });
  });
});
