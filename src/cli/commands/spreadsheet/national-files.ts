/**
 * Node-only: the national layout's files. Reads records.json, a workbook of one sheet per table, or a
 * csv set (records.csv beside records.materials.csv, records.AUDIT_QA.csv …) as national records; writes
 * a catalogue the same three ways by the output's extension.
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { nationalFromCatalogue } from "../../../national/export-national.js";
import { nationalCsv, nationalCsvFile, nationalCsvTable, nationalXlsx } from "../../../national/national-files.js";
import { recordsFromTables, tableOfSheet } from "../../../national/national-tables.js";
import { stringifyJson } from "../../../internal/stringify-json.js";
import type { CatalogueKind } from "../../../rules/item-kind.js";
import { parseSheet } from "../../../spreadsheet/csv.js";
import { isWorded } from "../../../i18n/localized-error.js";
import { inputError, wordedInputError } from "../../errors.js";
import { readJsonFile, withFileName } from "../../input/read-input.js";
import { writeOutput } from "../../output.js";
import { readCsv } from "./read-csv.js";
import { readXlsx } from "./read-xlsx.js";

/** The csv files of the set `file` opens: itself (the basic table) and its siblings `<stem>.<table>.csv`. */
function csvSet(file: string): { table: string; file: string }[] {
  const dir = path.dirname(file);
  const siblings = fs.readdirSync(dir).map((name) => path.join(dir, name)).sort();
  return [file, ...siblings.filter((f) => f !== file)].flatMap((f) => {
    const table = nationalCsvTable(file, f);
    return table === undefined ? [] : [{ table, file: f }];
  });
}

/** A national-layout file's document: JSON as it is, a workbook or csv set joined into records. A bad table is a one-line input error. */
export function readNationalFile(file: string, maxRows: number): unknown {
  if (/\.json$/i.test(file)) return readJsonFile(file);
  const sheets = /\.csv$/i.test(file)
    ? csvSet(file).map(({ table, file: f }) => withFileName(f, () => parseSheet(readCsv(f).text, table, { file: f, maxRows }, parse)))
    : /\.xlsx$/i.test(file) ? readXlsx(file, maxRows) : undefined;
  if (!sheets) throw inputError("cli.import.national-file", {}, file);
  try {
    return recordsFromTables(sheets.map(tableOfSheet));
  } catch (error) {
    // A document of another shape (a worded TypeError) is an input error; any other error is a bug (exit 70).
    if (isWorded(error)) throw wordedInputError(error, file);
    throw error;
  }
}

/** Writes a catalogue in the national layout by the output's extension; returns the files written. */
export function writeNationalFile(catalogue: { kind: CatalogueKind; items?: readonly unknown[] }, output: string): string[] {
  if (/\.json$/i.test(output)) {
    writeOutput(stringifyJson(nationalFromCatalogue(catalogue), 2) + "\n", output);
    return [output];
  }
  if (/\.xlsx$/i.test(output)) {
    fs.writeFileSync(output, nationalXlsx(catalogue));
    return [output];
  }
  if (!/\.csv$/i.test(output)) throw inputError("cli.import.national-output", { output });
  return nationalCsv(catalogue).map(({ table, text }) => {
    const file = nationalCsvFile(output, table);
    fs.writeFileSync(file, text);
    return file;
  });
}
