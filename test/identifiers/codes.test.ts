import { describe, expect, it } from "vitest";
import { isWithinRegion, levelOfRegion, parseBasicCode, parseImplementationCode, parseRegionCode } from "../../src/index.js";

describe("parseRegionCode", () => {
  it.each([
    ["000000000000", "1", []],
    ["320000000000", "2", ["000000000000"]],
    ["320500000000", "3", ["000000000000", "320000000000"]],
    ["320508000000", "4", ["000000000000", "320000000000", "320500000000"]],
    ["320508019000", "5", ["000000000000", "320000000000", "320500000000", "320508000000"]],
    ["320508019044", "6", ["000000000000", "320000000000", "320500000000", "320508000000", "320508019000"]],
  ])("%s is level %s with its parent chain", (code, level, parents) => {
    expect(parseRegionCode(code)).toEqual({ valid: true, input: code, code, level, parents });
  });

  it("accepts a 6-digit GB/T 2260 code and pads it", () => {
    expect(parseRegionCode("440300")).toMatchObject({ valid: true, code: "440300000000", level: "3" });
  });

  it("keeps only distinct parents for a province-governed county (prefecture segment 90)", () => {
    expect(parseRegionCode("429004000000").parents).toEqual(["000000000000", "420000000000", "429000000000"]);
  });

  it("accepts a township of a city without counties (county segment 00)", () => {
    expect(parseRegionCode("441900003000")).toMatchObject({ valid: true, level: "5" });
  });

  it.each(["320500000001", "001100000000", "320008000000"])("rejects %s, a segment below a zero segment", (code) => {
    expect(parseRegionCode(code)).toEqual({ valid: false, reason: "structure", input: code, code, parents: [] });
  });

  it.each(["32050", "3205080190441", "32050801904a", ""])("rejects %j", (code) => {
    expect(parseRegionCode(code)).toEqual({ valid: false, reason: "format", input: code, code, parents: [] });
  });

  it("tells whether one region lies inside another", () => {
    expect(isWithinRegion("320508019044", "320500000000")).toBe(true);
    expect(isWithinRegion("320508019044", "000000000000")).toBe(true);
    expect(isWithinRegion("330100000000", "320000000000")).toBe(false);
    expect(levelOfRegion("320508019044")).toBe("6");
  });
});

describe("parseBasicCode", () => {
  it("splits a real Liaoning code into issuer, type, department, main and sub", () => {
    expect(parseBasicCode("210973001000")).toEqual({ valid: true, code: "210973001000", issuer: "21", type: "09", department: "73", main: "001", sub: "000" });
  });
  it("rejects a 10-character GB/T 39046 style code", () => {
    expect(parseBasicCode("XK00101001")).toMatchObject({ valid: false, reason: "format" });
  });
  it.each(["1210973001000", "2109730010001"])("rejects 13 digits (%s), whichever end has the extra one", (code) => {
    expect(parseBasicCode(code)).toEqual({ valid: false, reason: "format", code });
  });
});

describe("parseImplementationCode", () => {
  it("splits a 31-character code (Shenzhen, level 4)", () => {
    expect(parseImplementationCode("11440300MB2D0722464440127028001")).toMatchObject({
      valid: true, creditCode: "11440300MB2D072246", level: "4", basicCode: "440127028001",
    });
  });
  it("splits a 33-character handling-item code", () => {
    expect(parseImplementationCode("11370800MB28559184337011505600001")).toMatchObject({
      valid: true, implementationCode: "11370800MB285591843370115056000", handlingItem: "01",
    });
  });
  it("flags an embedded credit code that fails its check (Epoint anomaly)", () => {
    expect(parseImplementationCode("11370500004311394A3370310004812")).toMatchObject({ valid: false, reason: "credit-code" });
  });
  it.each(["X11440300MB2D0722464440127028001", "11440300MB2D07224644401270280011", "1144030MB2D0722464440127028001"])("rejects %s: 31 or 33 characters, nothing around them", (code) => {
    expect(parseImplementationCode(code)).toEqual({ valid: false, reason: "format", code });
  });
  it("rejects a level digit outside 1–6", () => {
    expect(parseImplementationCode("11370800MB285591847370115056000")).toMatchObject({ valid: false, reason: "format" });
  });
});
