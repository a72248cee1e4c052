import { describe, expect, it } from "vitest";
import { findRegions, region } from "../../src/regions/index.js";

describe("region(code)", () => {
  it("gives the name, level and parent chain of a village code", async () => {
    const village = await region("320508019044");
    expect(village).toMatchObject({ code: "320508019044", name: "养育巷社区居委会", level: "6", parentCode: "320508019000" });
    expect(village!.parents.map((p) => [p.code, p.name, p.level])).toEqual([
      ["320000000000", "江苏省", "2"],
      ["320500000000", "苏州市", "3"],
      ["320508000000", "姑苏区", "4"],
      ["320508019000", "金阊街道", "5"],
    ]);
  });

  it("is undefined for an unknown or malformed code", async () => {
    expect(await region("329900000000")).toBeUndefined();
    expect(await region("32x")).toBeUndefined();
  });
});

describe("findRegions(name)", () => {
  it("finds a street office by its exact name, with its parent chain", async () => {
    const found = await findRegions("张庄路街道");
    expect(found.map((r) => [r.code, r.name, r.level, r.match])).toEqual([["370104010000", "张庄路街道", "5", "exact"]]);
    expect(found[0]!.parents.map((p) => [p.code, p.name])).toEqual([
      ["370000000000", "山东省"],
      ["370100000000", "济南市"],
      ["370104000000", "槐荫区"],
    ]);
  });

  it("lists exact matches before prefix matches, each in code order", async () => {
    const found = await findRegions("灵山");
    const exact = found.filter((r) => r.match === "exact");
    const prefix = found.filter((r) => r.match === "prefix");
    expect(found).toEqual([...exact, ...prefix]);
    expect(prefix.map((r) => r.code)).toEqual(prefix.map((r) => r.code).sort());
    expect(prefix.some((r) => r.code === "450721000000" && r.name === "灵山县")).toBe(true);
    expect(found.every((r) => r.name.startsWith("灵山"))).toBe(true);
  });

  it("matches a name that ends in a packed suffix symbol (社区居委会) and its prefix alike", async () => {
    expect((await findRegions("养育巷社区居委会")).filter((r) => r.match === "exact").map((r) => r.code)).toContain("320508019044");
    expect((await findRegions("养育巷社区")).map((r) => r.code)).toContain("320508019044");
  });

  it("finds nothing for an unknown or empty name (near misses)", async () => {
    expect(await findRegions("不存在的街道名称")).toEqual([]);
    expect(await findRegions("  ")).toEqual([]);
    expect((await findRegions("张庄路街道办")).length).toBe(0);
  });
});
