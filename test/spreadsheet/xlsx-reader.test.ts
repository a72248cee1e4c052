/**
 * The package's .xlsx reader and writer on what broke the exceljs path: CJK split across inflate
 * chunks (issue 11), shared strings no row uses, temporary files, formula results that are falsy,
 * CR/CRLF and control characters, truncated archives (issue 17).
 */
import ExcelJS from "exceljs";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exportXlsx } from "../../src/spreadsheet/workbook-export.js";
import { importWorkbook, sheetsFromWorkbook } from "../../src/spreadsheet/workbook-import.js";
import { readSharedStrings } from "../../src/spreadsheet/xlsx/read-shared-strings.js";
import { openZip } from "../../src/spreadsheet/xlsx/zip-reader.js";
import { XlsxError } from "../../src/spreadsheet/xlsx/xlsx-error.js";
import { jsonReport, runCli } from "../helpers/cli.js";
import { cliIt } from "./cli-it.js";
import { readJson } from "../helpers/examples.js";
import { rawXlsx } from "./xlsx-parts.js";
import { scratchDir } from "../helpers/scratch.js";

const dir = scratchDir("zwfw-xlsx-");
const at = (name: string) => path.join(dir, name);
const county = () => readJson("examples/4-county-gusu.json");

describe("CJK text across chunk boundaries (issue 11)", () => {
  cliIt("more than 64 KiB of CJK shared strings import through the CLI unchanged, and the round trip is identical", () => {
    const original = county();
    // 3-byte UTF-8 characters at every offset: some character straddles each 64 KiB inflate chunk.
    const names = ["水利工程", "饮用水供水单位卫生许可", "建设工程消防验收"];
    original.items.forEach((item: any, i: number) => {
      const name = names[i % 3]!;
      item.acceptanceConditions = `${"甲".repeat(i)}${name.repeat(Math.floor(9000 / name.length))}`;
    });
    fs.writeFileSync(at("cjk.json"), JSON.stringify(original));
    expect(runCli(["export", at("cjk.json"), "-o", at("cjk.xlsx")]).code).toBe(0);
    const result = runCli(["import", at("cjk.xlsx"), "-o", at("cjk.back.json")]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const back = JSON.parse(fs.readFileSync(at("cjk.back.json"), "utf8"));
    expect(back).toEqual(original);
    expect(JSON.stringify(back)).not.toContain("\uFFFD");
  });
});

describe("bounded memory and disk (issue 17)", () => {
  it("keeps only the shared strings that read rows use, however many the part lists", () => {
    const unused = Array.from({ length: 50_000 }, (_, i) => `未用${i}`);
    const bytes = rawXlsx('<row r="1"><c r="A1" t="s"><v>50000</v></c><c r="B1" t="s"><v>3</v></c></row>', [...unused, "事项名称"]);
    const zip = openZip((o, n) => bytes.subarray(o, o + n), bytes.length);
    const kept = readSharedStrings(zip, "xl/sharedStrings.xml", new Set([3, 50_000]), 1000);
    expect([...kept]).toEqual([[3, "未用3"], [50_000, "事项名称"]]);
    expect(sheetsFromWorkbook(bytes)[0]!.rows).toEqual([["事项名称", "未用3"]]);
  });

  cliIt("writes no temporary files: TMPDIR stays empty through an import and an export", () => {
    const tmp = fs.mkdtempSync(path.join(dir, "tmpdir-"));
    const env = { TMPDIR: tmp, TMP: tmp, TEMP: tmp };
    expect(runCli(["export", "examples/4-county-gusu.json", "-o", at("t.xlsx")], { env }).code).toBe(0);
    expect(runCli(["import", at("t.xlsx"), "-o", at("t.json")], { env }).code).toBe(0);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it("a cell limit ends the read with an XlsxError naming the limit", () => {
    const bytes = rawXlsx(Array.from({ length: 20 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c><c r="B${r + 1}"><v>${r}</v></c></row>`).join(""));
    expect(() => sheetsFromWorkbook(bytes, { maxCells: 30 })).toThrow(expect.objectContaining({
      name: "XlsxError", message: "单元格超过 30 个；请拆分工作簿", messageId: "error.xlsx.too-many-cells", messageParams: { max: 30 },
    }));
    expect(sheetsFromWorkbook(bytes, { maxCells: 40 })[0]!.rows).toHaveLength(20);
  });
});

describe("cell values exceljs lost (issue 17)", () => {
  const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>项目</t></is></c><c r="B1" t="inlineStr"><is><t>值</t></is></c></row>';

  it("a formula whose saved result is 0, \"\" or FALSE gives that result, not 'no saved result'", () => {
    const bytes = rawXlsx(`${header}<row r="2"><c r="A2"><f>1-1</f><v>0</v></c><c r="B2" t="str"><f>""</f><v></v></c><c r="C2" t="b"><f>1=2</f><v>0</v></c><c r="D2"><f>A2</f></c></row>`);
    expect(sheetsFromWorkbook(bytes)[0]!.rows[1]).toEqual([{ formula: "1-1", result: 0 }, { formula: '""', result: "" }, { formula: "1=2", result: false }, { formula: "A2", result: undefined }]);
  });

  cliIt("a falsy formula result in a catalogue cell is used, with the cell-formula info", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(exportXlsx(county())) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("事项")!;
    const visits = (sheet.getRow(1).values as unknown[]).indexOf("到办事现场次数");
    sheet.getCell(2, visits).value = { formula: "1-1", result: 0 } as ExcelJS.CellFormulaValue;
    fs.writeFileSync(at("zero.xlsx"), new Uint8Array(await workbook.xlsx.writeBuffer()));
    const result = runCli(["import", at("zero.xlsx"), "-o", at("zero.json"), "--report", "json"]);
    const issues = jsonReport(result).issues.map((i: any) => [i.rule, i.severity, i.path, i.line]);
    expect(issues).not.toContainEqual(expect.arrayContaining(["cell-formula-no-result"]));
    expect(issues).toContainEqual(["cell-formula", "info", "/items/0/visits", 2]);
    expect(JSON.parse(fs.readFileSync(at("zero.json"), "utf8")).items[0].visits).toBe(0);
  });

  it("CR, CRLF, tabs and control characters survive the xlsx round trip exactly", () => {
    const original = county();
    original.items[0].acceptanceConditions = "第一行\r\n第二行\r第三行\n\t缩进\u0001\u001f_x0041_ 结束";
    original.items[1].name = "名称\u0007带响铃";
    const back = importWorkbook(exportXlsx(original));
    expect(back.report.issues).toEqual([]);
    expect(back.catalogue).toEqual(original);
  });

  it("Excel's own _xHHHH_ escapes are read as the characters", () => {
    const bytes = rawXlsx('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', ["a_x000D_&#10;b_x005F_x0041_"]);
    expect(sheetsFromWorkbook(bytes)[0]!.rows[0]).toEqual(["a\r\nb_x0041_"]);
  });

  it("phonetic runs are not part of the text", () => {
    const bytes = rawXlsx('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', '<si><r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>');
    expect(sheetsFromWorkbook(bytes)[0]!.rows[0]).toEqual(["東京"]);
  });
});

describe("damaged archives", () => {
  cliIt("a truncated 30-byte .xlsx exits 2 with one line naming the file", () => {
    fs.writeFileSync(at("30.xlsx"), exportXlsx(county()).subarray(0, 30));
    const result = runCli(["import", at("30.xlsx"), "-o", at("30.json")]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([`zwfw: ${at("30.xlsx")}: 无法读取的 .xlsx 工作簿（不是完整的 zip 压缩包（被截断，或不是 .xlsx 文件））`]);
    const en = runCli(["import", at("30.xlsx"), "-o", at("30.json"), "--locale", "en"]);
    expect(en.stderr.trim().split("\n")).toEqual([`zwfw: ${at("30.xlsx")}: not a readable .xlsx workbook (not a complete zip archive (truncated, or not an .xlsx file))`]);
  });

  it("entities the XML does not predefine (billion laughs, external entities) are refused, not expanded", () => {
    const laughs = rawXlsx('<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>');
    expect(() => sheetsFromWorkbook(laughs)).toThrow(XlsxError);
  });

  it("every prefix of a workbook is an XlsxError or a result, never another error", () => {
    const bytes = exportXlsx(county());
    for (let n = 0; n < bytes.length; n += Math.max(1, Math.floor(bytes.length / 97))) {
      try {
        sheetsFromWorkbook(bytes.subarray(0, n));
      } catch (error) {
        expect(error, `prefix ${n}`).toBeInstanceOf(XlsxError);
      }
    }
  });
});
