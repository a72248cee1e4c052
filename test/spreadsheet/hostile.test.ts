/** Hostile spreadsheets: each gets a clear issue or a clean exit 2 (small synthetic versions of the big ones). */
import ExcelJS from "exceljs";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { catalogueFromRows } from "../../src/spreadsheet/catalogue-from-rows.js";
import { sheetFromCsv } from "../../src/spreadsheet/csv.js";
import { exportXlsx } from "../../src/spreadsheet/workbook-export.js";
import { importWorkbook } from "../../src/spreadsheet/workbook-import.js";
import { jsonReport, runCli } from "../helpers/cli.js";
import { readJson } from "../helpers/examples.js";
import { scratchDir } from "../helpers/scratch.js";

const dir = scratchDir("zwfw-sheet-");
const at = (name: string) => path.join(dir, name);

/** The county example as exported, loaded into exceljs (a dev dependency) to edit as a spreadsheet program would. */
async function countyWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(exportXlsx(readJson("examples/4-county-gusu.json"))) as unknown as ArrayBuffer);
  return workbook;
}

/** The header index (1-based) of a column in a worksheet. */
const col = (ws: ExcelJS.Worksheet, header: string) => (ws.getRow(1).values as unknown[]).indexOf(header);

describe("in memory (the browser path)", () => {
  it("merged cells: the top-left value fills the range, with a warning", async () => {
    const wb = await countyWorkbook();
    const ws = wb.getWorksheet("事项")!;
    const c = col(ws, "主管部门");
    ws.getCell(3, c).value = null;
    ws.mergeCells(2, c, 3, c);
    const { catalogue, report } = importWorkbook(wb);
    expect((catalogue.items as any[])[1].department).toBe((catalogue.items as any[])[0].department);
    expect(report.issues).toEqual([expect.objectContaining({ rule: "cell-merged", severity: "warning", sheet: "事项", line: 2, column: "E" })]);
  });

  it("a row limit stops reading with an error; at the limit it reads everything", async () => {
    const wb = await countyWorkbook();
    const over = importWorkbook(wb, { maxRows: 4 }).report.issues.filter((i) => i.rule === "sheet-row-limit");
    expect(over).toContainEqual(expect.objectContaining({ severity: "error", sheet: "事项", line: 6 }));
    expect(importWorkbook(wb, { maxRows: 5 }).report.issues.filter((i) => i.rule === "sheet-row-limit" && i.sheet === "事项")).toEqual([]);
  });

  it("a CSV row limit stops the parser", () => {
    const text = "事项名称,基本编码\n" + Array.from({ length: 50 }, (_, i) => `事项${i},000123018000`).join("\n");
    const sheet = sheetFromCsv(text, "事项", { maxRows: 10 });
    expect(sheet.rows).toHaveLength(11);
    expect(sheet.truncatedAt).toBe(12);
    const issues = catalogueFromRows([sheet], { region: "320508000000", publisher: "x" }).report.issues;
    expect(issues).toContainEqual(expect.objectContaining({ rule: "sheet-row-limit", severity: "error", sheet: "事项", line: 12 }));
    expect(sheetFromCsv(text, "事项", { maxRows: 50 }).truncatedAt).toBeUndefined();
  });

  it("a CSV with a BOM reads its first header", () => {
    const sheet = sheetFromCsv("\uFEFF事项名称,基本编码\n甲,000123018000\n", "事项");
    expect(sheet.rows[0]).toEqual(["事项名称", "基本编码"]);
  });
});

describe("through the CLI (the streaming reader)", () => {
  beforeAll(async () => {
    const wb = await countyWorkbook();
    await wb.xlsx.writeFile(at("county.xlsx"));
    const ws = wb.getWorksheet("事项")!;
    ws.getCell(2, col(ws, "承诺办结时限")).value = { formula: "2+3", result: 5 } as ExcelJS.CellFormulaValue;
    ws.getCell(3, col(ws, "承诺办结时限")).value = { formula: "1/0" } as ExcelJS.CellFormulaValue;
    const date = ws.getCell(2, col(ws, "实施主体"));
    date.value = new Date(Date.UTC(2024, 0, 2));
    // As Excel stores a typed date: a serial number with a date format (the export made the column text).
    date.numFmt = "yyyy-mm-dd";
    ws.getCell(4, col(ws, "主管部门")).value = null;
    ws.mergeCells(3, col(ws, "主管部门"), 4, col(ws, "主管部门"));
    await wb.xlsx.writeFile(at("hostile.xlsx"));
    fs.writeFileSync(at("truncated.xlsx"), fs.readFileSync(at("county.xlsx")).subarray(0, 4000));
    fs.writeFileSync(at("text.xlsx"), "not a workbook\n");
    fs.writeFileSync(at("old.xlsx"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  });

  it("formula, date and merged cells are issues at their cells", () => {
    const result = runCli(["import", at("hostile.xlsx"), "-o", at("hostile.json"), "--report", "json"]);
    expect(result.code).toBe(1);
    const issues = jsonReport(result).issues;
    const of = (rule: string) => issues.filter((i: any) => i.rule === rule).map((i: any) => ({ severity: i.severity, path: i.path, sheet: i.sheet, line: i.line, column: i.column }));
    expect(of("cell-formula")).toEqual([{ severity: "info", path: "/items/0/timeLimit/promised/value", sheet: "事项", line: 2, column: "K" }]);
    expect(of("cell-formula-no-result")).toEqual([{ severity: "error", path: "/items/1/timeLimit/promised/value", sheet: "事项", line: 3, column: "K" }]);
    expect(of("cell-date")).toEqual([{ severity: "error", path: "/items/0/agency/name", sheet: "事项", line: 2, column: "Y" }]);
    expect(of("cell-merged")).toEqual([{ severity: "warning", path: "", sheet: "事项", line: 3, column: "E" }]);
    expect(fs.existsSync(at("hostile.json"))).toBe(false);
  });

  it("a row limit is an error, not unbounded memory", () => {
    const result = runCli(["import", at("county.xlsx"), "-o", at("limited.json"), "--max-rows", "3", "--report", "json"]);
    expect(result.code).toBe(1);
    expect(jsonReport(result).issues).toContainEqual(expect.objectContaining({ rule: "sheet-row-limit", severity: "error", sheet: "事项", line: 5 }));
    expect(runCli(["import", at("county.xlsx"), "-o", at("limited.json"), "--max-rows", "100"]).code).toBe(0);
  });

  it.each([
    ["truncated.xlsx", /无法读取的 \.xlsx 工作簿/],
    ["text.xlsx", /不是 \.xlsx 工作簿（不是 zip 压缩包）\n$/],
    ["old.xlsx", /旧版 \.xls/],
    ["missing.xlsx", /missing\.xlsx: 文件不存在\n$/],
  ])("%s exits 2 with one line", (file, pattern) => {
    const result = runCli(["import", at(file), "-o", at("x.json")]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(pattern);
  });

  it("a GBK CSV is decoded as GB18030 with a warning", () => {
    const text = "事项名称,基本编码,事项类型,行使层级,设定依据\n饮用水供水单位卫生许可,000123018000,行政许可,省级,《中华人民共和国传染病防治法》第二十九条\n";
    fs.writeFileSync(at("gbk.csv"), new Uint8Array(Buffer.from(iconvGbk(text))));
    const result = runCli(["import", at("gbk.csv"), "-o", at("gbk.json"), "--region", "320000000000", "--publisher", "江苏省", "--report", "json"]);
    expect(jsonReport(result).issues).toEqual([expect.objectContaining({ rule: "file-encoding", severity: "warning", file: at("gbk.csv") })]);
    expect(result.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(at("gbk.json"), "utf8")).items[0].name).toBe("饮用水供水单位卫生许可");
  });

  it("bytes that are neither UTF-8 nor GB18030 exit 2", () => {
    fs.writeFileSync(at("binary.csv"), Buffer.from([0x41, 0xff, 0xfe, 0x80, 0x0a]));
    const result = runCli(["import", at("binary.csv"), "-o", at("x.json")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/binary\.csv: 既不是 UTF-8 也不是 GB18030 文本；请把 CSV 另存为 UTF-8\n$/);
  });
});

/** GBK bytes of a string, via the GB18030 round trip Node's ICU offers (TextEncoder only writes UTF-8). */
function iconvGbk(text: string): number[] {
  const bytes: number[] = [];
  const decoder = new TextDecoder("gb18030");
  // Builds a reverse table for the characters used, from the two-byte GBK range.
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (!table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else bytes.push(...table.get(ch)!);
  }
  return bytes;
}
