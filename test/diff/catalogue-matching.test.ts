/**
 * How diffCatalogues pairs the elements of each list inside an item (by id, normalised name, law and
 * article, code …), how it names items, and what it refuses: one case per path of the matcher table,
 * each with its near miss, so a matcher that stops matching shows as removed + added.
 */
import { describe, expect, it } from "vitest";
import { CatalogueDiffError, diffCatalogues, itemKeyOf, normaliseName } from "../../src/diff/index.js";
import type { ItemChange } from "../../src/diff/index.js";

const catalogue = (items: unknown[], extra: Record<string, unknown> = {}) => ({ kind: "implementation", ...extra, items });
/** The changes of one item "A" between two versions of it. */
function changesOf(before: Record<string, unknown>, after: Record<string, unknown>): ItemChange[] {
  const diff = diffCatalogues(catalogue([{ implementationCode: "A", ...before }]), catalogue([{ implementationCode: "A", ...after }]));
  return diff.changed[0]?.changes ?? [];
}
const reversed = <T>(list: T[]) => [...list].reverse();

describe("keyed lists: reordering is no change, an edit is one change at the new place", () => {
  const cases: [string, string, unknown[], (list: any[]) => void, ItemChange[]][] = [
    ["process steps by normalised name", "process", [{ name: "受理", days: 1 }, { name: "审查", days: 2 }],
      (l) => { l[1].name = " 受 理 "; l[1].days = 3; }, [{ path: "/process/1/name", kind: "changed", before: "受理", after: " 受 理 " }, { path: "/process/1/days", kind: "changed", before: 1, after: 3 }]],
    ["bundle members by implementation code", "members", [{ implementationCode: "X", note: 1 }, { implementationCode: "Y", note: 2 }],
      (l) => { l[1].note = 9; }, [{ path: "/members/1/note", kind: "changed", before: 1, after: 9 }]],
    ["cooperating departments by normalised name", "cooperatingDepartments", [{ name: "市公安局", role: "a" }, { name: "市民政局", role: "b" }],
      (l) => { l[0].name = "（市民政局）"; l[0].role = "c"; }, [{ path: "/cooperatingDepartments/0/name", kind: "changed", before: "市民政局", after: "（市民政局）" }, { path: "/cooperatingDepartments/0/role", kind: "changed", before: "b", after: "c" }]],
    ["situations by id", "situations", [{ id: "S1", name: "甲" }, { id: "S2", name: "乙" }],
      (l) => { l[0].name = "丙"; }, [{ path: "/situations/0/name", kind: "changed", before: "乙", after: "丙" }]],
    ["legal citations by normalised law and article", "legalBasis", [{ lawName: "《行政许可法》", article: "第十二条", level: "law" }, { lawName: "《食品安全法》", article: "第三十五条", level: "law" }],
      (l) => { l[1].lawName = "行政许可法"; l[1].level = "other"; }, [{ path: "/legalBasis/1/lawName", kind: "changed", before: "《行政许可法》", after: "行政许可法" }, { path: "/legalBasis/1/level", kind: "changed", before: "law", after: "other" }]],
    ["fee items by normalised name", "fees.items", [{ name: "工本费", amount: 10 }, { name: "检测费", amount: 200 }],
      (l) => { l[0].name = "【检测费】"; l[0].amount = 100; }, [{ path: "/fees/items/0/name", kind: "changed", before: "检测费", after: "【检测费】" }, { path: "/fees/items/0/amount", kind: "changed", before: 200, after: 100 }]],
  ];

  it.each(cases)("%s", (_name, at, list, edit, change) => {
    const put = (l: unknown[]) => (at === "fees.items" ? { fees: { items: l } } : { [at]: l });
    expect(changesOf(put(list), put(reversed(structuredClone(list))))).toEqual([]);
    const edited = reversed(structuredClone(list)) as any[];
    edit(edited);
    expect(changesOf(put(list), put(edited))).toEqual(change);
  });

  it("situations fall back to the name when ids do not match", () => {
    expect(changesOf({ situations: [{ id: "S1", name: "甲" }, { name: "乙", x: 1 }] }, { situations: [{ name: "乙", x: 2 }, { id: "S1", name: "甲" }] })).toEqual([
      { path: "/situations/0/x", kind: "changed", before: 1, after: 2 },
    ]);
  });

  it("a replaced material is keyed by its implementation code and material id together", () => {
    const replaces = [{ implementationCode: "X", materialId: "M1", n: 1 }, { implementationCode: "X", materialId: "M2", n: 2 }, { implementationCode: "Y", materialId: "M1", n: 3 }];
    const material = (list: unknown[]) => ({ materials: [{ id: "M9", name: "申请表", replaces: list }] });
    expect(changesOf(material(replaces), material(reversed(replaces)))).toEqual([]);
    const edited = structuredClone(reversed(replaces));
    edited[0]!.n = 4;
    expect(changesOf(material(replaces), material(edited))).toEqual([{ path: "/materials/0/replaces/0/n", kind: "changed", before: 3, after: 4 }]);
    // Without one of the two the element has no key: it matches nothing, so an edit reads as removed + added.
    expect(changesOf(material([{ materialId: "M1", n: 1 }]), material([{ materialId: "M1", n: 2 }]))).toEqual([
      { path: "/materials/0/replaces/0", kind: "removed", before: { materialId: "M1", n: 1 } },
      { path: "/materials/0/replaces/0", kind: "added", after: { materialId: "M1", n: 2 } },
    ]);
  });

  it("two elements with one key pair in their order", () => {
    expect(changesOf({ process: [{ name: "受理", n: 1 }, { name: "受理", n: 2 }] }, { process: [{ name: "受理", n: 1 }, { name: "受理", n: 3 }] })).toEqual([
      { path: "/process/1/n", kind: "changed", before: 2, after: 3 },
    ]);
  });

  it("near miss: a step renamed is removed and added", () => {
    expect(changesOf({ process: [{ name: "受理" }] }, { process: [{ name: "审核" }] })).toEqual([
      { path: "/process/0", kind: "removed", before: { name: "受理" } },
      { path: "/process/0", kind: "added", after: { name: "审核" } },
    ]);
  });
});

describe("lists without a key", () => {
  it("lists of objects pair by index; the longer side's rest is added or removed", () => {
    expect(changesOf({ other: [{ a: 1 }, { a: 2 }] }, { other: [{ a: 1 }, { a: 3 }, { a: 4 }] })).toEqual([
      { path: "/other/1/a", kind: "changed", before: 2, after: 3 },
      { path: "/other/2", kind: "added", after: { a: 4 } },
    ]);
    expect(changesOf({ other: [{ a: 1 }, { a: 2 }] }, { other: [{ a: 1 }] })).toEqual([{ path: "/other/1", kind: "removed", before: { a: 2 } }]);
  });
  it("lists of scalars pair by value: only what is new or gone is reported", () => {
    expect(changesOf({ levels: ["3", "4", "5"] }, { levels: ["5", "6", "3"] })).toEqual([
      { path: "/levels/1", kind: "removed", before: "4" },
      { path: "/levels/1", kind: "added", after: "6" },
    ]);
  });
  it("a mixed list (a scalar and an object) pairs by index", () => {
    expect(changesOf({ other: ["a", { b: 1 }] }, { other: [{ b: 1 }, "a"] }).map((c) => c.path)).toEqual(["/other/0", "/other/1"]);
  });
});

describe("deeply nested values", () => {
  /** A value nested `depth` objects deep, with `leaf` at the bottom. */
  const nest = (depth: number, leaf: unknown): unknown => (depth === 0 ? leaf : { x: nest(depth - 1, leaf) });
  it("are compared element by element down to 32 levels below the item, then as a whole", () => {
    const changes = changesOf({ ext: nest(40, 1) }, { ext: nest(40, 2) });
    expect(changes).toEqual([{ path: `/ext${"/x".repeat(31)}`, kind: "changed", before: nest(9, 1), after: nest(9, 2) }]);
  });
});

describe("names and keys", () => {
  it("normaliseName folds full-width forms, white space, brackets and quotes, and case", () => {
    expect(normaliseName(" 《ＡＢ　c》\t〈d〉「e」『f』“g”\"h\"'i'‘j’(k)（l）【m】[n]\n")).toBe("abcdefghijklmn");
    expect(normaliseName("申请 表")).toBe("申请表");
    expect(normaliseName(undefined)).toBe("");
    expect(normaliseName(12)).toBe("12");
    expect(normaliseName("a-b.c")).toBe("a-b.c");
  });

  it("itemKeyOf: handlingItemCode, else implementationCode, else basicCode; a bundle's code", () => {
    expect(itemKeyOf({ handlingItemCode: "H", implementationCode: "I", basicCode: "B" })).toBe("H");
    expect(itemKeyOf({ implementationCode: "I", basicCode: "B" })).toBe("I");
    expect(itemKeyOf({ basicCode: "B" })).toBe("B");
    expect(itemKeyOf({ code: "C", implementationCode: "I" }, "bundle")).toBe("C");
    expect(itemKeyOf({ code: "C" })).toBeUndefined();
    expect(itemKeyOf({ implementationCode: "" })).toBeUndefined();
    expect(itemKeyOf({ implementationCode: 5 })).toBeUndefined();
    expect(itemKeyOf(null)).toBeUndefined();
    expect(itemKeyOf("A")).toBeUndefined();
  });

  it("an item without a name is named by the empty string; a name that is no string as JSON", () => {
    const diff = diffCatalogues(catalogue([]), catalogue([{ implementationCode: "A" }, { implementationCode: "B", name: { zh: "甲" } }]));
    expect(diff.added).toEqual([{ key: "A", name: "" }, { key: "B", name: '{"zh":"甲"}' }]);
  });
});

describe("what cannot be diffed, worded whole", () => {
  const thrown = (a: unknown, b: unknown) => {
    try {
      diffCatalogues(a, b);
    } catch (error) {
      return [error instanceof CatalogueDiffError, (error as Error).message, (error as { messageId?: string }).messageId];
    }
    return [false, "", undefined];
  };
  it("each side named, each reason its own message", () => {
    expect(thrown(catalogue([]), null)).toEqual([true, '新目录不是目录（须为含 "items" 数组的对象）', "error.diff.not-catalogue"]);
    expect(thrown(catalogue([]), { items: {} })).toEqual([true, '新目录不是目录（须为含 "items" 数组的对象）', "error.diff.not-catalogue"]);
    expect(thrown(catalogue([]), catalogue([{ implementationCode: "A" }, { name: "x" }]))).toEqual([true, "新目录：/items/1 没有 implementationCode / basicCode", "error.diff.no-key"]);
    expect(thrown(catalogue([]), catalogue([{ implementationCode: "A" }, { implementationCode: "A" }]))).toEqual([true, "新目录：/items/1 重复了编码 A", "error.diff.repeated-key"]);
    expect(thrown({ kind: "bundle", items: [{}] }, { kind: "bundle", items: [] })).toEqual([true, "旧目录：/items/0 没有 code", "error.diff.no-key"]);
  });
  it("near miss: a side without a kind is diffed against any kind", () => {
    expect(diffCatalogues({ items: [] }, catalogue([])).summary).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 0 });
    expect(diffCatalogues(catalogue([]), { items: [] }).summary).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 0 });
  });
});

describe("survivors of the first mutation run on src/diff/catalogue", () => {
  it("a list past index 9 is still matched by its key (the index is one token, however many digits)", () => {
    const materials = (replaces: unknown[]) => [...Array.from({ length: 11 }, (_, i) => ({ id: `M${i}`, name: `材料${i}` })), { id: "MX", name: "材料X", replaces }];
    const replaces = [{ implementationCode: "X", materialId: "M1" }, { implementationCode: "Y", materialId: "M2" }];
    expect(changesOf({ materials: materials(replaces) }, { materials: materials(reversed(replaces)) })).toEqual([]);
  });
  it("changes of matched elements come in the new list's order", () => {
    expect(changesOf({ materials: [{ id: "M1", n: 1 }, { id: "M2", n: 2 }] }, { materials: [{ id: "M2", n: 3 }, { id: "M1", n: 4 }] })).toEqual([
      { path: "/materials/0/n", kind: "changed", before: 2, after: 3 },
      { path: "/materials/1/n", kind: "changed", before: 1, after: 4 },
    ]);
  });
  it("citations: the article is normalised too, and a citation without one matches by its law", () => {
    const law = (article?: string, x = 1) => ({ lawName: "行政许可法", ...(article ? { article } : {}), x });
    expect(changesOf({ legalBasis: [law("第十二条"), law()] }, { legalBasis: [law(), law(" 第十二条 ")] })).toEqual([
      { path: "/legalBasis/1/article", kind: "changed", before: "第十二条", after: " 第十二条 " },
    ]);
    expect(changesOf({ legalBasis: [law(undefined, 1)] }, { legalBasis: [law(undefined, 2)] })).toEqual([{ path: "/legalBasis/0/x", kind: "changed", before: 1, after: 2 }]);
  });
  it("an empty or null name is no key: such elements match nothing", () => {
    for (const name of ["", null]) {
      expect(changesOf({ process: [{ name, n: 1 }] }, { process: [{ name, n: 2 }] })).toEqual([
        { path: "/process/0", kind: "removed", before: { name, n: 1 } },
        { path: "/process/0", kind: "added", after: { name, n: 2 } },
      ]);
    }
  });
  it("a null element of a keyed list has no key; of a list of scalars it is a value", () => {
    expect(changesOf({ process: [null, { name: "受理" }] }, { process: [{ name: "受理" }, null] })).toEqual([
      { path: "/process/0", kind: "removed", before: null },
      { path: "/process/1", kind: "added", after: null },
    ]);
    expect(changesOf({ levels: [null, "3"] }, { levels: ["3", null] })).toEqual([]);
  });
  it("documents of two majors are refused, naming the function", () => {
    expect(() => diffCatalogues({ schemaVersion: "1.0", items: [] }, { schemaVersion: "2.0", items: [] })).toThrow("diffCatalogues：不能比较 v1 文档与 v2 文档；请先将 v1 文档迁移到 v2");
  });
  it("figures read partial items: a time limit without a promise, a null material", () => {
    const diff = diffCatalogues(catalogue([{ implementationCode: "A", timeLimit: {}, materials: [null, { necessity: "required" }] }]), catalogue([]));
    expect(diff.metrics.all.promisedWorkingDays).toEqual({ before: 0, after: 0, change: null });
    expect(diff.metrics.all.requiredMaterials).toEqual({ before: 1, after: 0, change: -100 });
  });
});

describe("error classes", () => {
  it("carry their own names", () => {
    expect(new CatalogueDiffError("x").name).toBe("CatalogueDiffError");
  });
});
