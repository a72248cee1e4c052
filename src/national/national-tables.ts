/**
 * The national layout as tables, for xlsx (one sheet per table) and csv (one file per table): the
 * `basic` table holds one row per record (basic and extension columns), and each list of rows a record
 * holds (materials, fees, by_laws, process, AUDIT_QA, AUDIT_ITEM_SPECIAL …) is a table of its own whose
 * rows carry the record's task_code (and catalog_code, task_handle_item, task_version where it has them:
 * a basic catalogue's items have only a catalog_code) to join on.
 * A value that is itself an object is written as JSON text, which the import reads back.
 */
import type { Data } from "../spreadsheet/read-record.js";
import { wordedError } from "../i18n/localized-error.js";
import { isRecord } from "../spreadsheet/json-records.js";
import { readCell } from "../spreadsheet/read-cell.js";
import type { SheetData } from "../spreadsheet/sheet-data.js";
import { NATIONAL_TABLES } from "./columns.js";

/** One table: its name (the sheet's name, the csv file's suffix) and its rows as column → value. */
export interface NationalTable {
  name: string;
  rows: Data[];
}

/** The table of one row per record. */
export const BASIC_TABLE = "basic";

/** The columns a table row joins its record on, in this order. */
const JOIN = ["task_code", "catalog_code", "task_handle_item", "task_version"] as const;

/**
 * The join columns a table row keeps on import: the ones the spreadsheet layer reads as the row's
 * item keys in the tables it knows (materials, fees …); every other table drops them again.
 */
const keptJoin = (table: string): readonly string[] => (NATIONAL_TABLES.some((t) => t.field === table) ? ["task_code", "catalog_code", "task_handle_item"] : []);

/** A value as a cell holds it: objects and lists as JSON text. */
const cellValue = (value: unknown): unknown => (typeof value === "object" && value !== null ? JSON.stringify(value) : value);

/** A record's join values. */
const joinOf = (record: Data): Data => Object.fromEntries(JOIN.flatMap((c) => (record[c] === undefined || record[c] === "" ? [] : [[c, record[c]]])));

/** The key of a join: its values as text, so a version read from csv ("3") meets the number 3. */
const keyOf = (row: Data): string => JSON.stringify(JOIN.map((c) => (row[c] === undefined || row[c] === "" ? "" : String(row[c]))));

/** Whether a value is a list of rows (a table of the record). */
const isRows = (value: unknown): value is Data[] => Array.isArray(value) && value.length > 0 && value.every(isRecord);

/** National-layout records as tables: `basic` first, then each list of rows in the order first met. */
export function tablesFromRecords(records: readonly Data[]): NationalTable[] {
  const basic: Data[] = [];
  const tables = new Map<string, Data[]>();
  for (const record of records) {
    const row: Data = {};
    for (const [column, value] of Object.entries(record)) {
      if (isRows(value)) {
        const rows = tables.get(column) ?? [];
        for (const r of value) rows.push({ ...joinOf(record), ...Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cellValue(v)])) });
        tables.set(column, rows);
      } else row[column] = cellValue(value);
    }
    basic.push(row);
  }
  return [{ name: BASIC_TABLE, rows: basic }, ...[...tables].map(([name, rows]) => ({ name, rows }))];
}

/**
 * Tables back as national-layout records: each row of another table joins the `basic` row with the same
 * task_code, catalog_code, task_handle_item and task_version. Throws a TypeError naming the table and row when there is
 * no `basic` table or a row joins no record.
 */
export function recordsFromTables(tables: readonly NationalTable[]): Data[] {
  const basic = tables.find((t) => t.name === BASIC_TABLE);
  if (!basic) throw wordedError(TypeError, "error.national.no-basic", { table: BASIC_TABLE, found: tables.map((t) => `"${t.name}"`).join(", ") });
  const records = basic.rows.map((row) => ({ ...row }));
  const byKey = new Map<string, Data>();
  for (const record of records) if (!byKey.has(keyOf(record))) byKey.set(keyOf(record), record);
  for (const table of tables) {
    if (table === basic) continue;
    const kept = keptJoin(table.name);
    table.rows.forEach((row, i) => {
      const record = byKey.get(keyOf(row));
      if (!record) {
        const keys = JOIN.filter((c) => row[c] !== undefined).map((c) => `${c} ${String(row[c])}`).join(", ");
        throw wordedError(TypeError, "error.national.orphan-row", { table: table.name, row: i + 2, keys, basic: BASIC_TABLE });
      }
      const own = Object.fromEntries(Object.entries(row).filter(([k]) => !(JOIN as readonly string[]).includes(k) || kept.includes(k)));
      ((record[table.name] ??= []) as Data[]).push(own);
    });
  }
  return records;
}

/** A table as a sheet: a header row of column names, then one row per record (columns in the order first met). */
export function sheetOfTable(table: NationalTable): SheetData {
  const columns = [...new Set(table.rows.flatMap((r) => Object.keys(r)))];
  return { name: table.name, rows: [columns, ...table.rows.map((r) => columns.map((c) => r[c]))] };
}

/** A sheet as a table: its first row names the columns; an empty cell is no value. */
export function tableOfSheet(sheet: SheetData): NationalTable {
  const [header = [], ...rows] = sheet.rows;
  const columns = header.map((h) => {
    const { cell } = readCell(h);
    return cell.kind === "text" ? cell.text.trim() : cell.kind === "number" ? String(cell.value) : "";
  });
  const records = rows.flatMap((cells) => {
    const record: Data = {};
    columns.forEach((column, i) => {
      const { cell } = readCell(cells?.[i]);
      if (column === "" || cell.kind === "empty") return;
      record[column] = cell.kind === "text" ? cell.text : cell.kind === "date" ? cell.value.toISOString().slice(0, 10) : cell.value;
    });
    return Object.keys(record).length > 0 ? [record] : [];
  });
  return { name: sheet.name, rows: records };
}
