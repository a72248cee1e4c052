/** Test helpers: an example as plain sheets, and edits of single cells by sheet name and header. */
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
