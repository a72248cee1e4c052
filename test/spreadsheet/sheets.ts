/** Test helpers: an example as plain sheets, and edits of single cells by sheet name and header. */
import fc from "fast-check";
import { rowsFromCatalogue } from "../../src/spreadsheet/rows-from-catalogue.js";
import type { SheetData } from "../../src/spreadsheet/sheet-data.js";
import { readJson } from "../helpers/examples.js";

/** An example exported as plain sheets. */
export function exampleSheets(file = "examples/4-county-gusu.json"): SheetData[] {
  return rowsFromCatalogue(readJson(file));
}

/** A sheet by name. */
export function sheetOf(sheets: SheetData[], name: string): SheetData {
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The 0-based index of a header in a sheet's first row. */
export function columnOf(sheet: SheetData, header: string): number {
  const index = (sheet.rows[0] ?? []).indexOf(header);
  if (index < 0) throw new Error(`no column ${header} in ${sheet.name}`);
  return index;
}

/** Sets the cell under `header` in 1-based `row` of a sheet. */
export function setCell(sheets: SheetData[], name: string, header: string, row: number, value: unknown): void {
  const sheet = sheetOf(sheets, name);
  sheet.rows[row - 1]![columnOf(sheet, header)] = value;
}

/** Awkward values for 事项's cells: empty, text, numbers, labels, crosswalked codes, a formula, a bad date, a repeated code, JSON. */
const awkwardCell = fc.oneof(fc.constant(""), fc.constant(undefined), fc.string({ maxLength: 6 }), fc.integer({ min: -5, max: 400 }),
  fc.constantFrom("是", "否", "20个工作日", "行政许可", "xk", "9", "=1+1", "2026-13-01", "000123018000", "{\"a\":1}"));

/** Fuzzed edits of 事项's data rows (`width` columns in its header): cells set (up to a column past the header), blank rows inserted. */
export const rowEdits = (width: number) => fc.record({
  edits: fc.array(fc.record({ row: fc.nat(), column: fc.nat({ max: width + 1 }), value: awkwardCell }), { maxLength: 40 }),
  blanks: fc.array(fc.nat(), { maxLength: 3 }),
});

/** A copy of `base` with rowEdits applied to 事项 (of `width` header columns), plus findings in every run: a value under no header, a required cell left empty. */
export function withRowEdits(base: SheetData[], width: number, { edits, blanks }: { edits: { row: number; column: number; value: unknown }[]; blanks: number[] }): SheetData[] {
  const sheets = structuredClone(base);
  const items = sheetOf(sheets, "事项");
  const data = items.rows.length - 1;
  for (const { row, column, value } of edits) items.rows[1 + (row % data)]![column] = value;
  for (const row of blanks) items.rows.splice(1 + (row % data), 0, []);
  items.rows[1]![width] = "无表头";
  setCell(sheets, "事项", "事项名称", 2, "");
  return sheets;
}
