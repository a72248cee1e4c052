/**
 * The CSV sheet reader and writer on their own: file names, the row limit, the BOM, the formula guard,
 * and each malformed text as one StreamInputError with its line, worded in both locales.
 */
import { parse as nodeParse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { StreamInputError } from "../../src/stream/input-error.js";
import { csvFileFor, csvFromSheet, parseSheet, sheetFromCsv } from "../../src/spreadsheet/csv.js";
import { sheetSpecs } from "../../src/spreadsheet/columns.js";

/** The error sheetFromCsv throws for a text: problem, line, and the message in zh-CN and en. */
function refusal(text: string) {
  try {
    sheetFromCsv(text, "事项");
  } catch (error) {
    const e = error as StreamInputError;
    expect(e).toBeInstanceOf(StreamInputError);
    return { problem: e.problem, line: e.line, zh: e.text("zh-CN"), en: e.text("en") };
  }
  throw new Error("no error");
}

describe("csvFileFor", () => {
  it("the items sheet is the file itself; the others take their suffix before .csv (any case), or after a name without it", () => {
    const items = sheetSpecs.find((s) => s.csv === "")!;
    const materials = sheetSpecs.find((s) => s.csv === "materials")!;
    expect(csvFileFor("out.csv", items)).toBe("out.csv");
    expect(csvFileFor("out.csv", materials)).toBe("out.materials.csv");
    expect(csvFileFor("dir.v1/OUT.CSV", materials)).toBe("dir.v1/OUT.materials.csv");
    expect(csvFileFor("out", materials)).toBe("out.materials.csv");
    expect(csvFileFor("out.csv.bak", materials)).toBe("out.csv.bak.materials.csv");
  });
});

describe("sheetFromCsv", () => {
  it("drops the BOM, keeps ragged rows, takes the quote the writer added back off, and names the file when given", () => {
    expect(sheetFromCsv("\uFEFF事项名称,基本编码\n甲\n'=1+1,'@x,'a\n", "事项")).toEqual({ name: "事项", rows: [["事项名称", "基本编码"], ["甲"], ["=1+1", "@x", "'a"]] });
    expect(sheetFromCsv("a\n", "事项", { file: "in.csv" })).toEqual({ name: "事项", rows: [["a"]], file: "in.csv" });
    expect(sheetFromCsv("a\n", "事项", { file: "" })).toEqual({ name: "事项", rows: [["a"]] });
  });

  it("UTF-8 bytes read like the text (through the Node build of csv-parse, as the CLI passes them)", () => {
    const text = "\uFEFF名称,编码\n水利,0001\n";
    expect(parseSheet(Buffer.from(text), "事项", {}, nodeParse as never)).toEqual(sheetFromCsv(text, "事项"));
  });

  it("UTF-8 bytes as a plain Uint8Array read like the text through the root entry's build; a byte that is not UTF-8 is named at its line and column", () => {
    const text = "\uFEFF名称,编码\n水利,0001\n";
    expect(sheetFromCsv(new TextEncoder().encode(text), "事项")).toEqual(sheetFromCsv(text, "事项"));
    let error: StreamInputError | undefined;
    try {
      sheetFromCsv(Uint8Array.from([...new TextEncoder().encode("名称\n水"), 0xff]), "事项");
    } catch (e) {
      error = e as StreamInputError;
    }
    expect(error).toBeInstanceOf(StreamInputError);
    expect([error!.problem, error!.line, error!.column, error!.messageId]).toEqual(["invalid-utf8", 2, 2, "input.not-utf8"]);
  });

  it("stops after maxRows data rows and says where; exactly maxRows rows is no truncation (near miss)", () => {
    const text = ["h", "1", "2", "3", "4"].join("\n");
    expect(sheetFromCsv(text, "事项", { maxRows: 2 })).toEqual({ name: "事项", rows: [["h"], ["1"], ["2"]], truncatedAt: 4, rowLimit: 2 });
    expect(sheetFromCsv(text, "事项", { maxRows: 4 })).toEqual({ name: "事项", rows: [["h"], ["1"], ["2"], ["3"], ["4"]] });
    expect(sheetFromCsv(text, "事项", { maxRows: 3 })).toEqual({ name: "事项", rows: [["h"], ["1"], ["2"], ["3"]], truncatedAt: 5, rowLimit: 3 });
    expect(sheetFromCsv("h\n1", "事项", { maxRows: 1 })).toEqual({ name: "事项", rows: [["h"], ["1"]] });
  });

  it("a quote left open is reported on the line it opens, past quoted cells with doubled quotes and line breaks", () => {
    const zh = "CSV 格式错误：此行开始的带引号单元格到文件末尾仍未闭合（缺少结束引号）";
    const en = "malformed CSV: a quoted cell that starts on this line is never closed (missing closing quote)";
    expect(refusal('a,b\n"1\n2","x""y"\nz,"open\n\nend')).toEqual({ problem: "malformed-csv", line: 4, zh, en });
    expect(refusal('"a')).toEqual({ problem: "malformed-csv", line: 1, zh, en });
  });

  it("the open quote is found past a doubled quote inside the open cell, a closed cell at the very start and a line break at the very start", () => {
    const zh = "CSV 格式错误：此行开始的带引号单元格到文件末尾仍未闭合（缺少结束引号）";
    const en = "malformed CSV: a quoted cell that starts on this line is never closed (missing closing quote)";
    // The cell opened on line 1 holds `a`, a line break and an escaped quote: it still starts on line 1.
    expect(refusal('"a\n""b')).toEqual({ problem: "malformed-csv", line: 1, zh, en });
    expect(refusal('x,"a\n""b""\nc')).toEqual({ problem: "malformed-csv", line: 1, zh, en });
    expect(refusal('"a",b\n"open')).toEqual({ problem: "malformed-csv", line: 2, zh, en });
    expect(refusal('\n"open')).toEqual({ problem: "malformed-csv", line: 2, zh, en });
  });

  it("an open quote in a plain Uint8Array (not a Buffer) given to the Node build is found on its line", () => {
    const e = (() => { try { parseSheet(new TextEncoder().encode('a\n"x\n'), "s", {}, nodeParse as never); } catch (error) { return error as StreamInputError; } })();
    expect([e?.problem, e?.line, e?.messageId]).toEqual(["malformed-csv", 2, "input.csv-quote-not-closed"]);
  });

  it("a space or a tab after a closing quote is named like any other character", () => {
    expect(refusal('"x" ,y')).toEqual({
      problem: "malformed-csv", line: 1,
      zh: "CSV 格式错误：结束引号后紧跟「 」，应为逗号或换行（单元格内的引号须写成两个 \"\"）",
      en: 'malformed CSV: " " right after a closing quote, where a comma or line break must follow (a quote inside a cell is written "")',
    });
    expect(refusal('a\n"x"\ty')).toMatchObject({ line: 2, en: 'malformed CSV: "\t" right after a closing quote, where a comma or line break must follow (a quote inside a cell is written "")' });
  });

  it("a Chinese character (or one beyond U+FFFF) after a closing quote is named whole, not by its first byte", () => {
    expect(refusal('"x"中')).toEqual({
      problem: "malformed-csv", line: 1,
      zh: "CSV 格式错误：结束引号后紧跟「中」，应为逗号或换行（单元格内的引号须写成两个 \"\"）",
      en: 'malformed CSV: "中" right after a closing quote, where a comma or line break must follow (a quote inside a cell is written "")',
    });
    expect(refusal('名称,编码\n"a""b",""\n"水利"局,1')).toMatchObject({ line: 3, zh: "CSV 格式错误：结束引号后紧跟「局」，应为逗号或换行（单元格内的引号须写成两个 \"\"）" });
    expect(refusal('"x"\u{20000}')).toMatchObject({ line: 1, en: 'malformed CSV: "\u{20000}" right after a closing quote, where a comma or line break must follow (a quote inside a cell is written "")' });
    const bytes = (() => { try { parseSheet(Buffer.from('a\n"x"中'), "s", {}, nodeParse as never); } catch (error) { return error as StreamInputError; } })();
    expect([bytes?.line, bytes?.messageParams]).toEqual([2, { char: "中", messageId: "input.csv-closing-quote" }]);
  });

  it("a quote inside an unquoted cell keeps the parser's reason, however its quotes end (near miss of the closing-quote message)", () => {
    const reason = 'Invalid Opening Quote: a quote is found on field 0, value is "a"';
    for (const text of ['a"b"c', 'a"b"']) {
      expect(refusal(text), text).toEqual({ problem: "malformed-csv", line: 1, zh: `CSV 格式错误：${reason}`, en: `malformed CSV: ${reason}` });
    }
  });

  it("the parser's reason loses its line number however many digits it has", () => {
    const reason = 'Invalid Opening Quote: a quote is found on field 0, value is "x"';
    expect(refusal(`${"a\n".repeat(11)}x"y"\n`)).toEqual({ problem: "malformed-csv", line: 12, zh: `CSV 格式错误：${reason}`, en: `malformed CSV: ${reason}` });
  });

  it("text after a closing quote names the character and its line", () => {
    expect(refusal('a\n"x\n\n"y""z\n')).toEqual({
      problem: "malformed-csv", line: 4,
      zh: "CSV 格式错误：结束引号后紧跟「y」，应为逗号或换行（单元格内的引号须写成两个 \"\"）",
      en: 'malformed CSV: "y" right after a closing quote, where a comma or line break must follow (a quote inside a cell is written "")',
    });
  });

  it("any other malformed text keeps the parser's reason, without its line (the error has the line)", () => {
    const reason = 'Invalid Opening Quote: a quote is found on field 1, value is "x"';
    expect(refusal('a,b\n1,x"y"\n')).toEqual({ problem: "malformed-csv", line: 2, zh: `CSV 格式错误：${reason}`, en: `malformed CSV: ${reason}` });
  });

  it("an open quote in UTF-8 bytes is found on its line too", () => {
    const e = (() => { try { parseSheet(Buffer.from('a\n"x\n'), "s", {}, nodeParse as never); } catch (error) { return error as StreamInputError; } })();
    expect([e?.problem, e?.line, e?.messageId]).toEqual(["malformed-csv", 2, "input.csv-quote-not-closed"]);
  });

  it("text of another type, or a maxRows that is no positive whole number, is a worded TypeError", () => {
    const thrown = (call: () => unknown) => { try { call(); } catch (error) { const e = error as TypeError & { messageId: string; messageParams: object }; return [e.name, e.messageId, e.messageParams, e.message]; } return undefined; };
    expect(thrown(() => sheetFromCsv(1 as never, "s"))).toEqual(["TypeError", "error.argument.csv-text", {}, "sheetFromCsv：text 须为字符串或 UTF-8 字节（Uint8Array）"]);
    for (const [maxRows, value] of [[0, "0"], [-1, "-1"], [1.5, "1.5"], [Number.NaN, "NaN"], ["2", "2"], [[2], "[2]"], [{ rows: 2 }, '{"rows":2}']] as const) {
      expect(thrown(() => sheetFromCsv("a", "s", { maxRows: maxRows as number })), String(maxRows)).toEqual(["TypeError", "error.argument.max-rows", { value }, `sheetFromCsv：maxRows 须为正整数（实际为 ${value}）`]);
    }
  });

  it("parseSheet takes the Node build of csv-parse as well", () => {
    expect(parseSheet("a,b\n'-1,2\n", "s", { maxRows: 5 }, nodeParse as never)).toEqual({ name: "s", rows: [["a", "b"], ["-1", "2"]] });
  });
});

describe("csvFromSheet", () => {
  it("writes a BOM, numbers as they are, empty cells and rows empty, and guards formula text", () => {
    expect(csvFromSheet({ name: "x", rows: [["=1", 2, null, undefined, "a,b"], undefined as never, ["'-x", 0, "-"]] })).toBe("\uFEFF'=1,2,,,\"a,b\"\n\n''-x,0,'-\n");
    // A negative number is a number, not formula text: no quote; the same characters as text get one.
    expect(csvFromSheet({ name: "x", rows: [[-1, -0.5, "-1"]] })).toBe("\uFEFF-1,-0.5,'-1\n");
  });

  it("reads back what it wrote, cell for cell (text cells)", () => {
    const rows = [["=SUM(A1)", "+1", "'@", "多行\n文字", '"引号"', "\t"], ["", "x"]];
    expect(sheetFromCsv(csvFromSheet({ name: "x", rows }), "x").rows).toEqual(rows);
  });
});
