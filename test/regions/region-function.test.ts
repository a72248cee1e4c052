import { describe, expect, it } from "vitest";
import { region } from "../../src/regions/index.js";

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
