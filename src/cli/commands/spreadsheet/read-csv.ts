/**
 * Node-only: reads a CSV file as text. UTF-8 (with or without a BOM) is read as is; anything else is
 * decoded as GB18030 (what Excel on Chinese Windows writes for "CSV"), and the import says so.
 */
import { isUtf8 } from "node:buffer";
import fs from "node:fs";
import { openProblem, readLimitError, readSome, readWhole } from "../../../node/input-file.js";
import { openFile } from "../../../node/open-file.js";
import { inputError } from "../../errors.js";
import { inspectFile, readLimit, withFileName } from "../../input/read-input.js";

/** CSV files are parsed whole; past this size, use .xlsx (which streams) or split the file. */
export const MAX_CSV_BYTES = 128 * 1024 * 1024;

/** The content of a CSV file: its bytes when they are UTF-8 (csv-parse reads bytes, so no copy as text is made), else its text decoded from GB18030. */
export interface CsvText {
  text: string | Uint8Array;
  encoding: "utf-8" | "gb18030";
}

/** Reads and decodes a CSV file. */
export function readCsv(file: string): CsvText {
  const { regular, size } = inspectFile(file);
  if (regular && size > MAX_CSV_BYTES) throw inputError("cli.sheet.csv-too-large", { mb: Math.round(size / 1048576) }, file);
  // Bounded by the bytes read, not the size the OS reports (0 for a pipe or device).
  const bytes = withFileName(file, () => readWhole(file, readLimit(MAX_CSV_BYTES)));
  // Checked without decoding: a 110 MB CSV decoded as text held ≈ 150 MB more, then csv-parse encoded it back to bytes.
  if (isUtf8(bytes)) return { text: bytes, encoding: "utf-8" };
  try {
    // Node's TextDecoder knows gb18030 (a superset of GBK) with full ICU, which official builds have.
    return { text: new TextDecoder("gb18030", { fatal: true }).decode(bytes), encoding: "gb18030" };
  } catch {
    throw inputError("cli.sheet.csv-encoding", {}, file);
  }
}

/**
 * Whether a CSV file is a regular UTF-8 file, checked a chunk at a time so that nothing of it is held (a streamed import
 * then reads it again, a chunk at a time); too large a file stops as readCsv stops it. A pipe or device is read once, by readCsv.
 */
export async function isUtf8CsvFile(file: string): Promise<boolean> {
  const { regular, size } = inspectFile(file);
  if (!regular) return false;
  if (size > MAX_CSV_BYTES) throw inputError("cli.sheet.csv-too-large", { mb: Math.round(size / 1048576) }, file);
  const limit = readLimit(MAX_CSV_BYTES);
  if (size > limit) withFileName(file, () => { throw readLimitError(limit); });
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for await (const chunk of openFile(file)) decoder.decode(chunk, { stream: true });
    decoder.decode();
    return true;
  } catch (error) {
    // The decoder's only error: bytes that are not UTF-8 (readCsv then decodes the file as GB18030).
    if (error instanceof TypeError && (error as NodeJS.ErrnoException).code === "ERR_ENCODING_INVALID_ENCODED_DATA") return false;
    return withFileName(file, () => { throw error; });
  }
}

/** The first line of a CSV file (its header), read from its first 64 KiB only: enough to tell the layout, without reading a large file twice. */
export function readCsvHeader(file: string): string {
  const head = new Uint8Array(64 * 1024);
  const fd = withFileName(file, () => {
    try {
      return fs.openSync(file, "r");
    } catch (error) {
      throw openProblem(error);
    }
  });
  try {
    const got = readSome(fd, head);
    // Not fatal: the header is only searched for national column names, which are ASCII.
    return new TextDecoder("utf-8").decode(head.subarray(0, got)).replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  } finally {
    fs.closeSync(fd);
  }
}
