/**
 * Node-only: reads an .xlsx file through a file handle with the package's streaming reader, so memory
 * stays bounded by the row and cell limits rather than the file, and nothing is written to disk.
 */
import fs from "node:fs";
import type { SheetData } from "../../../spreadsheet/sheet-data.js";
import { readXlsxSheets } from "../../../spreadsheet/xlsx/read-xlsx.js";
import { XlsxError } from "../../../spreadsheet/xlsx/xlsx-error.js";
import { inputError } from "../../errors.js";
import { cliLocale } from "../../locale.js";
import { rewordedIn } from "../../../i18n/localized-error.js";
import { fileSize } from "../../input/read-input.js";

/** Reads every worksheet of an .xlsx file, at most `maxRows` data rows each. */
export function readXlsx(file: string, maxRows: number): SheetData[] {
  fileSize(file);
  const fd = fs.openSync(file, "r");
  try {
    const stat = fs.fstatSync(fd);
    // A pipe, FIFO or device has no end to read the zip directory from.
    if (!stat.isFile()) throw inputError("input.not-regular", {}, file);
    const readAt = (offset: number, length: number) => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, stat.size - offset)));
      const n = buffer.length ? fs.readSync(fd, buffer, 0, buffer.length, offset) : 0;
      return new Uint8Array(buffer.buffer, buffer.byteOffset, n);
    };
    const head = readAt(0, 4);
    const magic = head.length === 4 ? Buffer.from(head).readUInt32BE(0) : 0;
    if (magic === 0xd0cf11e0) throw inputError("cli.sheet.old-xls", {}, file);
    if (magic !== 0x504b0304) throw inputError("cli.sheet.not-zip", {}, file);
    return readXlsxSheets(readAt, stat.size, { maxRows });
  } catch (error) {
    if (error instanceof XlsxError) throw inputError("cli.sheet.unreadable", { reason: rewordedIn(error, cliLocale()).message.split("\n")[0] }, file);
    throw error;
  } finally {
    fs.closeSync(fd);
  }
}
