/**
 * The national layout's records in one shape, whichever form they came in: the JSON form (a record of
 * basic and extension columns with `materials`, `fees` and `by_laws` arrays), or the AUDIT_* form
 * provincial item APIs return (`{ AUDIT_ITEM, AUDIT_ITEM_EXTEND, AUDIT_MATERIAL, … }`, also nested under
 * `samples[].records`). Tables without a place of their own stay on the item row under their name.
 */
import { isRecord } from "../spreadsheet/json-records.js";
import { NATIONAL_TABLES, VERSION_COLUMN } from "./columns.js";

/** One item: its row of basic and extension columns, and the rows of its tables by sheet role. */
export interface NationalRecord {
  item: Record<string, unknown>;
  tables: Partial<Record<string, Record<string, unknown>[]>>;
}

/** A value as a list of rows (the AUDIT_* form gives a table as an object or an array). */
const rowsOf = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.filter(isRecord) : isRecord(value) ? [value] : []);

/** One record of either form. */
function normalize(record: Record<string, unknown>): NationalRecord {
  const tables: NationalRecord["tables"] = {};
  if (isRecord(record.AUDIT_ITEM)) {
    const item: Record<string, unknown> = { ...record.AUDIT_ITEM, ...rowsOf(record.AUDIT_ITEM_EXTEND)[0] };
    // The window table holds the 办理地点 and 办理时间 of the first window; the whole table is kept too.
    const window = rowsOf(record.AUDIT_ITEM_WINDOW)[0];
    for (const key of ["transact_addr", "transact_time"]) if (window?.[key] !== undefined && item[key] === undefined) item[key] = window[key];
    for (const [key, value] of Object.entries(record)) {
      const table = NATIONAL_TABLES.find((t) => t.audit === key);
      if (table) tables[table.role] = rowsOf(value);
      else if (key !== "AUDIT_ITEM" && key !== "AUDIT_ITEM_EXTEND" && rowsOf(value).length > 0) item[key] = value;
    }
    return { item, tables };
  }
  const item: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    const table = NATIONAL_TABLES.find((t) => t.field === key);
    if (table) tables[table.role] = rowsOf(value);
    else item[key] = value;
  }
  return { item, tables };
}

/** The records of a national-layout document: an array of records, or `{ samples: [{ records }] }`. */
export function nationalRecords(document: unknown): NationalRecord[] | undefined {
  const list = Array.isArray(document)
    ? document
    : isRecord(document) && Array.isArray(document.samples)
      ? document.samples.flatMap((s) => (isRecord(s) && Array.isArray(s.records) ? s.records : []))
      : isRecord(document) && Array.isArray(document.records) ? document.records : undefined;
  if (!list || !list.every(isRecord)) return undefined;
  return list.map(normalize);
}

/** The version of a record as a number (0 when it has none). */
export const versionOf = (record: NationalRecord) => Number(record.item[VERSION_COLUMN] ?? 0) || 0;

/** The key of the item a record describes, across versions: its 实施编码 and 业务办理项编码. */
export const itemKeyOf = (record: NationalRecord) =>
  [record.item.task_code ?? record.item.catalog_code, record.item.task_handle_item ?? record.item.ywcode ?? ""].map((v) => String(v ?? "")).join(" ");

/** Keeps only the newest version of each item (`--latest`), in the order the records came. */
export function latestOnly(records: readonly NationalRecord[]): NationalRecord[] {
  const newest = new Map<string, number>();
  for (const r of records) newest.set(itemKeyOf(r), Math.max(newest.get(itemKeyOf(r)) ?? -Infinity, versionOf(r)));
  const kept = new Set<string>();
  return records.filter((r) => {
    const key = itemKeyOf(r);
    if (versionOf(r) !== newest.get(key) || kept.has(key)) return false;
    kept.add(key);
    return true;
  });
}
