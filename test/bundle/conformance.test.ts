/** Conformance between two levels of 一件事 lists: the item rules that apply to bundles, and bundle-member-added. */
import { describe, expect, it } from "vitest";
import { checkChain, checkConformance } from "../../src/conformance/index.js";
import { bundleList, countyList, X, Y, Z } from "./bundle-data.js";

const CODE = "320508-YJS-0001";
/** The province's implementation of a county member: the province agency's credit code, level 2, the same basic code. */
const atProvince = (code: string) => `11320000MB0A1B2C3D2${code.slice(19)}`;

/** The province's 开办餐饮店, bundling 食品经营许可 and 公共场所卫生许可 only. */
function provinceBundles(): any {
  const list = bundleList();
  list.region = { code: "320000000000", level: "2" };
  const bundle = list.items[0];
  bundle.members = [{ implementationCode: atProvince(X) }, { implementationCode: atProvince(Y) }];
  bundle.timeLimit.promised.value = 15;
  bundle.visits = 1;
  bundle.onlineDepth = 3;
  return list;
}

/** The county's list, as the province's but with its own members' codes and Z folded in. */
function countyBundles(): any {
  const list = bundleList();
  list.region = { code: "320508000000", level: "4" };
  return list;
}

describe("checkConformance on two bundle lists", () => {
  it("members whose basic codes the upper bundle lists are no addition (the agencies differ by level); a member it does not list is a warning", () => {
    expect(checkConformance(provinceBundles(), countyBundles()).issues).toEqual([{
      rule: "bundle-member-added", severity: "warning", path: "/items/0/members/2", itemCode: CODE, upperPath: "/items/0/members",
      message: `组成事项 ${Z}（基本编码 ${Z.slice(19)}）不在上级一件事的组成事项中`,
    }]);
  });

  it("the same members: nothing to report", () => {
    const county = countyBundles();
    county.items[0].members.pop();
    expect(checkConformance(provinceBundles(), county).issues).toEqual([]);
  });

  it("a lower bundle may not add a material, lengthen the time, add a visit or lower the online depth", () => {
    const county = countyBundles();
    county.items[0].members.pop();
    const bundle = county.items[0];
    bundle.materials.push({ name: "房屋租赁合同", necessity: "required", medium: "paper" });
    bundle.timeLimit.promised.value = 16;
    bundle.visits = 2;
    bundle.onlineDepth = 2;
    const report = checkConformance(provinceBundles(), county, { locale: "en" });
    expect(report.issues.map(({ rule, severity, path, upperPath, itemCode }) => ({ rule, severity, path, upperPath, itemCode }))).toEqual([
      { rule: "promised-time-exceeds-upper", severity: "error", path: "/items/0/timeLimit/promised", upperPath: "/items/0/timeLimit/promised", itemCode: CODE },
      { rule: "material-added", severity: "error", path: "/items/0/materials/4", upperPath: "/items/0/materials", itemCode: CODE },
      { rule: "visits-increased", severity: "error", path: "/items/0/visits", upperPath: "/items/0/visits", itemCode: CODE },
      { rule: "online-depth-decreased", severity: "warning", path: "/items/0/onlineDepth", upperPath: "/items/0/onlineDepth", itemCode: CODE },
    ]);
    expect(report.issues[1]!.message).toBe('adds material "房屋租赁合同", which the upper item does not list');
  });

  it("near-misses: a renamed material with the same id, a shorter time, fewer visits, a bundle only the lower list has", () => {
    const county = countyBundles();
    county.items[0].members.pop();
    county.items[0].materials[1].name = "营业执照（副本）";
    county.items[0].timeLimit.promised.value = 10;
    county.items[0].visits = 0;
    county.items.push({ ...structuredClone(county.items[0]), code: "320508-YJS-0099", name: "姑苏区特色一件事" });
    expect(checkConformance(provinceBundles(), county).issues).toEqual([]);
  });

  it("members that are no object, carry no code or a code shorter than 31 characters are not compared (defensive: unvalidated lists)", () => {
    const county = countyBundles();
    county.items[0].members.pop();
    county.items[0].members.push(null, "成员", {}, { implementationCode: 31 }, { implementationCode: Z.slice(0, 30) });
    expect(checkConformance(provinceBundles(), county).issues).toEqual([]);
    // Above, they list nothing: the county's Z is still an addition.
    const upper = provinceBundles();
    upper.items[0].members.push(null, "成员", { implementationCode: 7 }, {});
    expect(checkConformance(upper, countyBundles()).issues.map((i) => i.path)).toEqual(["/items/0/members/2"]);
  });

  it("a member code of exactly 31 characters is compared; one of 32 by its characters 20 to 31", () => {
    const county = countyBundles();
    county.items[0].members.push({ implementationCode: `${Z}01` });
    expect(checkConformance(provinceBundles(), county, { locale: "en" }).issues).toEqual([
      { rule: "bundle-member-added", severity: "warning", path: "/items/0/members/2", itemCode: CODE, upperPath: "/items/0/members",
        message: `member ${Z} (basic code ${Z.slice(19)}) is not among the upper bundle's members` },
      { rule: "bundle-member-added", severity: "warning", path: "/items/0/members/3", itemCode: CODE, upperPath: "/items/0/members",
        message: `member ${Z}01 (basic code ${Z.slice(19)}) is not among the upper bundle's members` },
    ]);
  });

  it("near misses: no members above, or none below", () => {
    const noneAbove = provinceBundles();
    delete noneAbove.items[0].members;
    expect(checkConformance(noneAbove, countyBundles()).issues).toEqual([]);
    const noneBelow = countyBundles();
    noneBelow.items[0].members = null;
    expect(checkConformance(provinceBundles(), noneBelow).issues).toEqual([]);
  });

  it("a policy sets bundle-member-added like any conformance rule", () => {
    const report = checkConformance(provinceBundles(), countyBundles(), { policy: { rules: { "bundle-member-added": "error" } } });
    expect(report.issues.map((i) => [i.rule, i.severity])).toEqual([["bundle-member-added", "error"]]);
  });

  it("the header rules apply: a county list is no upper list of a province's", () => {
    expect(checkConformance(countyBundles(), provinceBundles()).issues.map((i) => i.rule)).toEqual(["level-order", "region-not-within-upper"]);
  });

  it("a chain of bundle lists compares each with the one above", () => {
    const report = checkChain([provinceBundles(), countyBundles()]);
    expect(report.issues.map(({ rule, lower, upper }) => ({ rule, lower, upper }))).toEqual([{ rule: "bundle-member-added", lower: 1, upper: 0 }]);
  });

  it("a bundle list compared with an item list is a TypeError", () => {
    expect(() => checkConformance(provinceBundles(), countyList())).toThrow(/一件事清单只能与一件事清单比较/);
    expect(() => checkConformance(countyList(), countyBundles())).toThrow(TypeError);
  });
});
