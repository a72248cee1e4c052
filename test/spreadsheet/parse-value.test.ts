/**
 * What a cell means: parseValue and readCell on each kind of cell, compared whole (value, unit,
 * warning, translations or the problem with all its parameters), each with the near miss that must read.
 */
import { describe, expect, it } from "vitest";
import { itemTypes, levels, media, serviceObjects } from "../../src/codes/code-sets.js";
import { guardFormula, unguardFormula } from "../../src/spreadsheet/formula-guard.js";
import { parseValue } from "../../src/spreadsheet/parse-value.js";
import { readCell, type PlainCell } from "../../src/spreadsheet/read-cell.js";

const text = (t: string): PlainCell => ({ kind: "text", text: t });
const number = (value: number): PlainCell => ({ kind: "number", value });
const bool = (value: boolean): PlainCell => ({ kind: "boolean", value });
const date = (iso: string): PlainCell => ({ kind: "date", value: new Date(`${iso}T00:00:00Z`) });
const unreadable = (value: string, expected: string, allowed = "") => ({ ok: false, problem: { rule: "cell-unreadable", params: { value, expected, allowed } } });

describe("parseValue", () => {
  it("a date where no date belongs is cell-date with the day; a date column takes it", () => {
    expect(parseValue(date("2024-01-02"), { type: "text" })).toEqual({ ok: false, problem: { rule: "cell-date", params: { value: "2024-01-02" } } });
    expect(parseValue(date("2024-01-02"), { type: "date" })).toEqual({ ok: true, value: "2024-01-02" });
  });

  it("text: text and numbers as typed; a 是/否 checkbox is no text", () => {
    expect(parseValue(text(" 某许可 "), { type: "text" })).toEqual({ ok: true, value: " 某许可 " });
    expect(parseValue(number(12.5), { type: "text" })).toEqual({ ok: true, value: "12.5" });
    expect(parseValue(bool(true), { type: "text" })).toEqual(unreadable("true", "text"));
  });

  it("code: text without spaces and in half width; a number gets its zeros back with a warning", () => {
    expect(parseValue(text(" ０００１ 23 "), { type: "code", digits: 12 })).toEqual({ ok: true, value: "000123" });
    expect(parseValue(number(123018000), { type: "code", digits: 12 })).toEqual({ ok: true, value: "000123018000", warning: { rule: "cell-code-stored-as-number", params: { value: "123018000", code: "000123018000" } } });
    // Near misses: as wide as the code, or a code without a fixed width, keeps its digits.
    expect(parseValue(number(123456789012), { type: "code", digits: 12 })).toEqual({ ok: true, value: "123456789012", warning: { rule: "cell-code-stored-as-number", params: { value: "123456789012", code: "123456789012" } } });
    expect(parseValue(number(42), { type: "code" })).toEqual({ ok: true, value: "42", warning: { rule: "cell-code-stored-as-number", params: { value: "42", code: "42" } } });
    expect(parseValue(number(0), { type: "code", digits: 3 })).toEqual({ ok: true, value: "000", warning: { rule: "cell-code-stored-as-number", params: { value: "0", code: "000" } } });
  });

  it("code: a number that lost digits, a fraction or a negative number is cell-number-as-code", () => {
    for (const [value, shown] of [[113205081234567890, "113205081234567890"], [12.5, "12.5"], [-1, "-1"]] as const) {
      expect(parseValue(number(value), { type: "code", digits: 18 }), shown).toEqual({ ok: false, problem: { rule: "cell-number-as-code", params: { value: shown } } });
    }
  });

  it("enum: a label, a code or a translated code; an unknown label names the allowed ones", () => {
    expect(parseValue(text("行政许可"), { type: "enum", set: itemTypes })).toEqual({ ok: true, value: "01" });
    expect(parseValue(number(1), { type: "enum", set: itemTypes })).toEqual({ ok: true, value: "01" });
    expect(parseValue(text("xk"), { type: "enum", set: itemTypes })).toEqual({ ok: true, value: "01", translations: [{ from: "xk", to: "01", crosswalk: "type-letters" }] });
    expect(parseValue(text("乡"), { type: "enum", set: levels })).toEqual(unreadable("乡", "enum", "国家级、省级、市级、县级、乡镇（街道）级、村（社区）级"));
    // One value, never split: a label with a list separator in it is one label.
    expect(parseValue(text("纸质/电子"), { type: "enum", set: media })).toEqual({ ok: true, value: "paper_and_electronic" });
  });

  it("enums: each part read, the first warning kept, translations listed; one bad part fails the cell", () => {
    expect(parseValue(text("省级、市级"), { type: "enums", set: levels })).toEqual({ ok: true, value: ["2", "3"] });
    expect(parseValue(text("1、5、9"), { type: "enums", set: serviceObjects })).toEqual({
      ok: true,
      value: ["1", "5", "6"],
      warning: { rule: "code-ambiguous-standard", params: { value: "5", crosswalks: "platform-service-object" } },
      translations: [{ from: "9", to: "6", crosswalk: "platform-service-object" }],
    });
    expect(parseValue(text("省级、乡"), { type: "enums", set: levels })).toEqual(unreadable("乡", "enum", "国家级、省级、市级、县级、乡镇（街道）级、村（社区）级"));
    // A value the named crosswalk reads: translated, no ambiguity.
    expect(parseValue(text("6"), { type: "enums", set: serviceObjects }, ["platform-service-object"])).toEqual({ ok: true, value: ["5"], translations: [{ from: "6", to: "5", crosswalk: "platform-service-object" }] });
  });

  it("onlineDepth, count and days", () => {
    expect(parseValue(text("全程网办（Ⅳ级）"), { type: "onlineDepth" })).toEqual({ ok: true, value: 4 });
    expect(parseValue(number(0), { type: "onlineDepth" })).toEqual({ ok: true, value: 0 });
    expect(parseValue(text("五级"), { type: "onlineDepth" })).toEqual(unreadable("五级", "onlineDepth"));
    expect(parseValue(text(" 2 份"), { type: "count" })).toEqual({ ok: true, value: 2 });
    expect(parseValue(text("12件"), { type: "count" })).toEqual({ ok: true, value: 12 });
    expect(parseValue(number(3), { type: "count" })).toEqual({ ok: true, value: 3 });
    for (const bad of ["两次", "2次以上", "约2次", "-1", "1.5"]) expect(parseValue(text(bad), { type: "count" }), bad).toEqual(unreadable(bad, "count"));
    expect(parseValue(text("20个工作日"), { type: "days" })).toEqual({ ok: true, value: 20, unit: "working_day" });
    expect(parseValue(text("15 自然日"), { type: "days" })).toEqual({ ok: true, value: 15, unit: "natural_day" });
    expect(parseValue(text("7日历日"), { type: "days" })).toEqual({ ok: true, value: 7, unit: "natural_day" });
    expect(parseValue(number(20), { type: "days" })).toEqual({ ok: true, value: 20 });
    for (const bad of ["5天", "约5个工作日", "5个工作日内", "五"]) expect(parseValue(text(bad), { type: "days" }), bad).toEqual(unreadable(bad, "days"));
  });

  it("unit: a label or a crosswalk's code; codes the tables read differently are code-ambiguous", () => {
    expect(parseValue(text("工作日"), { type: "unit" })).toEqual({ ok: true, value: "working_day" });
    expect(parseValue(text("1"), { type: "unit" })).toEqual({ ok: false, problem: { rule: "code-ambiguous", params: { value: "1", crosswalks: "national-time-unit, guangxi-time-unit" } } });
    expect(parseValue(text("1"), { type: "unit" }, ["guangxi-time-unit"])).toEqual({ ok: true, value: "working_day", translations: [{ from: "1", to: "working_day", crosswalk: "guangxi-time-unit" }] });
    expect(parseValue(text("天"), { type: "unit" })).toEqual(unreadable("天", "unit"));
  });

  it("boolean: a checkbox or 是/否", () => {
    expect(parseValue(bool(false), { type: "boolean" })).toEqual({ ok: true, value: false });
    expect(parseValue(text("是"), { type: "boolean" })).toEqual({ ok: true, value: true });
    expect(parseValue(number(0), { type: "boolean" })).toEqual({ ok: true, value: false });
    expect(parseValue(text("可能"), { type: "boolean" })).toEqual(unreadable("可能", "boolean"));
  });

  it("number: a number cell as it is, text with an optional 元", () => {
    expect(parseValue(number(-2.5), { type: "number" })).toEqual({ ok: true, value: -2.5 });
    expect(parseValue(text("10.50元"), { type: "number" })).toEqual({ ok: true, value: 10.5 });
    expect(parseValue(text("80"), { type: "number" })).toEqual({ ok: true, value: 80 });
    for (const bad of ["十元", "10元以内", "约10", "10.", ".5"]) expect(parseValue(text(bad), { type: "number" }), bad).toEqual(unreadable(bad, "number"));
  });

  it("date: a date cell or typed Y-M-D in the usual separators, padded", () => {
    for (const typed of ["2024-3-5", "2024/03/05", "2024.3.05", "2024年3月5日", "2024年03月05"]) expect(parseValue(text(typed), { type: "date" }), typed).toEqual({ ok: true, value: "2024-03-05" });
    for (const bad of ["24-3-5", "2024-3-5号", "2024-003-05", "x2024-3-5", "2024-3-5 10:00"]) expect(parseValue(text(bad), { type: "date" }), bad).toEqual(unreadable(bad, "date"));
  });

  it("list: one value per line, or split on one line", () => {
    expect(parseValue(text(" 甲、乙 \r\n\n 丙 "), { type: "list" })).toEqual({ ok: true, value: ["甲、乙", "丙"] });
    expect(parseValue(text("甲、乙;丙"), { type: "list" })).toEqual({ ok: true, value: ["甲", "乙", "丙"] });
    expect(parseValue(text("甲\n乙\r\n丙"), { type: "list" })).toEqual({ ok: true, value: ["甲", "乙", "丙"] });
  });

  it("json: only an object; anything else is shown cut to 80 characters", () => {
    expect(parseValue(text('{"a":[1]}'), { type: "json" })).toEqual({ ok: true, value: { a: [1] } });
    for (const bad of ["[1]", "null", "1", '"x"']) expect(parseValue(text(bad), { type: "json" }), bad).toEqual(unreadable(bad, "json"));
    const long = `{${"x".repeat(100)}`;
    expect(parseValue(text(long), { type: "json" })).toEqual(unreadable(long.slice(0, 80), "json"));
  });
});

describe("readCell", () => {
  it("plain values; blank text, NaN, infinities and invalid dates are empty", () => {
    expect(readCell(null)).toEqual({ cell: { kind: "empty" } });
    expect(readCell(undefined)).toEqual({ cell: { kind: "empty" } });
    expect(readCell(" \t ")).toEqual({ cell: { kind: "empty" } });
    expect(readCell(" a ")).toEqual({ cell: { kind: "text", text: " a " } });
    expect(readCell(0)).toEqual({ cell: { kind: "number", value: 0 } });
    expect(readCell(Number.NaN)).toEqual({ cell: { kind: "empty" } });
    expect(readCell(Number.POSITIVE_INFINITY)).toEqual({ cell: { kind: "empty" } });
    expect(readCell(false)).toEqual({ cell: { kind: "boolean", value: false } });
    const day = new Date(Date.UTC(2024, 0, 2));
    expect(readCell(day)).toEqual({ cell: { kind: "date", value: day } });
    expect(readCell(new Date(Number.NaN))).toEqual({ cell: { kind: "empty" } });
  });

  it("a value of no cell type is cell-unreadable, named", () => {
    expect(readCell(10n as never)).toEqual({ cell: { kind: "empty" }, problem: { rule: "cell-unreadable", params: { value: "10", reason: "type" } } });
    expect(readCell({ foo: "x".repeat(100) } as never)).toEqual({ cell: { kind: "empty" }, problem: { rule: "cell-unreadable", params: { value: `{"foo":"${"x".repeat(100)}"}`.slice(0, 80), reason: "type" } } });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(readCell(cyclic as never)).toEqual({ cell: { kind: "empty" }, problem: { rule: "cell-unreadable", params: { value: "[object]", reason: "type" } } });
  });

  it("formulas give their cached result, never evaluated; shared formulas too", () => {
    expect(readCell({ formula: "2+3", result: 5 } as never)).toEqual({ cell: { kind: "number", value: 5 }, formula: "2+3" });
    expect(readCell({ sharedFormula: "A1", result: "x" } as never)).toEqual({ cell: { kind: "text", text: "x" }, formula: "A1" });
    expect(readCell({ formula: "A1", result: 0 } as never)).toEqual({ cell: { kind: "number", value: 0 }, formula: "A1" });
    expect(readCell({ formula: "L2*2" } as never)).toEqual({ cell: { kind: "empty" }, problem: { rule: "cell-formula-no-result", params: { formula: "L2*2" } } });
    expect(readCell({ sharedFormula: "B2", result: null } as never)).toEqual({ cell: { kind: "empty" }, problem: { rule: "cell-formula-no-result", params: { formula: "B2" } } });
  });

  it("error values, rich text and hyperlinks", () => {
    expect(readCell({ error: "#N/A" } as never)).toEqual({ cell: { kind: "empty" }, problem: { rule: "cell-error-value", params: { value: "#N/A" } } });
    expect(readCell({ richText: [{ text: "甲" }, {}, { text: "乙" }] } as never)).toEqual({ cell: { kind: "text", text: "甲乙" } });
    expect(readCell({ richText: [{ text: " " }] } as never)).toEqual({ cell: { kind: "empty" } });
    expect(readCell({ text: { richText: [{ text: "链接" }] }, hyperlink: "https://x" } as never)).toEqual({ cell: { kind: "text", text: "链接" } });
    expect(readCell({ text: "官网", hyperlink: "https://x" } as never)).toEqual({ cell: { kind: "text", text: "官网" } });
  });
});

describe("formula guard", () => {
  it("guards each character a spreadsheet runs, and quotes before it; nothing else", () => {
    for (const s of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "'=x", "''+x"]) {
      expect(guardFormula(s), s).toBe(`'${s}`);
      expect(unguardFormula(`'${s}`), s).toBe(s);
    }
    for (const s of ["", "a=1", "'a", "'", "1-2", " =1", "x\t"]) {
      expect(guardFormula(s), s).toBe(s);
      expect(unguardFormula(s), s).toBe(s);
    }
    // unguard removes exactly one quote, and only before a formula character.
    expect(unguardFormula("''=x")).toBe("'=x");
    expect(unguardFormula("=x")).toBe("=x");
  });
});
