/**
 * sheetFromRecords: a JSON array of flat records read as a sheet, whole: headers in first-seen order, every kind
 * of value as its cell, the row limit with its near miss, the file name, and each refused maxRows worded.
 */
import { describe, expect, it } from "vitest";
import { isRecord, sheetFromRecords } from "../../src/spreadsheet/json-records.js";

describe("sheetFromRecords", () => {
  it("headers in the order keys first appear; each record a row; scalars as they are, lists of scalars joined, the rest as JSON", () => {
    const sheet = sheetFromRecords([
      { 名称: "甲", 编码: 1, 可办: true },
      { 层级: ["省级", null, 3, false], 名称: "乙", 其他: [{ a: 1 }], 空: null, 无: undefined },
      { 对象: { 类型: "企业" }, 空表: [] },
    ]);
    expect(sheet).toEqual({
      name: "事项",
      rows: [
        ["名称", "编码", "可办", "层级", "其他", "空", "无", "对象", "空表"],
        ["甲", 1, true, undefined, undefined, undefined, undefined, undefined, undefined],
        ["乙", undefined, undefined, "省级、3、false", '[{"a":1}]', undefined, undefined, undefined, undefined],
        [undefined, undefined, undefined, undefined, undefined, undefined, undefined, '{"类型":"企业"}', ""],
      ],
    });
    // A list that holds a list is JSON too (near miss of a list of scalars).
    expect(sheetFromRecords([{ a: [1, [2]] }]).rows[1]).toEqual(["[1,[2]]"]);
  });

  it("names the sheet and its file when given; an empty file name is none", () => {
    expect(sheetFromRecords([{ a: 1 }], "材料", { file: "items.json" })).toEqual({ name: "材料", rows: [["a"], [1]], file: "items.json" });
    expect(sheetFromRecords([{ a: 1 }], "材料", { file: "" })).toEqual({ name: "材料", rows: [["a"], [1]] });
    expect(sheetFromRecords([])).toEqual({ name: "事项", rows: [[]] });
  });

  it("stops after maxRows records and says where (headers from every record); exactly maxRows is no truncation", () => {
    const records = [{ a: 1 }, { a: 2 }, { b: 3 }];
    expect(sheetFromRecords(records, "事项", { maxRows: 2 })).toEqual({ name: "事项", rows: [["a", "b"], [1, undefined], [2, undefined]], truncatedAt: 4, rowLimit: 2 });
    expect(sheetFromRecords(records, "事项", { maxRows: 3 })).toEqual({ name: "事项", rows: [["a", "b"], [1, undefined], [2, undefined], [undefined, 3]] });
    expect(sheetFromRecords(records, "事项", { maxRows: 1 })).toMatchObject({ truncatedAt: 3, rowLimit: 1 });
  });

  it("a maxRows that is no positive whole number is a worded TypeError naming the value", () => {
    const thrown = (maxRows: unknown) => {
      try {
        sheetFromRecords([{ a: 1 }], "事项", { maxRows: maxRows as number });
      } catch (error) {
        const e = error as TypeError & { messageId: string; messageParams: object };
        return [e.name, e.messageId, e.messageParams];
      }
      return undefined;
    };
    for (const [value, shown] of [[0, "0"], [-2, "-2"], [1.5, "1.5"], [Number.NaN, "NaN"], ["2", "2"], [[2], "[2]"], [{ n: 2 }, '{"n":2}']] as const) {
      expect(thrown(value), String(value)).toEqual(["TypeError", "error.argument.records-max-rows", { value: shown }]);
    }
    // Near misses: Infinity (and null, read as not given) mean no limit; 1 is the smallest limit.
    expect(thrown(null)).toBeUndefined();
    expect(thrown(Infinity)).toBeUndefined();
    expect(thrown(1)).toBeUndefined();
  });

  it("isRecord: plain objects only", () => {
    expect([{}, { a: 1 }, [], null, "x", 1, undefined].map(isRecord)).toEqual([true, true, false, false, false, false, false]);
  });
});
