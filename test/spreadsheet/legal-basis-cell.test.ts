import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isLawName, parseLegalBasisCell } from "../../src/spreadsheet/legal-basis-cell.js";

describe("the 设定依据 cell parser", () => {
  it("puts an article on the line below its law into that law's citation", () => {
    const cell = "【法律】《中华人民共和国专利法》（2020年修正）\n第六十五条　未经专利权人许可，实施其专利。\n【地方性法规】《辽宁省专利条例》(2013年通过） \n第二十二条　按照下列分工执行：\n　　(一)省专利管理部门负责全省范围内的案件；";
    expect(parseLegalBasisCell(cell)).toEqual([
      { lawName: "《中华人民共和国专利法》", docNumber: "2020年修正", article: "第六十五条", text: "未经专利权人许可，实施其专利。" },
      { lawName: "《辽宁省专利条例》", docNumber: "2013年通过", article: "第二十二条", text: "按照下列分工执行：\n(一)省专利管理部门负责全省范围内的案件；" },
    ]);
  });

  it("a further article of the same law is a citation of that law, never a law name", () => {
    const cell = "《中华人民共和国农业技术推广法》第七条：各级人民政府应当加强领导。\n第八条：对做出贡献的单位和个人，给予奖励。";
    expect(parseLegalBasisCell(cell)).toEqual([
      { lawName: "《中华人民共和国农业技术推广法》", article: "第七条", text: "各级人民政府应当加强领导。" },
      { lawName: "《中华人民共和国农业技术推广法》", article: "第八条", text: "对做出贡献的单位和个人，给予奖励。" },
    ]);
  });

  it("reads bare law names after a category or before a note, numbering, unbracketed document numbers and quotes", () => {
    expect(parseLegalBasisCell("\"【规章】港口经营管理规定（交通运输部令2020年第21号）第二十九条 港口经营人应当制定预案。 【行政法规】：1.《彩票管理条例》第十五条：可以委托代销。\"")).toEqual([
      { lawName: "港口经营管理规定", docNumber: "交通运输部令2020年第21号", article: "第二十九条", text: "港口经营人应当制定预案。" },
      { lawName: "《彩票管理条例》", article: "第十五条", text: "可以委托代销。" },
    ]);
    expect(parseLegalBasisCell("【规范性文件】《残疾退役军人医疗保障办法》退役军人部发〔2022〕3号")).toEqual([
      { lawName: "《残疾退役军人医疗保障办法》", docNumber: "退役军人部发〔2022〕3号" },
    ]);
  });

  it("a law named inside an article's text starts no citation (near miss)", () => {
    const cell = "《中华人民共和国税收征收管理法实施细则》第七十八条　税务机关应当办理退还手续。\n　　税收征管法第五十一条规定的多缴税款退税，不包括预缴税款。";
    expect(parseLegalBasisCell(cell)).toEqual([
      { lawName: "《中华人民共和国税收征收管理法实施细则》", article: "第七十八条", text: "税务机关应当办理退还手续。\n税收征管法第五十一条规定的多缴税款退税，不包括预缴税款。" },
    ]);
  });

  it("keeps the template's form and text without a law name whole", () => {
    expect(parseLegalBasisCell("【法律】《中华人民共和国行政许可法》（主席令第7号）第十二条：条款内容；《某某办法》第三条")).toEqual([
      { lawName: "《中华人民共和国行政许可法》", docNumber: "主席令第7号", article: "第十二条", text: "条款内容" },
      { lawName: "《某某办法》", article: "第三条" },
    ]);
    expect(parseLegalBasisCell("依据上级文件办理")).toEqual([{ lawName: "依据上级文件办理" }]);
  });

  it("a note of more than 100 characters is amendment history kept with the text; 100 is still a 文号 (near miss)", () => {
    const long = "修".repeat(101);
    expect(parseLegalBasisCell(`《甲法》（${long}）第一条：内容`)).toEqual([{ lawName: "《甲法》", article: "第一条", text: `（${long}）\n内容` }]);
    expect(parseLegalBasisCell(`《甲法》（${long}）`)).toEqual([{ lawName: "《甲法》", text: `（${long}）` }]);
    expect(parseLegalBasisCell(`《甲法》（${long.slice(1)}）第一条`)).toEqual([{ lawName: "《甲法》", docNumber: long.slice(1), article: "第一条" }]);
  });

  it("text before any law is a citation of its own; text after a law's text runs on; an article after text is a new citation", () => {
    expect(parseLegalBasisCell("前言文字\n《乙条例》第二条")).toEqual([{ lawName: "前言文字" }, { lawName: "《乙条例》", article: "第二条" }]);
    expect(parseLegalBasisCell("《丙办法》\n说明一\n说明二\n第三条：正文\n第四条")).toEqual([
      { lawName: "《丙办法》", text: "说明一\n说明二" },
      { lawName: "《丙办法》", article: "第三条", text: "正文" },
      { lawName: "《丙办法》", article: "第四条" },
    ]);
    expect(parseLegalBasisCell("《丑法》（国务院令第1号）\r\n第十四条\r\n文字续")).toEqual([{ lawName: "《丑法》", docNumber: "国务院令第1号", article: "第十四条", text: "文字续" }]);
  });

  it("；before a law separates citations; quotes around the cell, numbering and a year in 【】 are not part of a name", () => {
    expect(parseLegalBasisCell("《丁规定》第五条；【规章】《戊规则》第六条;《己细则》第七条\n；；")).toEqual([
      { lawName: "《丁规定》", article: "第五条" }, { lawName: "《戊规则》", article: "第六条" }, { lawName: "《己细则》", article: "第七条" },
    ]);
    expect(parseLegalBasisCell("  \"《庚法》第八条\"  ")).toEqual([{ lawName: "《庚法》", article: "第八条" }]);
    expect(parseLegalBasisCell("12、《辛法》第九条之一第二款第（三）项：文")).toEqual([{ lawName: "《辛法》", article: "第九条之一第二款第（三）项", text: "文" }]);
    expect(parseLegalBasisCell("【2017】《癸法》第十一条")).toEqual([{ lawName: "《癸法》", article: "第十一条" }]);
    expect(parseLegalBasisCell("《壬法》国发〔2020〕1号 第十条")).toEqual([{ lawName: "《壬法》", docNumber: "国发〔2020〕1号", article: "第十条" }]);
    expect(parseLegalBasisCell("")).toEqual([]);
  });

  it("a bare law name after a category, followed by no bracket, is a law; a category before text that names no law is kept whole", () => {
    expect(parseLegalBasisCell("【规章】港口经营管理规定 第二十九条 港口经营人应当制定预案。")).toEqual([
      { lawName: "港口经营管理规定", article: "第二十九条", text: "港口经营人应当制定预案。" },
    ]);
    expect(parseLegalBasisCell("【规章】港口经营管理规定")).toEqual([{ lawName: "港口经营管理规定" }]);
    expect(parseLegalBasisCell("【规章】依据上级文件")).toEqual([{ lawName: "【规章】依据上级文件" }]);
  });

  it("a note's spaces are trimmed; a note and a document number are both kept, a space apart", () => {
    expect(parseLegalBasisCell("《甲法》（ 国务院令第1号 ）第一条")).toEqual([{ lawName: "《甲法》", docNumber: "国务院令第1号", article: "第一条" }]);
    expect(parseLegalBasisCell("《甲法》（2020年修正）国发〔2020〕1号第一条")).toEqual([{ lawName: "《甲法》", docNumber: "2020年修正 国发〔2020〕1号", article: "第一条" }]);
  });

  it("articles on later lines: one alone gets no empty text; one after an article is a citation of its own, with the law's 文号", () => {
    expect(parseLegalBasisCell("《甲法》\n第三条")).toEqual([{ lawName: "《甲法》", article: "第三条" }]);
    expect(parseLegalBasisCell("《甲法》第一条\n第二条：文")).toEqual([{ lawName: "《甲法》", article: "第一条" }, { lawName: "《甲法》", article: "第二条", text: "文" }]);
    expect(parseLegalBasisCell("《甲法》（国务院令第1号）第一条：文\n第二条：文二")).toEqual([
      { lawName: "《甲法》", docNumber: "国务院令第1号", article: "第一条", text: "文" },
      { lawName: "《甲法》", docNumber: "国务院令第1号", article: "第二条", text: "文二" },
    ]);
  });

  it("only quotes around the whole cell are dropped; a line that starts with ； but says more is text", () => {
    expect(parseLegalBasisCell('《甲法》第一条："引号"')).toEqual([{ lawName: "《甲法》", article: "第一条", text: '"引号"' }]);
    expect(parseLegalBasisCell('"《甲法》"第一条')).toEqual([{ lawName: '"《甲法》"第一条' }]);
    expect(parseLegalBasisCell("《甲法》第一条：内容\n；补充")).toEqual([{ lawName: "《甲法》", article: "第一条", text: "内容\n；补充" }]);
  });

  it("every citation of generated cells names a law, and every article is kept (property)", () => {
    const law = fc.constantFrom("《中华人民共和国行政许可法》", "《辽宁省专利条例》", "【规章】港口经营管理规定（交通运输部令第21号）");
    const article = fc.constantFrom("第一条", "第十二条", "第二十六条第一款", "第一百零一条");
    const body = fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.replace(/[\s《》【】第：:;；"]/g, "") || "内容");
    const citation = fc.tuple(law, fc.array(fc.tuple(article, body), { minLength: 1, maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(citation, { minLength: 1, maxLength: 4 }), (citations) => {
        const cell = citations.map(([name, articles]) => `${name}\n${articles.map(([a, t]) => `${a}　${t}`).join("\n")}`).join("\n");
        const parsed = parseLegalBasisCell(cell);
        expect(parsed.every((c) => isLawName(c.lawName))).toBe(true);
        expect(parsed.map((c) => c.article)).toEqual(citations.flatMap(([, articles]) => articles.map(([a]) => a)));
      }),
      { numRuns: 100 },
    );
  });

  it("isLawName: names of laws, never articles", () => {
    for (const name of ["《环境保护法》", "港口经营管理规定", "麻醉药品和精神药品管理条例", "行政许可法"]) expect(isLawName(name)).toBe(true);
    for (const name of ["第六十五条　未经专利权人许可", "第十条第二款", "附件第193项设立经营性互联网文化单位审批", "\""]) expect(isLawName(name)).toBe(false);
    // Spaces around a name are not part of it; a name in 《》 is the whole text, not a part of it; nothing starting with 第 is a name.
    expect(isLawName(" 《环境保护法》 ")).toBe(true);
    for (const name of ["依据《环境保护法》", "《环境保护法》第一条", "第三方管理办法"]) expect(isLawName(name), name).toBe(false);
  });
});
