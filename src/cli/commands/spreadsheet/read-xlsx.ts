/**
 * Node-only: reads an .xlsx file through a file handle with the package's streaming reader, so memory
 * stays bounded by the row and cell limits rather than the file, and nothing is written to disk.
 */
import fs from "node:fs";
import type { SheetData } from "../../../spreadsheet/sheet-data.js";
import { readXlsxSheets } from "../../../spreadsheet/xlsx/read-xlsx.js";
import { XlsxError } from "../../../spreadsheet/xlsx/xlsx-error.js";
import { InputError } from "../../errors.js";
import { fileSize } from "../../read-input.js";

/** Reads every worksheet of an .xlsx file, at most `maxRows` data rows each. */
export function readXlsx(file: string, maxRows: number): SheetData[] {
  fileSize(file);
  const fd = fs.openSync(file, "r");
  try {
    const stat = fs.fstatSync(fd);
    // A pipe, FIFO or device has no end to read the zip directory from.
    if (!stat.isFile()) throw new InputError(`${file}: not a regular file; an .xlsx workbook must be a file`);
    const readAt = (offset: number, length: number) => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, stat.size - offset)));
      const n = buffer.length ? fs.readSync(fd, buffer, 0, buffer.length, offset) : 0;
      return new Uint8Array(buffer.buffer, buffer.byteOffset, n);
    };
    const head = readAt(0, 4);
    const magic = head.length === 4 ? Buffer.from(head).readUInt32BE(0) : 0;
    if (magic === 0xd0cf11e0) throw new InputError(`${file}: an old .xls (Excel 97–2003) workbook; save it as .xlsx`);
    if (magic !== 0x504b0304) throw new InputError(`${file}: not an .xlsx workbook (not a zip archive)`);
    return readXlsxSheets(readAt, stat.size, { maxRows });
  } catch (error) {
    if (error instanceof XlsxError) throw new InputError(`${file}: not a readable .xlsx workbook (${error.message})`);
    throw error;
  } finally {
    fs.closeSync(fd);
  }
}
