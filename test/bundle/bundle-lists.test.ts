/** compareBundleLists case by case: which rules compare a bundle pair, the first upper bundle of a code, skipped entries, chains; whole issues in both locales. */
import { describe, expect, it } from "vitest";
import { checkChain, checkConformance } from "../../src/conformance/index.js";
import type { RegionRegistry } from "../../src/regions/region-registry.js";
import { whole } from "../helpers/whole-issue.js";
import { bundleList } from "./bundle-data.js";

const CODE = "320508-YJS-0001";
/** The bundle list of a region, with the first two members only (the same at every level: no member added). */
function at(code: string, level: string): any {
  const list = bundleList();
  list.region = { code, level };
  list.items[0].members.pop();
  return list;
}
const province = () => at("320000000000", "2");
const county = () => at("320508000000", "4");
const issues = (upper: unknown, lower: unknown) => whole(checkConformance(upper, lower).issues, checkConformance(upper, lower, { locale: "en" }).issues);

describe("compareBundleLists", () => {
  it("near miss: the same bundle at two levels has nothing to report", () => {
    expect(issues(province(), county())).toEqual([]);
  });

  it("only the rules that read what a bundle has compare a pair: type, statutory time, fees, legal basis and levels are not compared", () => {
    const upper = province();
    const lower = county();
    Object.assign(upper.items[0], { type: "01", levels: ["2"], legalBasis: [{ lawName: "《甲法》", article: "第一条" }], fees: { charged: false, items: [] } });
    Object.assign(lower.items[0], { type: "20", levels: ["2", "4"], legalBasis: [{ lawName: "《乙法》", article: "第一条" }], fees: { charged: true, items: [{ name: "工本费", standard: "5元", amount: 5 }] } });
    upper.items[0].timeLimit.statutory = { value: 20, unit: "working_day" };
    lower.items[0].timeLimit.statutory = { value: 30, unit: "working_day" };
    expect(issues(upper, lower)).toEqual([]);
    // The rule that does apply, on the same pair.
    lower.items[0].name = "开办餐馆";
    expect(issues(upper, lower)).toEqual([{
      rule: "name-mismatch", severity: "error", path: "/items/0/name", itemCode: CODE, upperPath: "/items/0/name",
      message: { "zh-CN": "事项名称与上级不一致：上级「开办餐饮店」，本级「开办餐馆」", en: 'item name differs from the upper item: upper "开办餐饮店", lower "开办餐馆"' },
    }]);
  });

  it("a lower bundle is compared with the first upper bundle of its code; entries that are no object or carry no text code are skipped, the others keep their indexes", () => {
    const upper = province();
    const second = structuredClone(upper.items[0]);
    second.timeLimit.promised.value = 20;
    upper.items[0].timeLimit.promised.value = 12;
    upper.items.unshift(null, { name: "无编码" });
    upper.items.push(second);
    const lower = county();
    lower.items[0].timeLimit.promised.value = 16;
    lower.items.unshift("一件事", { ...structuredClone(lower.items[0]), code: 7 });
    expect(issues(upper, lower)).toEqual([{
      rule: "promised-time-exceeds-upper", severity: "error", path: "/items/2/timeLimit/promised", itemCode: CODE, upperPath: "/items/2/timeLimit/promised",
      message: { "zh-CN": "承诺办结时限超过上级：上级 12个工作日，本级 16个工作日", en: "promised time limit exceeds the upper item's: upper 12 working day(s), lower 16 working day(s)" },
    }]);
  });

  it("near miss: lists whose items are no array compare only their headers", () => {
    const upper = province();
    const lower = county();
    upper.items = { 0: upper.items[0] };
    lower.items[0].visits = 3;
    expect(issues(upper, lower)).toEqual([]);
  });

  it("a chain names the list each bundle was compared with", () => {
    const city = at("320500000000", "3");
    city.items[0].visits = 0;
    const chain = [province(), city, county()];
    expect(whole(checkChain(chain).issues, checkChain(chain, { locale: "en" }).issues)).toEqual([{
      rule: "visits-increased", severity: "error", path: "/items/0/visits", itemCode: CODE, upperPath: "/items/0/visits", lower: 2, upper: 1,
      message: { "zh-CN": "到办事现场次数增加：上级 0 次，本级 1 次", en: "more visits in person: upper 0, lower 1" },
    }]);
  });

  it("the headers are compared as in an item list, with their paths above and below", () => {
    expect(issues(county(), province())).toEqual([
      { rule: "level-order", severity: "error", path: "/region/level", upperPath: "/region/level",
        message: { "zh-CN": "本级层级 2 省级 不低于上级层级 4 县级", en: "level 2 (Province) is not below the upper level 4 (County)" } },
      { rule: "region-not-within-upper", severity: "error", path: "/region/code", upperPath: "/region/code",
        message: { "zh-CN": "本级区划 320000000000 不在上级区划 320508000000 之内", en: "region 320000000000 does not lie inside the upper region 320508000000" } },
    ]);
  });

  it("the headers are compared with the region registry when one is given", () => {
    const registry: RegionRegistry = {
      region: (code) => (code === "320581000000" ? { code, name: "常熟市", level: "4" } : undefined),
      parents: (code) => (code === "320581000000" ? [{ code: "330000000000", name: "浙江省", level: "2" }] : []),
    };
    const lower = at("320581000000", "4");
    expect(checkConformance(province(), lower).issues).toEqual([]);
    expect(whole(checkConformance(province(), lower, { registry }).issues, checkConformance(province(), lower, { registry, locale: "en" }).issues)).toEqual([
      { rule: "region-not-within-upper", severity: "error", path: "/region/code", upperPath: "/region/code",
        message: { "zh-CN": "本级区划 320581000000 不在上级区划 320000000000 之内", en: "region 320581000000 does not lie inside the upper region 320000000000" } },
    ]);
  });
});
