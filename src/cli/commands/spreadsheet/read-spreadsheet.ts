/** Node-only: reads an .xlsx workbook, a CSV file set (out.csv + out.materials.csv …) or a JSON array of records as plain sheets. */
import fs from "node:fs";
import { message } from "../../../i18n/messages.js";
import type { Locale } from "../../../i18n/locale.js";
import type { Issue } from "../../../report/issue.js";
import { sheetSpecs } from "../../../spreadsheet/columns.js";
import { parse } from "csv-parse/sync";
import { csvFileFor, parseSheet } from "../../../spreadsheet/csv.js";
import { isRecord, sheetFromRecords } from "../../../spreadsheet/json-records.js";
import type { SheetData } from "../../../spreadsheet/sheet-data.js";
import { inputError } from "../../errors.js";
import { inspectFile, readJsonFile, withFileName } from "../../input/read-input.js";
import { readCsv } from "./read-csv.js";
import { readXlsx } from "./read-xlsx.js";

/** The sheets of a spreadsheet file, and findings about the files themselves (encoding). */
export interface ReadSpreadsheet {
  sheets: SheetData[];
  issues: Issue[];
}

/** Whether a path names a CSV file (else it must be .xlsx). */
export const isCsv = (file: string) => /\.csv$/i.test(file);

/** The warning that a CSV of the set was read as GB18030, not UTF-8 (the streamed import gives it too). */
export function fileEncodingIssue(path: string, sheet: string, locale: Locale): Issue {
  return { rule: "file-encoding", severity: "warning", path: "", message: message("file-encoding", locale, { cell: path, encoding: "GB18030" }), file: path, sheet };
}

/** Reads the items CSV and the sheet CSVs next to it that exist. */
function readCsvSet(file: string, maxRows: number, locale: Locale): ReadSpreadsheet {
  const sheets: SheetData[] = [];
  const issues: Issue[] = [];
  for (const spec of sheetSpecs) {
    const path = csvFileFor(file, spec);
    if (spec.csv !== "" && !fs.existsSync(path)) continue;
    const { text, encoding } = readCsv(path);
    if (encoding !== "utf-8") {
      issues.push(fileEncodingIssue(path, spec.name, locale));
    }
    sheets.push(withFileName(path, () => parseSheet(text, spec.name, { file: path, maxRows }, parse)));
  }
  return { sheets, issues };
}

/** Whether a path names a JSON file. */
export const isJson = (file: string) => /\.json$/i.test(file);

/** Reads a JSON array of flat records as the items sheet. */
function readRecords(file: string, maxRows: number): ReadSpreadsheet {
  const records = readJsonFile(file);
  if (!Array.isArray(records) || !records.every(isRecord)) throw inputError("cli.import.records-expected", {}, file);
  return { sheets: [sheetFromRecords(records, sheetSpecs.find((s) => s.role === "items")!.name, { file, maxRows })], issues: [] };
}

/** Reads a spreadsheet file by its extension. */
export async function readSpreadsheet(file: string, maxRows: number, locale: Locale): Promise<ReadSpreadsheet> {
  if (isCsv(file)) return readCsvSet(file, maxRows, locale);
  if (isJson(file)) return readRecords(file, maxRows);
  if (!/\.xlsx$/i.test(file)) throw inputError("cli.file.not-spreadsheet", {}, file);
  // A zip is read by seeking: a pipe or device would fail with ESPIPE (or never end).
  if (!inspectFile(file).regular) throw inputError("input.not-regular", {}, file);
  return { sheets: await readXlsx(file, maxRows), issues: [] };
}
