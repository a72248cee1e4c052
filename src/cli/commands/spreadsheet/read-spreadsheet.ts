/** Node-only: reads an .xlsx workbook or a CSV file set (out.csv + out.materials.csv …) as plain sheets. */
import fs from "node:fs";
import { message } from "../../../i18n/messages.js";
import type { Locale } from "../../../i18n/locale.js";
import type { Issue } from "../../../report/issue.js";
import { sheetSpecs } from "../../../spreadsheet/columns.js";
import { csvFileFor, sheetFromCsv } from "../../../spreadsheet/csv.js";
import type { SheetData } from "../../../spreadsheet/sheet-data.js";
import { InputError } from "../../errors.js";
import { readCsv } from "./read-csv.js";
import { readXlsx } from "./read-xlsx.js";

/** The sheets of a spreadsheet file, and findings about the files themselves (encoding). */
export interface ReadSpreadsheet {
  sheets: SheetData[];
  issues: Issue[];
}

/** Whether a path names a CSV file (else it must be .xlsx). */
export const isCsv = (file: string) => /\.csv$/i.test(file);

/** Reads the items CSV and the sheet CSVs next to it that exist. */
function readCsvSet(file: string, maxRows: number, locale: Locale): ReadSpreadsheet {
  const sheets: SheetData[] = [];
  const issues: Issue[] = [];
  for (const spec of sheetSpecs) {
    const path = csvFileFor(file, spec);
    if (spec.csv !== "" && !fs.existsSync(path)) continue;
    const { text, encoding } = readCsv(path);
    if (encoding !== "utf-8") {
      issues.push({ rule: "file-encoding", severity: "warning", path: "", message: message("file-encoding", locale, { cell: path, encoding: "GB18030" }), file: path, sheet: spec.name });
    }
    sheets.push(sheetFromCsv(text, spec.name, { file: path, maxRows }));
  }
  return { sheets, issues };
}

/** Reads a spreadsheet file by its extension. */
export async function readSpreadsheet(file: string, maxRows: number, locale: Locale): Promise<ReadSpreadsheet> {
  if (isCsv(file)) return readCsvSet(file, maxRows, locale);
  if (!/\.xlsx$/i.test(file)) throw new InputError(`${file}: expected an .xlsx or .csv file`);
  return { sheets: readXlsx(file, maxRows), issues: [] };
}
