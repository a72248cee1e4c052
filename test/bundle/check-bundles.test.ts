/** checkBundles: each rule's triggering case with the whole issue, its near-misses, and the figures computed by hand. */
import { describe, expect, it } from "vitest";
import { checkBundles } from "../../src/bundle/index.js";
import { bundleList, cityList, countyList, X } from "./bundle-data.js";

const CODE = "320508-YJS-0001";
const lists = () => [countyList(), cityList()];

describe("checkBundles on the clean 开办餐饮店 bundle", () => {
  it("finds nothing: materials covered by replaces, by id, by normalised name and by 免提交; members across two lists", () => {
    const report = checkBundles(bundleList(), lists());
    expect(report.issues).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: 0, items: 1 });
  });

  it("computes the figures by hand", () => {
    // materials: 食品经营许可 X01 X02 X03 (X04 is 免提交, X05 optional) + 卫生许可 Y01 Y02 + 广告 Z01 Z02 = 7; the bundle asks for 4.
    // visits 1 + 1 + 0 = 2 → 1; time 10 + 5 + 5 = 20 → 15 working days; 3 departments → 1; 3 forms → 1.
    expect(checkBundles(bundleList(), lists()).bundles).toEqual([{
      code: CODE, name: "开办餐饮店", path: "/items/0", timeUnit: "working_day",
      metrics: {
        materials: { before: 7, after: 4 },
        visits: { before: 2, after: 1 },
        time: { before: 20, after: 15 },
        departments: { before: 3, after: 1 },
        forms: { before: 3, after: 1 },
      },
    }]);
  });
});

describe("bundle-member-unknown", () => {
  it("an implementation code in none of the lists is an error at the member", () => {
    const bundles = bundleList();
    bundles.items[0].members.push({ implementationCode: "11320508MB1H3K5E5P4000199999000" });
    expect(checkBundles(bundles, lists()).issues).toEqual([{
      rule: "bundle-member-unknown", severity: "error", path: "/items/0/members/3/implementationCode", itemCode: CODE,
      message: "组成事项 11320508MB1H3K5E5P4000199999000 不在所给的实施清单中",
    }]);
  });

  it("near-miss: a member found only in the second list is known", () => {
    expect(checkBundles(bundleList(), [countyList()]).issues.map((i) => i.rule)).toContain("bundle-member-unknown");
    expect(checkBundles(bundleList(), [cityList(), countyList()]).issues).toEqual([]);
  });
});

describe("bundle-material-uncovered", () => {
  it("a required material covered by nothing is an error naming the member and the material, with the material's place in its list", () => {
    const bundles = bundleList();
    bundles.items[0].materials.splice(1, 1); // 营业执照 (matched by id)
    const report = checkBundles(bundles, lists(), { locale: "en" });
    expect(report.issues).toEqual([{
      rule: "bundle-material-uncovered", severity: "error", path: "/items/0/members/0", itemCode: CODE,
      message: `required material "营业执照" of member ${X} "食品经营许可" is neither covered by the bundle's materials nor 免提交`,
      upperPath: "/items/0/materials/1", upper: 0,
    }]);
    expect(checkBundles(bundles, lists()).issues[0]!.message).toBe(`组成事项 ${X}「食品经营许可」的必要材料「营业执照」未被一件事的材料覆盖，也不可免提交`);
  });

  it("a member in the second list points into that list", () => {
    const bundles = bundleList();
    bundles.items[0].materials[3].replaces.pop(); // Z02 no longer replaced
    expect(checkBundles(bundles, lists()).issues.map(({ path, upper, upperPath }) => ({ path, upper, upperPath }))).toEqual([
      { path: "/items/0/members/2", upper: 1, upperPath: "/items/0/materials/1" },
    ]);
  });

  it("replaces must name the member: the right material id under another member's code covers nothing", () => {
    const bundles = bundleList();
    bundles.items[0].materials[3].replaces[0].implementationCode = X;
    expect(checkBundles(bundles, lists()).issues.map((i) => [i.rule, i.path])).toEqual([["bundle-material-uncovered", "/items/0/members/1"]]);
  });

  it("a name that differs beyond white space and full width does not cover", () => {
    const bundles = bundleList();
    bundles.items[0].materials[2].name = "食品安全管理制度文本";
    expect(checkBundles(bundles, lists()).issues.map((i) => i.rule)).toEqual(["bundle-material-uncovered"]);
  });

  it("near-misses: 免提交 and optional materials need no cover", () => {
    const county = countyList();
    county.items[0].materials[3].exemptible = false;
    expect(checkBundles(bundleList(), [county, cityList()]).issues.map((i) => i.message)).toEqual([
      `组成事项 ${X}「食品经营许可」的必要材料「从业人员健康证明」未被一件事的材料覆盖，也不可免提交`,
    ]);
  });

  it("a material only a situation the bundle does not reach requires needs no cover", () => {
    const bundles = bundleList();
    bundles.items[0].materials.splice(2, 1); // 食品安全管理制度, named only by situation S1
    expect(checkBundles(bundles, lists()).issues.map((i) => i.rule)).toEqual(["bundle-material-uncovered"]); // every situation reached
    bundles.items[0].situations = [{ id: "S2", name: "委托代办", materials: [] }];
    expect(checkBundles(bundles, lists()).issues).toEqual([]);
    bundles.items[0].situations = [{ id: "S1", name: "新办", materials: [] }];
    expect(checkBundles(bundles, lists()).issues.map((i) => i.rule)).toEqual(["bundle-material-uncovered"]);
  });
});

describe("bundle-time-exceeds-members", () => {
  it("a promise longer than the members' sum is an error with both figures", () => {
    const bundles = bundleList();
    bundles.items[0].timeLimit.promised.value = 21;
    expect(checkBundles(bundles, lists()).issues).toEqual([{
      rule: "bundle-time-exceeds-members", severity: "error", path: "/items/0/timeLimit/promised", itemCode: CODE,
      message: "一件事承诺办结时限 21 个工作日，超过组成事项之和 20 个工作日",
    }]);
    expect(checkBundles(bundles, lists(), { locale: "en" }).issues[0]!.message).toBe("the bundle promises 21 working days, more than its members' sum of 20 working days");
  });

  it("near-miss: exactly the sum is allowed", () => {
    const bundles = bundleList();
    bundles.items[0].timeLimit.promised.value = 20;
    expect(checkBundles(bundles, lists()).issues).toEqual([]);
  });

  it("members in mixed units are not summed: a warning says why, and the saving is unknown", () => {
    const city = cityList();
    city.items[0].timeLimit.promised.unit = "natural_day";
    const bundles = bundleList();
    bundles.items[0].timeLimit.promised.value = 100;
    const report = checkBundles(bundles, [countyList(), city]);
    expect(report.issues).toEqual([{
      rule: "bundle-time-units-mixed", severity: "warning", path: "/items/0/timeLimit/promised/unit", itemCode: CODE,
      message: "一件事与组成事项的承诺时限单位不一致（工作日、自然日），未比较时限",
    }]);
    expect(report.bundles[0]!.metrics.time).toEqual({ before: null, after: 100 });
  });

  it("a bundle promising in calendar days over members in working days is not compared either", () => {
    const bundles = bundleList();
    bundles.items[0].timeLimit.promised = { value: 100, unit: "natural_day" };
    const report = checkBundles(bundles, lists(), { locale: "en" });
    expect(report.issues.map((i) => [i.rule, i.message])).toEqual([
      ["bundle-time-units-mixed", "the bundle and its members promise in different units (calendar days, working days); the time is not compared"],
    ]);
    expect(report.bundles[0]!.metrics.time).toEqual({ before: null, after: 100 });
  });

  it("with a member unknown the sum is incomplete, so the time is not compared", () => {
    const bundles = bundleList();
    bundles.items[0].timeLimit.promised.value = 19;
    expect(checkBundles(bundles, [countyList()]).issues.map((i) => i.rule)).toEqual(["bundle-member-unknown"]);
  });
});

describe("bundle-visits-exceed-members", () => {
  it("more visits than the most any member asks is a warning", () => {
    const bundles = bundleList();
    bundles.items[0].visits = 2;
    expect(checkBundles(bundles, lists()).issues).toEqual([{
      rule: "bundle-visits-exceed-members", severity: "warning", path: "/items/0/visits", itemCode: CODE,
      message: "一件事到办事现场次数 2，多于组成事项的最多次数 1",
    }]);
  });

  it("near-miss: as many as the most demanding member (more than another) passes", () => {
    const city = cityList();
    city.items[0].visits = 0;
    expect(checkBundles(bundleList(), [countyList(), city]).issues).toEqual([]);
  });
});

describe("bundle-online-depth-below-members", () => {
  it("a depth below the lowest member's is a warning with both depths", () => {
    const bundles = bundleList();
    bundles.items[0].onlineDepth = 2;
    expect(checkBundles(bundles, lists(), { locale: "en" }).issues).toEqual([{
      rule: "bundle-online-depth-below-members", severity: "warning", path: "/items/0/onlineDepth", itemCode: CODE,
      message: "the bundle's online depth 2 Level II (online pre-review) is below its least online member's 3 Level III (online application)",
    }]);
  });

  it("near-miss: the lowest member's depth passes though others are deeper", () => {
    expect(checkBundles(bundleList(), lists()).issues).toEqual([]);
  });
});

describe("bad input", () => {
  it.each([
    ["no bundle list", () => checkBundles(countyList(), lists()), /checkBundles：第一个参数不是一件事清单/],
    ["lists not an array", () => checkBundles(bundleList(), countyList() as never), /checkBundles：第二个参数须为实施清单的数组/],
    ["a list of another kind", () => checkBundles(bundleList(), [countyList(), bundleList()]), /checkBundles：第 1 个实施清单不是实施清单/],
  ])("%s is a TypeError", (_name, call, text) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(text);
  });
});

describe("majors", () => {
  it("an implementation list of another major is refused with both majors named", () => {
    const bundles = { ...bundleList(), schemaVersion: "2.0" };
    const v1List = { ...countyList(), schemaVersion: "1.0" };
    expect(() => checkBundles(bundles, [v1List])).toThrow("checkBundles：一件事清单遵循 v2，第 0 个实施清单遵循 v1；请先将其迁移到 v2");
    expect(() => checkBundles(bundles, [v1List], { locale: "en" })).toThrow(
      expect.objectContaining({ name: "TypeError", message: "checkBundles: the bundle list follows v2 and implementation list 0 v1; migrate it to v2 first", messageId: "error.bundle.mixed-majors", messageParams: { major: "v2", index: 0, other: "v1" } }),
    );
    expect(checkBundles(bundles, [{ ...countyList(), schemaVersion: "2.1" }, cityList()]).summary.errors).toBe(0);
  });
});
