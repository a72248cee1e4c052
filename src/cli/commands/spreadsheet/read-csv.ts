/**
 * Node-only: reads a CSV file as text. UTF-8 (with or without a BOM) is read as is; anything else is
 * decoded as GB18030 (what Excel on Chinese Windows writes for "CSV"), and the import says so.
 */
import { readWhole } from "../../../node/input-file.js";
import { inputError } from "../../errors.js";
import { inspectFile, readLimit, withFileName } from "../../input/read-input.js";

/** CSV files are parsed whole; past this size, use .xlsx (which streams) or split the file. */
export const MAX_CSV_BYTES = 128 * 1024 * 1024;

/** The text of a CSV file and the encoding it was decoded from. */
export interface CsvText {
  text: string;
  encoding: "utf-8" | "gb18030";
}

/** Reads and decodes a CSV file. */
export function readCsv(file: string): CsvText {
  const { regular, size } = inspectFile(file);
  if (regular && size > MAX_CSV_BYTES) throw inputError("cli.sheet.csv-too-large", { mb: Math.round(size / 1048576) }, file);
  // Bounded by the bytes read, not the size the OS reports (0 for a pipe or device).
  const bytes = withFileName(file, () => readWhole(file, readLimit(MAX_CSV_BYTES)));
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Node's TextDecoder knows gb18030 (a superset of GBK) with full ICU, which official builds have.
  }
  try {
    return { text: new TextDecoder("gb18030", { fatal: true }).decode(bytes), encoding: "gb18030" };
  } catch {
    throw inputError("cli.sheet.csv-encoding", {}, file);
  }
}
