/** The comparison core over a chain: the nearest list carrying an item speaks for it, claim coverage with shadowed copies, skipped entries; whole issues in both locales. */
import { describe, expect, it } from "vitest";
import { checkChain } from "../../src/conformance/check-chain.js";
import { checkConformance } from "../../src/conformance/check-conformance.js";
import { whole } from "../helpers/whole-issue.js";
import { pair } from "./pair.js";

/** Province standard (two items, levels 3 and 4), the Suzhou city list derived from it, and a county copy of the city list. */
function chain(): any[] {
  const { upper, lower } = pair();
  const county = structuredClone(lower);
  county.region = { code: "320508000000", level: "4" };
  return [upper, lower, county];
}

const issues = (docs: any[]) => whole(checkChain(docs).issues, checkChain(docs, { locale: "en" }).issues);
const CITY_CODE_2 = "11320500MB1H2K9E533000175004000";

/** not-claimed for the province's 延期向社会开放档案审批 (its item 1), below `lower` at `level`. */
const unclaimed = (lower: number, upper: number, itemCode: string, level: "3 市级" | "4 县级") => ({
  rule: "not-claimed", severity: "info", path: "/items", itemCode, upperPath: "/items/1", lower, upper,
  message: {
    "zh-CN": `未认领上级事项 000175004000「延期向社会开放档案审批」（其行使层级包含本级 ${level}）`,
    en: `upper item 000175004000 "延期向社会开放档案审批" is not claimed, though its levels include ${level.replace("市级", "(City)").replace("县级", "(County)")}`,
  },
});

describe("compareWithAbove through checkChain", () => {
  it("near miss: the clean chain has nothing to report", () => {
    expect(issues(chain())).toEqual([]);
  });

  it("an item is compared with the nearest list that carries it, not also with the lists further up", () => {
    const docs = chain();
    docs[1].items[0].timeLimit.promised.value = 8;
    docs[2].items[0].timeLimit.promised.value = 12;
    expect(issues(docs)).toEqual([{
      rule: "promised-time-exceeds-upper", severity: "error", path: "/items/0/timeLimit/promised", itemCode: "11320500MB1H2K9E533000123018000",
      upperPath: "/items/0/timeLimit/promised", lower: 2, upper: 1,
      message: { "zh-CN": "承诺办结时限超过上级：上级 8个工作日，本级 12个工作日", en: "promised time limit exceeds the upper item's: upper 8 working day(s), lower 12 working day(s)" },
    }]);
  });

  it("an item the nearest list lacks is compared with the list above that carries it", () => {
    const docs = chain();
    docs[1].items.splice(1, 1);
    docs[2].items[1].visits = 2;
    expect(issues(docs)).toEqual([
      unclaimed(1, 0, "000175004000", "3 市级"),
      {
        rule: "visits-increased", severity: "error", path: "/items/1/visits", itemCode: CITY_CODE_2, upperPath: "/items/1/visits", lower: 2, upper: 0,
        message: { "zh-CN": "到办事现场次数增加：上级 1 次，本级 2 次", en: "more visits in person: upper 1, lower 2" },
      },
    ]);
  });

  it("an upper item the lower list leaves out is reported once, by the nearest list that carries it (the older copy further up is shadowed)", () => {
    const docs = chain();
    docs[2].items.splice(1, 1);
    expect(issues(docs)).toEqual([unclaimed(2, 1, CITY_CODE_2, "4 县级")]);
  });

  it("an item no list between carries is claimed against the list that does, at each level that leaves it out", () => {
    const docs = chain();
    docs[1].items.splice(1, 1);
    docs[2].items.splice(1, 1);
    expect(issues(docs)).toEqual([unclaimed(1, 0, "000175004000", "3 市级"), unclaimed(2, 0, "000175004000", "4 县级")]);
  });

  it("entries that are no object are skipped on both sides; the others keep their indexes", () => {
    const docs = chain();
    docs[2].items.splice(1, 1);
    docs[2].items.unshift(null);
    docs[1].items.unshift("no item");
    docs[2].items[1].visits = 2;
    expect(issues(docs)).toEqual([
      {
        rule: "visits-increased", severity: "error", path: "/items/1/visits", itemCode: "11320500MB1H2K9E533000123018000", upperPath: "/items/1/visits", lower: 2, upper: 1,
        message: { "zh-CN": "到办事现场次数增加：上级 1 次，本级 2 次", en: "more visits in person: upper 1, lower 2" },
      },
      { ...unclaimed(2, 1, CITY_CODE_2, "4 县级"), upperPath: "/items/2" },
    ]);
  });

  it("a lower list without a level claims nothing", () => {
    const docs = chain();
    docs[2].items.splice(1, 1);
    delete docs[2].region.level;
    expect(issues(docs).map((i) => i.rule)).not.toContain("not-claimed");
  });

  it("summary.items counts the items of every lower list; a list whose items are no array counts none", () => {
    const docs = chain();
    docs[1].items.push(null);
    expect(checkChain(docs).summary).toEqual({ errors: 0, warnings: 0, infos: 0, items: 5 });
    docs[2].items = { 0: docs[2].items[0] };
    expect(checkChain(docs).summary.items).toBe(3);
    expect(checkChain(docs.slice(0, 2)).summary.items).toBe(3);
  });

  it("an upper handling item is unclaimed when the lower list carries only another handling item of its code (the lower list shadows nothing)", () => {
    const { upper, lower } = pair();
    const first = upper.items[0];
    const second = structuredClone(first);
    first.handlingItemCode = "11320000MB0A1B2C3D2000123018000" + "01";
    second.handlingItemCode = "11320000MB0A1B2C3D2000123018000" + "02";
    upper.items.splice(1, 0, second);
    lower.items[0].handlingItemCode = lower.items[0].implementationCode + "02";
    expect(whole(checkConformance(upper, lower).issues, checkConformance(upper, lower, { locale: "en" }).issues)).toEqual([{
      rule: "not-claimed", severity: "info", path: "/items", itemCode: "000123018000", upperPath: "/items/0",
      message: { "zh-CN": "未认领上级事项 000123018000「饮用水供水单位卫生许可」（其行使层级包含本级 3 市级）", en: 'upper item 000123018000 "饮用水供水单位卫生许可" is not claimed, though its levels include 3 (City)' },
    }]);
  });
});
