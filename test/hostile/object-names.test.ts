/**
 * Found by the full fuzz run (`npm run fuzz`, seed 1632284191): a name that is an object whose `toString` is not a
 * function (`{"toString": {}}` parses from JSON) made diffCatalogues and checkConformance throw a raw
 * "TypeError: Cannot convert object to primitive value". A schema-invalid name is shown as JSON in the finding instead.
 */
import { describe, expect, it } from "vitest";
import { checkConformance, diffCatalogues } from "../../src/index.js";
import { readJson } from "../helpers/examples.js";

const county = readJson("examples/4-county-gusu.json");
const city = readJson("examples/3-city-suzhou.json");
/** An object String() cannot convert. */
const hostile = () => JSON.parse('{"toString": {}}');

/** The lower catalogue's issues of one rule, as rule, path and message. */
function issuesOf(upper: unknown, lower: unknown, rule: string) {
  return checkConformance(upper, lower).issues.filter((i) => i.rule === rule).map((i) => ({ rule: i.rule, path: i.path, message: i.message }));
}

describe("a name String() cannot convert", () => {
  it("diffCatalogues: the changed item carries the name as JSON", () => {
    const lower = structuredClone(county);
    lower.items[0].name = hostile();
    const diff = diffCatalogues(county, lower);
    expect(diff.summary).toEqual({ added: 0, removed: 0, changed: 1, unchanged: 4 });
    expect(diff.changed[0]).toMatchObject({ key: county.items[0].implementationCode, name: '{"toString":{}}' });
  });

  it("diffCatalogues: a material matched by such a name is compared, not thrown on", () => {
    const before = structuredClone(county);
    const after = structuredClone(county);
    for (const doc of [before, after]) doc.items[0].materials[0] = { name: hostile(), necessity: "required", medium: "paper" };
    after.items[0].materials[0].medium = "electronic";
    expect(diffCatalogues(before, after).changed[0]!.changes.map((c) => c.path)).toEqual(["/materials/0/medium"]);
  });

  it("checkConformance: not-in-upper names the item by its name as JSON", () => {
    const lower = structuredClone(county);
    Object.assign(lower.items[0], { basicCode: "000199001000", name: hostile() });
    expect(issuesOf(city, lower, "not-in-upper")[0]).toEqual({ rule: "not-in-upper", path: "/items/0/basicCode", message: '事项 000199001000「{"toString":{}}」不在上级目录中（清单之外不得实施）' });
  });

  it("checkConformance: material-added and material-copies-increased show the material's name as JSON", () => {
    const added = structuredClone(county);
    added.items[0].materials.push({ name: hostile(), necessity: "required", medium: "paper" });
    expect(issuesOf(city, added, "material-added")).toEqual([{ rule: "material-added", path: "/items/0/materials/4", message: '新增上级未列的申请材料「{"toString":{}}」' }]);
    const copies = structuredClone(county);
    Object.assign(copies.items[0].materials[0], { name: hostile(), copies: 5 });
    expect(issuesOf(city, copies, "material-copies-increased")).toEqual([{ rule: "material-copies-increased", path: "/items/0/materials/0/copies", message: '材料「{"toString":{}}」份数增加：上级 1 份，本级 5 份' }]);
  });
});
