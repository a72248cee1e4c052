/** deriveImplementation: a valid, conforming draft by construction, with the locality's fields marked. */
import { describe, expect, it } from "vitest";
import { checkConformance } from "../../src/conformance/check-conformance.js";
import { deriveImplementation, todoOf } from "../../src/derive/derive-implementation.js";
import { validate } from "../../src/validate/validate.js";
import { readJson } from "../helpers/examples.js";

const AGENCY = { name: "苏州市姑苏区卫生健康委员会", creditCode: "11320508MB1H3K5E5P", nature: "1" } as const;
const province = () => readJson("examples/2-province-standard.json");

describe("deriveImplementation", () => {
  it("drafts every item allowed at the level, valid and conforming by construction", () => {
    const upper = province();
    const catalogue = deriveImplementation(upper, { region: { code: "320508000000" }, agency: AGENCY });
    const allowed = upper.items.filter((i: any) => i.levels.includes("4")).map((i: any) => i.basicCode);
    expect(catalogue.items.map((i) => i.basicCode)).toEqual(allowed);
    expect(catalogue.region).toEqual({ code: "320508000000", level: "4" });
    expect(catalogue.upper).toEqual({ regionCode: "320000000000", version: upper.version });
    for (const item of catalogue.items) {
      expect(item.implementationCode).toBe(`${AGENCY.creditCode}4${item.basicCode}`);
      expect(item.level).toBe("4");
      expect(item.agency).toEqual(AGENCY);
    }
    expect(validate(catalogue).issues).toEqual([]);
    expect(checkConformance(upper, catalogue).issues).toEqual([]);
  });

  it("marks the locality's fields as JSON Pointers in extensions.todo (todoOf reads them)", () => {
    const catalogue = deriveImplementation(province(), { region: { code: "320508019000" }, agency: AGENCY });
    const todo = todoOf(catalogue);
    expect(catalogue.items).toHaveLength(3);
    expect(todo).toHaveLength(3 * 4);
    expect(todo.slice(0, 4)).toEqual(["/items/0/location", "/items/0/hours", "/items/0/consultation", "/items/0/complaint"]);
    expect(catalogue.extensions).toEqual({ todo });
    expect(catalogue.items.every((i) => i.location === undefined)).toBe(true);
  });

  it("derives from an implementation list, keeping handling items and dropping the upper agency's fields", () => {
    const city = readJson("examples/3-city-suzhou.json");
    city.items[0].handlingItemCode = city.items[0].implementationCode + "02";
    const catalogue = deriveImplementation(city, { region: { code: "320508000000" }, agency: AGENCY });
    const first = catalogue.items[0]!;
    expect(first.handlingItemCode).toBe(`${AGENCY.creditCode}4${first.basicCode}02`);
    expect(first.location).toBeUndefined();
    expect(validate(catalogue).issues).toEqual([]);
    expect(checkConformance(city, catalogue).issues).toEqual([]);
  });

  it("does not change the upper document", () => {
    const upper = province();
    const before = JSON.stringify(upper);
    deriveImplementation(upper, { region: { code: "320508000000" }, agency: AGENCY });
    expect(JSON.stringify(upper)).toBe(before);
  });

  it.each([
    ["a basic catalogue", () => readJson("examples/1-province-basic.json"), { code: "320508000000" }, AGENCY, /上级目录须为标准化清单或实施清单/],
    ["a region outside the upper one", province, { code: "330106000000" }, AGENCY, /不在上级行政区划 320000000000 之内/],
    ["a level not below the upper one", province, { code: "320000000000" }, AGENCY, /不低于上级目录的层级/],
    ["a level the code does not imply", province, { code: "320508000000", level: "5" }, AGENCY, /的层级为 4，不是 5/],
    ["a credit code that fails its check", province, { code: "320508000000" }, { ...AGENCY, creditCode: "11320508MB1H3K5E5A" }, /实施机构统一社会信用代码 11320508MB1H3K5E5A 无效/],
  ] as const)("rejects %s with a TypeError", (_name, upper, region, agency, message) => {
    expect(() => deriveImplementation(upper(), { region: region as any, agency })).toThrow(message);
  });
});
