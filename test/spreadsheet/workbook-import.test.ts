/**
 * sheetsFromWorkbook: each kind of workbook it accepts (a workbook built here, an exceljs-like one, .xlsx bytes) read into
 * plain sheets with their merges, up to the row limit (the header row not counted), and importWorkbook on top of it.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_ROWS, importWorkbook, sheetsFromWorkbook, type ExcelJsWorkbookLike } from "../../src/spreadsheet/workbook-import.js";
import { XlsxWorkbook } from "../../src/spreadsheet/xlsx/workbook.js";
import type { XlsxValue } from "../../src/spreadsheet/xlsx/model.js";

/** An exceljs-like workbook: rows given 1-based with their numbers, as exceljs' eachRow gives them (index 0 of values empty). */
function excelJs(sheets: { name: string; rows: [number, unknown[]][]; merges?: string[] }[]): ExcelJsWorkbookLike {
  return {
    worksheets: sheets.map((s) => ({
      name: s.name,
      // As exceljs: with includeEmpty, every row up to the last, the empty ones too.
      eachRow: (options: { includeEmpty: boolean }, callback: (row: { values: unknown }, rowNumber: number) => void) => {
        const last = Math.max(0, ...s.rows.map(([n]) => n));
        for (let n = 1; n <= last; n++) {
          const values = s.rows.find(([m]) => m === n)?.[1];
          if (values || options.includeEmpty) callback({ values: [undefined, ...(values ?? [])] }, n);
        }
      },
      model: s.merges ? { merges: s.merges } : {},
    })),
  };
}

const built = (rows: (XlsxValue[] | undefined)[], merges?: string[]) => new XlsxWorkbook([{ name: "事项", rows, ...(merges ? { merges } : {}) } as never]);

describe("sheetsFromWorkbook", () => {
  it("an exceljs-like workbook: values from index 1, rows at their numbers, merges when it has some", () => {
    const sheets = sheetsFromWorkbook(excelJs([{ name: "事项", rows: [[1, ["a", "b"]], [3, ["c"]]], merges: ["A1:B1"] }, { name: "空", rows: [] }]));
    expect(sheets).toEqual([{ name: "事项", rows: [["a", "b"], undefined, ["c"]], merges: ["A1:B1"] }, { name: "空", rows: [] }]);
  });

  it("an exceljs-like workbook stops after maxRows rows below the header and says at which row", () => {
    const rows: [number, unknown[]][] = [[1, ["h"]], [2, ["x"]], [4, ["y"]], [5, ["z"]]];
    expect(sheetsFromWorkbook(excelJs([{ name: "事项", rows }]), { maxRows: 2 })).toEqual([{ name: "事项", rows: [["h"], ["x"], undefined, ["y"]], truncatedAt: 5, rowLimit: 2 }]);
    // The first row past the limit is named, not the last; empty rows are not asked for, so they do not count.
    expect(sheetsFromWorkbook(excelJs([{ name: "事项", rows: [...rows, [6, ["w"]]] }]), { maxRows: 1 })).toEqual([{ name: "事项", rows: [["h"], ["x"]], truncatedAt: 4, rowLimit: 1 }]);
    // Near miss: exactly maxRows rows below the header is no truncation.
    expect(sheetsFromWorkbook(excelJs([{ name: "事项", rows }]), { maxRows: 3 })).toEqual([{ name: "事项", rows: [["h"], ["x"], undefined, ["y"], ["z"]] }]);
  });

  it("a workbook built here: rows copied, empty rows and holes skipped and not counted, merges kept", () => {
    const rows: (XlsxValue[] | undefined)[] = [["h"], undefined, [null, undefined], ["x"], ["y"]];
    const sheets = sheetsFromWorkbook(built(rows, ["A4:A5"]), { maxRows: 2 });
    expect(sheets).toEqual([{ name: "事项", rows: [["h"], undefined, undefined, ["x"], ["y"]], merges: ["A4:A5"] }]);
    expect(sheets[0]!.rows[0]).not.toBe(rows[0]);
    expect(sheetsFromWorkbook(built(rows, []))).toEqual([{ name: "事项", rows: [["h"], undefined, undefined, ["x"], ["y"]] }]);
    // A hole first is a hole in the result too.
    const holeFirst = sheetsFromWorkbook(built([undefined, ["h"], ["x"]]))[0]!.rows;
    expect([holeFirst.length, holeFirst[0], holeFirst[1], holeFirst[2]]).toEqual([3, undefined, ["h"], ["x"]]);
  });

  it("a workbook built here stops after maxRows rows below the header and says at which row", () => {
    const rows: (XlsxValue[] | undefined)[] = [["h"], ["x"], [], ["y"], ["z"]];
    expect(sheetsFromWorkbook(built(rows, ["A1:B1"]), { maxRows: 1 })).toEqual([{ name: "事项", rows: [["h"], ["x"]], merges: ["A1:B1"], truncatedAt: 4, rowLimit: 1 }]);
    expect(sheetsFromWorkbook(built(rows), { maxRows: 1 })).toEqual([{ name: "事项", rows: [["h"], ["x"]], truncatedAt: 4, rowLimit: 1 }]);
  });

  it(".xlsx bytes (a Uint8Array or an ArrayBuffer) are read with the row limit and the cell limit", () => {
    const bytes = built([["h"], ["x"], ["y"]]).toBytes();
    const read = (options = {}) => sheetsFromWorkbook(bytes, options).map((s) => ({ name: s.name, rows: s.rows, truncatedAt: s.truncatedAt }));
    expect(read()).toEqual([{ name: "事项", rows: [["h"], ["x"], ["y"]], truncatedAt: undefined }]);
    expect(read({ maxRows: 1 })).toEqual([{ name: "事项", rows: [["h"], ["x"]], truncatedAt: 3 }]);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect(sheetsFromWorkbook(buffer as ArrayBuffer).map((s) => s.rows)).toEqual([[["h"], ["x"], ["y"]]]);
    expect(() => sheetsFromWorkbook(bytes, { maxCells: 2 })).toThrow(/2/);
    expect(sheetsFromWorkbook(bytes, { maxCells: 3 }).map((s) => s.rows)).toEqual([[["h"], ["x"], ["y"]]]);
  });

  it("the default row limit is 200,000", () => {
    expect(DEFAULT_MAX_ROWS).toBe(200_000);
  });
});

describe("importWorkbook", () => {
  it("imports the workbook's sheets with the import's options", () => {
    const workbook = new XlsxWorkbook([{ name: "事项", rows: [["基本编码", "事项名称", "事项类型", "行使层级", "设定依据"], ["000123018000", "某许可", "01", "2", "《某法》第一条"]] } as never]);
    const { catalogue, report } = importWorkbook(workbook, { region: "320508000000", publisher: "某局", schema: "v1", maxRows: 5 });
    expect(report.issues).toEqual([]);
    expect(catalogue.items).toEqual([{ basicCode: "000123018000", name: "某许可", type: "01", levels: ["2"], legalBasis: [{ lawName: "《某法》", article: "第一条" }] }]);
    const cut = importWorkbook(workbook, { region: "320508000000", publisher: "某局", maxRows: 0 });
    expect(cut.report.issues.map((i) => [i.rule, i.line])).toEqual([["sheet-row-limit", 2]]);
  });
});
