import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  agencyNatures, handlingForms, handlingTypes, itemTypes, levels, materialCategories, materialSources, media, necessities,
  originalities, resultTypes, serviceObjects, timeUnits,
} from "../../src/codes/code-sets.js";
import type { CodeSet } from "../../src/codes/code-set.js";
import { booleanOf, codeOfLabel, labelOfCode, onlineDepthOf, splitList } from "../../src/spreadsheet/labels.js";

describe("labels people type → v1 codes", () => {
  const cases: [CodeSet<string>, string, string][] = [
    [itemTypes, "行政许可", "01"], [itemTypes, "01", "01"], [itemTypes, "1", "01"], [itemTypes, "公共服务", "20"], [itemTypes, "其他（地方扩展）", "99"],
    [levels, "省级", "2"], [levels, "3", "3"], [levels, "乡镇（街道）级", "5"], [levels, "乡镇级", "5"], [levels, "村（社区）级", "6"], [levels, "County", "4"],
    [timeUnits, "工作日", "working_day"], [timeUnits, "个自然日", "natural_day"], [timeUnits, "working_day", "working_day"],
    [necessities, "必要", "required"], [necessities, "非必要", "optional"], [necessities, "容缺后补", "deferrable"],
    [media, "纸质", "paper"], [media, "电子", "electronic"], [media, "纸质和电子", "paper_and_electronic"], [media, "纸质/电子化", "paper_and_electronic"],
    [originalities, "原件", "original"], [originalities, "原件或复印件", "original_or_copy"],
    [materialSources, "申请人自备", "applicant"], [materialSources, "政府部门核发", "government"],
    [materialCategories, "申请表格文书", "form"], [resultTypes, "证照", "certificate"],
    [handlingTypes, "承诺件", "2"], [handlingTypes, "即办", "1"], [agencyNatures, "法定机关", "1"],
    [handlingForms, "邮寄申请", "4"], [serviceObjects, "企业法人", "2"], [serviceObjects, " 自然人 ", "1"],
  ];
  it.each(cases)("%#: %s", (set, input, code) => expect(codeOfLabel(set, input)).toBe(code));

  it.each([
    [itemTypes, "行政审批"], [levels, "7"], [timeUnits, "天"], [timeUnits, "日"], [necessities, "也许"], [itemTypes, "001"],
  ] as [CodeSet<string>, string][])("near miss %#: %s is not a code", (set, input) => expect(codeOfLabel(set, input)).toBeUndefined());

  it("a label without its bracketed part reads as the code: 其他（地方扩展） → 其他", () => {
    expect(codeOfLabel(itemTypes, "其他")).toBe("99");
    expect(codeOfLabel(itemTypes, "其他 ")).toBe("99");
  });

  it("digits shorter than the set's codes are zero-padded, nothing else is; a set without codes reads nothing", () => {
    const entry = (code: string) => ({ code, zh: `标签${code}`, en: `label ${code}`, source: "" });
    const set: CodeSet<string> = { id: "test-padded", title: { zh: "测试", en: "test" }, source: "", entries: ["001", "010", "100", "0ab", "0a1", "01a"].map(entry) };
    expect(["1", "10", "100", "01", "１"].map((input) => codeOfLabel(set, input))).toEqual(["001", "010", "100", "001", "001"]);
    for (const input of ["0010", "ab", "a1", "1a", "1 0 0 0"]) expect(codeOfLabel(set, input), input).toBeUndefined();
    expect(codeOfLabel({ id: "test-empty", title: { zh: "空", en: "empty" }, source: "", entries: [] }, "1")).toBeUndefined();
  });

  it("reads every online-depth spelling", () => {
    for (const [input, depth] of [["全程网办（Ⅳ级）", 4], ["Ⅳ级", 4], ["IV级", 4], ["4", 4], ["Ⅲ级（在线申办、网上受理）", 3], ["二级", 2], ["Ⅰ级", 1], ["不可网办", 0], ["0", 0], ["全程网办", 4]] as const) {
      expect(onlineDepthOf(input), input).toBe(depth);
    }
    expect(onlineDepthOf("5")).toBeUndefined();
    expect(onlineDepthOf("V级")).toBeUndefined();
  });

  it("every online-depth spelling, one by one, and the near misses around them", () => {
    const read: [string, number][] = [
      ["0", 0], ["1", 1], ["3", 3], ["不可网办", 0], ["不可在线办理", 0], ["不支持网办", 0], ["否", 0], ["无", 0], ["0级", 0],
      ["i级", 1], ["II", 2], ["Ⅲ", 3], ["iv", 4], ["网办深度ii级", 2], ["深度：iii（在线）", 3],
      ["一级", 1], ["三级", 3], ["四级（全程网办）", 4], ["1级", 1], ["2级", 2], ["4级办理", 4], ["全程网办事项", 4],
    ];
    for (const [input, depth] of read) expect(onlineDepthOf(input), input).toBe(depth);
    for (const input of ["", "5级", "01", "0级以上", "不可网办事项", "vi", "xii级", "五级", "否定", "ai级", "iiii", "i5", "ii2级", "3iii", "iv0", "是否", "有无", "仅不可网办"]) expect(onlineDepthOf(input), input).toBeUndefined();
    // Near misses: a numeral beside punctuation, Chinese text or 级 is still read.
    for (const [input, depth] of [["(iv)", 4], ["深度 ii", 2], ["ii-级", 2], ["iii.", 3]] as const) expect(onlineDepthOf(input), input).toBe(depth);
  });

  it("every yes/no spelling, and the near misses", () => {
    for (const yes of ["是", "y", "YES", "true", "1", "√", "✓", "收费", "允许", "可以", "有", " 是 "]) expect(booleanOf(yes), yes).toBe(true);
    for (const no of ["否", "N", "no", "False", "0", "×", "✗", "不收费", "免费", "不允许", "不可以", "无"]) expect(booleanOf(no), no).toBe(false);
    for (const neither of ["", "是否", "yes!", "10", "00", "不"]) expect(booleanOf(neither), neither).toBeUndefined();
  });

  it("splits on every separator, runs of them, and trims", () => {
    expect(splitList("甲／乙/丙；丁;戊，己,庚、辛\r\n壬")).toEqual(["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬"]);
    expect(splitList(" 甲 ,, 、乙 ")).toEqual(["甲", "乙"]);
    expect(splitList(" , 、")).toEqual([]);
  });

  it("labelOfCode: the zh label, or the code itself when unknown", () => {
    expect(labelOfCode(levels as CodeSet<string>, "4")).toBe("县级");
    expect(labelOfCode(levels as CodeSet<string>, "8")).toBe("8");
  });

  it("reads 是/否", () => {
    expect([booleanOf("是"), booleanOf("否"), booleanOf("Y"), booleanOf("不收费")]).toEqual([true, false, true, false]);
    expect(booleanOf("可能")).toBeUndefined();
  });

  it("splits lists on , ， 、 ; and line breaks", () => {
    expect(splitList("省级,市级，县级、乡镇级;村级\n国家级")).toEqual(["省级", "市级", "县级", "乡镇级", "村级", "国家级"]);
  });

  it("the zh label of every code reads back as the code, in any width and spacing (property)", () => {
    const sets = [itemTypes, levels, timeUnits, necessities, media, originalities, materialSources, materialCategories, resultTypes, handlingTypes, agencyNatures, handlingForms, serviceObjects] as CodeSet<string>[];
    const entries = sets.flatMap((set) => set.entries.map((e) => [set, e.code] as const));
    fc.assert(
      fc.property(fc.constantFrom(...entries), fc.constantFrom("", " ", "\u3000"), fc.boolean(), ([set, code], pad, fullWidth) => {
        let label = labelOfCode(set, code);
        if (fullWidth) label = label.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
        expect(codeOfLabel(set, `${pad}${label}${pad}`)).toBe(code);
      }),
    );
  });
});
