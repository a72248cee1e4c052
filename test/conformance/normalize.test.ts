/** The normal forms names are compared in: each character class at its bounds, law names and citations. */
import { describe, expect, it } from "vitest";
import { citationKey, citationLabel, normalizeLawName, normalizeText } from "../../src/conformance/normalize.js";

/** The reference: NFKC without white space (indexed-matching.test.ts holds normalizeText to it over generated texts). */
const reference = (text: string) => text.normalize("NFKC").replace(/\s+/gu, "");

describe("normalizeText", () => {
  it("is empty text for a value that is no text", () => {
    for (const value of [undefined, null, 7, ["申请书"], { name: "申请书" }]) expect(normalizeText(value)).toBe("");
  });

  // Characters at the bounds of the classes the fast path keeps as they are, and next to them.
  it.each([
    ["a space", " ", "申请"],
    ["a tab", "\t", "申请"],
    ["a no-break space (U+00A0)", "\u00a0", "申请"],
    ["an acute accent (U+00B4)", "\u00b4", "申\u0301请"],
    ["a cedilla (U+00B8)", "\u00b8", "申\u0327请"],
    ["a double low line (U+2017)", "\u2017", "申\u0333请"],
    ["an ideographic space (U+3000)", "\u3000", "申请"],
    ["a full-width parenthesis (U+FF08)", "\uff08", "申(请"],
    ["a circled digit (U+2460)", "\u2460", "申1请"],
    ["ASCII punctuation", "!~", "申!~请"],
    ["a delete (U+007F)", "\u007f", "申\u007f请"],
    ["the middle dot (U+00B7)", "\u00b7", "申\u00b7请"],
    ["dashes (U+2014, U+2013, U+2015)", "\u2014\u2013\u2015", "申\u2014\u2013\u2015请"],
    ["quotation marks", "\u2018\u2019\u201c\u201d\u201e", "申\u2018\u2019\u201c\u201d\u201e请"],
    ["、。 and the brackets 〈 to 】", "、。〈】〇〒", "申、。〈】〇〒请"],
    ["ideographs at the bounds of the CJK block", "\u4e00\u9fff\u4dff\ua000", "申\u4e00\u9fff\u4dff\ua000请"],
  ])("%s", (_name, inner, expected) => {
    const text = `申${inner}请`;
    expect(normalizeText(text)).toBe(expected);
    expect(normalizeText(text)).toBe(reference(text));
  });
});

describe("normalizeText over every UTF-16 code unit", () => {
  // The fast path keeps a text as it is only when every character is one NFKC keeps and no white space. Each of the
  // 65,536 code units, alone and between two ideographs, must come out as the reference does: a character wrongly
  // taken as stable (a bound moved, a range widened, a mark added) fails here whichever class it falls in.
  it("each code unit, alone and between two ideographs, normalises as NFKC without white space", () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const unit = String.fromCharCode(c);
      for (const text of [unit, `申${unit}请`]) if (normalizeText(text) !== reference(text)) wrong.push(`U+${c.toString(16).padStart(4, "0")}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("law names and citations", () => {
  it("a law name loses its book-title marks, full-width forms and spaces", () => {
    expect(normalizeLawName("《中华人民共和国 行政许可法》")).toBe("中华人民共和国行政许可法");
    expect(normalizeLawName("〈生活饮用水卫生监督管理办法〉")).toBe("生活饮用水卫生监督管理办法");
    expect(normalizeLawName("<办法>（试行）")).toBe("办法(试行)");
    expect(normalizeLawName(undefined)).toBe("");
  });

  it("a citation's key is its normalised law name and article", () => {
    expect(citationKey({ lawName: "《中华人民共和国行政许可法》", article: "第 十二 条", documentNumber: "主席令第7号" })).toBe("中华人民共和国行政许可法|第十二条");
    expect(citationKey({ lawName: "中华人民共和国行政许可法" })).toBe("中华人民共和国行政许可法|");
  });

  it("a citation's label is law name and article as written", () => {
    expect(citationLabel({ lawName: "《中华人民共和国行政许可法》", article: "第十二条" })).toBe("《中华人民共和国行政许可法》第十二条");
    expect(citationLabel({ lawName: "《办法》", article: "" })).toBe("《办法》");
    expect(citationLabel({ lawName: "《办法》" })).toBe("《办法》");
    expect(citationLabel({ article: "第七条" })).toBe("第七条");
    expect(citationLabel({ lawName: null, article: 7 })).toBe("7");
  });

  it("a citation with neither law name nor article is named by its fields, the first four", () => {
    expect(citationLabel({})).toBe("{}");
    expect(citationLabel({ documentNumber: "国务院令第 1 号" })).toBe("{documentNumber}");
    expect(citationLabel({ lawName: "", article: "", documentNumber: "x", text: "y" })).toBe("{lawName, article, documentNumber, text}");
    expect(citationLabel({ lawName: null, article: 0, documentNumber: "x", text: "y", note: "z" })).toBe("{lawName, article, documentNumber, text, …}");
  });
});
