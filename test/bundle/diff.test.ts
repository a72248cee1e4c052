/** diffCatalogues on two bundle lists: bundles added, removed and changed, keyed by 一件事编码, lists matched by their keys. */
import { describe, expect, it } from "vitest";
import { CatalogueDiffError, diffCatalogues } from "../../src/diff/index.js";
import { bundleList, Z } from "./bundle-data.js";

describe("diffCatalogues on bundle lists", () => {
  it("reports bundles added, removed and changed like items", () => {
    const before = bundleList();
    before.items.push({ ...structuredClone(before.items[0]), code: "320508-YJS-0002", name: "新生儿出生" });
    const after = bundleList();
    after.items[0].members.reverse(); // order alone is no change
    after.items[0].members.splice(0, 1); // drops Z (first after reversing)
    after.items[0].timeLimit.promised.value = 10;
    after.items.push({ ...structuredClone(bundleList().items[0]), code: "320508-YJS-0003", name: "企业开办" });
    const diff = diffCatalogues(before, after);
    expect(diff.summary).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 0 });
    expect(diff.added).toEqual([{ key: "320508-YJS-0003", name: "企业开办" }]);
    expect(diff.removed).toEqual([{ key: "320508-YJS-0002", name: "新生儿出生" }]);
    expect(diff.changed).toEqual([{
      key: "320508-YJS-0001", name: "开办餐饮店",
      changes: [
        { path: "/members/2", kind: "removed", before: { implementationCode: Z } },
        { path: "/timeLimit/promised/value", kind: "changed", before: 15, after: 10 },
      ],
    }]);
  });

  it("a bundle without a code cannot be diffed", () => {
    const list = bundleList();
    delete list.items[0].code;
    expect(() => diffCatalogues(list, bundleList())).toThrow(CatalogueDiffError);
    expect(() => diffCatalogues(list, bundleList())).toThrow("旧目录：/items/0 没有 code");
  });
});
