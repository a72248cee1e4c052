/** A spreadsheet cell as read by the import, as a plain value: for writing it back and for showing it. */
import { readCell } from "../../../src/spreadsheet/read-cell.js";
import type { XlsxValue } from "../../../src/spreadsheet/index.js";

/** A read cell's value: formulas as their saved result, errors as their text, empty as undefined. */
export function plainCell(raw: unknown): XlsxValue {
  const { cell } = readCell(raw);
  if (cell.kind === "text") return cell.text;
  if (cell.kind === "number" || cell.kind === "boolean" || cell.kind === "date") return cell.value;
  const error = (raw as { error?: unknown } | null)?.error;
  return error !== undefined ? String(error) : undefined;
}

/** A read cell as text to show: dates as YYYY-MM-DD, empty as "". */
export function cellText(raw: unknown): string {
  const value = plainCell(raw);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value === undefined || value === null ? "" : String(value);
}
