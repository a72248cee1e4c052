/** Crosswalks: platform code variants translated on import, originals kept, ambiguity never guessed. */
import { describe, expect, it } from "vitest";
import { allCodeSets } from "../../src/codes/code-sets.js";
import { CROSSWALKS } from "../../src/crosswalks/tables.js";
import { readCode } from "../../src/crosswalks/read-code.js";
import { catalogueFromRows } from "../../src/spreadsheet/catalogue-from-rows.js";
import { exampleSheets, setCell } from "./sheets.js";

const set = (id: string) => allCodeSets.find((s) => s.id === id)! as any;

describe("readCode", () => {
  it("reads the standard's codes as before, and names the tables that would read them otherwise", () => {
    expect(readCode(set("service-object"), "1")).toEqual({ code: "1", alternatives: [] });
    const five = readCode(set("service-object"), "5")!;
    expect([five.code, five.crosswalk, five.alternatives.map((c) => c.id)]).toEqual(["5", undefined, ["platform-service-object"]]);
  });

  it("translates a value only one table knows, and a named table wins over the standard", () => {
    const nine = readCode(set("service-object"), "9")!;
    expect([nine.code, nine.crosswalk?.id]).toEqual(["6", "platform-service-object"]);
    const named = readCode(set("service-object"), "6", ["platform-service-object"])!;
    expect([named.code, named.crosswalk?.id]).toEqual(["5", "platform-service-object"]);
    expect(readCode(set("item-type"), "xk")!.code).toBe("01");
    // A table that renumbers the standard's codes applies only when named.
    expect(readCode(set("item-type"), "02")).toEqual({ code: "02", alternatives: [] });
    expect(readCode(set("item-type"), "02", ["zhejiang-qlkind"])!.code).toBe("03");
  });

  it("does not guess between tables that disagree", () => {
    const unit = readCode(set("time-unit"), "1")!;
    expect(unit.code).toBeUndefined();
    expect(unit.alternatives.map((c) => c.id).sort()).toEqual(["guangxi-time-unit", "national-time-unit"]);
    expect(readCode(set("time-unit"), "1", ["guangxi-time-unit"])!.code).toBe("working_day");
    expect(readCode(set("time-unit"), "9")).toBeUndefined();
  });

  it("every table translates into codes of its code set and cites a source", () => {
    for (const crosswalk of CROSSWALKS) {
      const codes = set(crosswalk.codeSet).entries.map((e: { code: string }) => e.code);
      expect(Object.values(crosswalk.map).filter((c) => !codes.includes(c)), crosswalk.id).toEqual([]);
      expect(crosswalk.source.length, crosswalk.id).toBeGreaterThan(10);
    }
  });
});

describe("crosswalks on import", () => {
  it("translates platform codes, keeps the originals under extensions.原值 and counts each table once", () => {
    const sheets = exampleSheets();
    setCell(sheets, "事项", "服务对象", 2, "1,9");
    setCell(sheets, "申请材料", "材料必要性", 2, "10");
    const { catalogue, report } = catalogueFromRows(sheets);
    const item = (catalogue.items as any[])[0];
    expect(item.serviceObjects).toEqual(["1", "6"]);
    expect(item.materials[0].necessity).toBe("required");
    expect(item.extensions.原值).toEqual({ serviceObjects: "9", "materials/0/necessity": "10" });
    expect(report.issues.map((i) => [i.rule, i.severity])).toEqual([["crosswalk-applied", "info"], ["crosswalk-applied", "info"]]);
    expect(report.issues[0]!.message).toMatch(/^按代码对照表 platform-service-object（服务对象（平台代码.*）翻译了 1 个值（9→6），原值保存在各事项的扩展字段“原值”中；来源：/);
  });

  it("an ambiguous time-unit code is an error without --crosswalk and read with it", () => {
    const sheets = exampleSheets();
    setCell(sheets, "事项", "承诺办结时限单位", 2, "1");
    const plain = catalogueFromRows(sheets).report.issues.filter((i) => i.rule === "code-ambiguous");
    expect(plain).toEqual([expect.objectContaining({ severity: "error", path: "/items/0/timeLimit/promised/unit", sheet: "事项", line: 2 })]);
    expect(plain[0]!.message).toContain("请用 --crosswalk 指明所用的代码集");
    const named = catalogueFromRows(sheets, { crosswalks: ["guangxi-time-unit"] });
    expect((named.catalogue.items as any[])[0].timeLimit.promised.unit).toBe("working_day");
    expect(named.report.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("a standard code another table reads otherwise is kept, with a warning (near miss: no warning for 1)", () => {
    const sheets = exampleSheets();
    setCell(sheets, "事项", "服务对象", 2, "1、5");
    const { catalogue, report } = catalogueFromRows(sheets);
    expect((catalogue.items as any[])[0].serviceObjects).toEqual(["1", "5"]);
    expect(report.issues).toEqual([expect.objectContaining({ rule: "code-ambiguous-standard", severity: "warning", path: "/items/0/serviceObjects" })]);
  });
});
