/**
 * A JSON array of flat records (what item APIs and open-data portals publish: `[{ "职权编码": …, "事项名称": … }]`)
 * read like a sheet: the keys are the headers, in the order they first appear, and each record a row.
 * Browser-safe: the caller parses the JSON.
 */
import { argumentError } from "../i18n/argument-error.js";
import { shown } from "../internal/shown.js";
import type { RawCell, SheetData } from "./sheet-data.js";

/** Whether a value is a plain record (not an array or null). */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A record's value as a cell: scalars as they are, a list of scalars joined with 、, anything else as its JSON text. */
function cellOf(value: unknown): RawCell {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== "object") return value;
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== "object")) return value.filter((v) => v !== null).join("、");
  return JSON.stringify(value);
}

/**
 * The sheet of an array of flat records: row 1 the keys, row n the record n − 1. Throws a TypeError when `records` is not
 * an array of objects, and a worded one when `maxRows` is given but is not a positive whole number.
 */
export function sheetFromRecords(records: readonly Record<string, unknown>[], name = "事项", options: { file?: string; maxRows?: number } = {}): SheetData {
  const headers: string[] = [];
  const seen = new Set<string>();
  for (const record of records) for (const key of Object.keys(record)) if (!seen.has(key)) seen.add(key), headers.push(key);
  const limit = options.maxRows ?? Infinity;
  if (limit !== Infinity && (!Number.isSafeInteger(limit) || limit < 1)) throw argumentError("error.argument.records-max-rows", { value: typeof limit === "number" ? String(limit) : shown(limit) });
  const rows = records.slice(0, limit).map((record) => headers.map((key) => cellOf(record[key])));
  return {
    name,
    rows: [headers, ...rows],
    ...(options.file ? { file: options.file } : {}),
    ...(records.length > limit ? { truncatedAt: limit + 2, rowLimit: limit } : {}),
  };
}
