/** How a citation is named in a finding: law name and article, or, with neither, the fields it holds. */
import { describe, expect, it } from "vitest";
import { citationLabel } from "../../src/conformance/normalize.js";

describe("citationLabel", () => {
  it("names a citation by law name and article, as written", () => {
    expect(citationLabel({ lawName: "《传染病防治法》", article: "第二十九条" })).toBe("《传染病防治法》第二十九条");
    expect(citationLabel({ lawName: "《传染病防治法》" })).toBe("《传染病防治法》");
    expect(citationLabel({ article: "第七条" })).toBe("第七条");
  });

  it("names one with neither by its fields, the first four, so a finding never names nothing", () => {
    expect(citationLabel({})).toBe("{}");
    expect(citationLabel({ lawName: "", article: "" })).toBe("{lawName, article}");
    expect(citationLabel({ a: 1, b: 2, c: 3, d: 4 })).toBe("{a, b, c, d}");
    expect(citationLabel({ a: 1, b: 2, c: 3, d: 4, e: 5 })).toBe("{a, b, c, d, …}");
  });
});
