/**
 * SourceMap: each value of an imported catalogue traced back to its cell, by the longest recorded prefix of its pointer;
 * a row's values by the column letters its table shares; `locate` places a validation finding there.
 */
import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/report/issue.js";
import { SourceMap } from "../../src/spreadsheet/source-map.js";

const columns = new Map([["/name", "B"], ["/timeLimit/promised", "K"], ["/timeLimit/promised/unit", "L"]]);

/** A map with a header cell, a cell of the catalogue root, and item 0 read from row 2 of 事项 (in a file). */
function sources(): SourceMap {
  const map = new SourceMap();
  map.set("/region/code", { sheet: "目录信息", row: 2, column: "B" });
  map.setRow("/items/0", { sheet: "事项", row: 2, file: "事项.csv" }, columns);
  map.setRow("/items/1", { sheet: "事项", row: 3 }, new Map());
  return map;
}

describe("SourceMap.find", () => {
  it("a cell set for a pointer answers it and every pointer below it; a pointer above or beside it has none", () => {
    const map = sources();
    expect(map.find("/region/code")).toEqual({ sheet: "目录信息", row: 2, column: "B" });
    expect(map.find("/region/code/0")).toEqual({ sheet: "目录信息", row: 2, column: "B" });
    expect(map.find("/region")).toBeUndefined();
    expect(map.find("/region/level")).toBeUndefined();
    expect(map.find("")).toBeUndefined();
    expect(map.find("/items")).toBeUndefined();
  });

  it("a row's value is at its column: the longest column path that prefixes it, else the row", () => {
    const map = sources();
    expect(map.find("/items/0/name")).toEqual({ sheet: "事项", row: 2, file: "事项.csv", column: "B" });
    expect(map.find("/items/0/timeLimit/promised/value")).toEqual({ sheet: "事项", row: 2, file: "事项.csv", column: "K" });
    expect(map.find("/items/0/timeLimit/promised/unit")).toEqual({ sheet: "事项", row: 2, file: "事项.csv", column: "L" });
    // Near misses: a path that only starts like a column's ("/names"), the record itself, a value of no column.
    expect(map.find("/items/0/names")).toEqual({ sheet: "事项", row: 2, file: "事项.csv" });
    expect(map.find("/items/0")).toEqual({ sheet: "事项", row: 2, file: "事项.csv" });
    expect(map.find("/items/0/timeLimit")).toEqual({ sheet: "事项", row: 2, file: "事项.csv" });
    expect(map.find("/items/1/name")).toEqual({ sheet: "事项", row: 3 });
    expect(map.find("/items/10/name")).toBeUndefined();
  });

  it("the root recorded answers every pointer; set replaces a row with a cell", () => {
    const map = sources();
    map.set("", { sheet: "目录信息" });
    expect(map.find("/title")).toEqual({ sheet: "目录信息" });
    expect(map.find("")).toEqual({ sheet: "目录信息" });
    map.set("/items/0", { sheet: "事项", row: 9, column: "C" });
    expect(map.find("/items/0/name")).toEqual({ sheet: "事项", row: 9, column: "C" });
  });
});

describe("SourceMap.locate", () => {
  const finding = (path: string, more: Partial<Issue> = {}): Issue => ({ rule: "schema", severity: "error", path, message: "m", ...more });

  it("adds the file, row, sheet and column of the finding's cell, keeping everything else", () => {
    const map = sources();
    expect(map.locate(finding("/items/0/timeLimit/promised/value", { itemCode: "c", keyword: "type" }))).toStrictEqual({
      rule: "schema", severity: "error", path: "/items/0/timeLimit/promised/value", message: "m", itemCode: "c", keyword: "type",
      file: "事项.csv", line: 2, sheet: "事项", column: "K",
    });
    expect(map.locate(finding("/region/code"))).toStrictEqual({ rule: "schema", severity: "error", path: "/region/code", message: "m", line: 2, sheet: "目录信息", column: "B" });
    // A row without a column, a sheet without a row: only what is known.
    expect(map.locate(finding("/items/1/x"))).toStrictEqual({ rule: "schema", severity: "error", path: "/items/1/x", message: "m", line: 3, sheet: "事项" });
    map.set("/title", { sheet: "目录信息" });
    expect(map.locate(finding("/title"))).toStrictEqual({ rule: "schema", severity: "error", path: "/title", message: "m", sheet: "目录信息" });
  });

  it("leaves a finding that has a sheet, or whose path has no cell, as it is", () => {
    const map = sources();
    const placed = finding("/items/0/name", { sheet: "申请材料", line: 7 });
    expect(map.locate(placed)).toBe(placed);
    const nowhere = finding("/publisher/name");
    expect(map.locate(nowhere)).toBe(nowhere);
  });
});
