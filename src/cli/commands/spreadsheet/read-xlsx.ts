/**
 * Node-only: reads an .xlsx file with exceljs' streaming WorkbookReader, so memory stays bounded by
 * the row limit rather than the file: rows past the limit are never held.
 */
import fs from "node:fs";
import type { SheetData, RawCell } from "../../../spreadsheet/sheet-data.js";
import { inputError } from "../../errors.js";
import { fileSize } from "../../input/read-input.js";

/** The part of exceljs' streaming worksheet reader this module uses. */
interface StreamedSheet extends AsyncIterable<{ number: number; values: unknown; hasValues: boolean }> {
  name: string;
  iterator: AsyncIterable<Buffer | string>;
}

/**
 * Watches a worksheet's XML stream for <mergeCell ref="A2:A5"/>. The streaming reader parses the
 * sheet but drops merges, and they come after the rows, so they are collected on the way through.
 */
function collectMerges(sheet: StreamedSheet, merges: Set<string>): void {
  const source = sheet.iterator;
  sheet.iterator = (async function* () {
    let tail = "";
    for await (const chunk of source) {
      // Cell references are ASCII, so a byte-wise decode cannot split or garble them.
      const text = tail + (typeof chunk === "string" ? chunk : chunk.toString("latin1"));
      for (const m of text.matchAll(/<mergeCell\s+ref="([A-Z]+\d+:[A-Z]+\d+)"/g)) merges.add(m[1]!);
      tail = text.slice(-64);
      yield chunk;
    }
  })();
}

/** Reads every worksheet of an .xlsx file, at most `maxRows` data rows each. */
export async function readXlsx(file: string, maxRows: number): Promise<SheetData[]> {
  fileSize(file);
  const head = Buffer.alloc(4);
  const fd = fs.openSync(file, "r");
  fs.readSync(fd, head, 0, 4, 0);
  fs.closeSync(fd);
  if (head.readUInt32BE(0) === 0xd0cf11e0) throw inputError("cli.sheet.old-xls", {}, file);
  if (head.readUInt32LE(0) !== 0x04034b50) throw inputError("cli.sheet.not-zip", {}, file);
  const { default: ExcelJS } = await import("exceljs");
  const sheets: SheetData[] = [];
  try {
    // styles: "cache" is what lets the reader tell date cells from numbers.
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "ignore" });
    for await (const worksheet of reader as unknown as AsyncIterable<StreamedSheet>) {
      const merges = new Set<string>();
      collectMerges(worksheet, merges);
      const rows: (RawCell[] | undefined)[] = [];
      let count = 0;
      let truncatedAt: number | undefined;
      for await (const row of worksheet) {
        if (!row.hasValues) continue;
        if (++count > maxRows + 1) {
          truncatedAt = row.number;
          break;
        }
        rows[row.number - 1] = (row.values as RawCell[]).slice(1);
      }
      sheets.push({ name: worksheet.name, rows, ...(merges.size ? { merges: [...merges] } : {}), ...(truncatedAt !== undefined ? { truncatedAt, rowLimit: maxRows } : {}) });
    }
  } catch (error) {
    throw inputError("cli.sheet.unreadable", { reason: (error as Error).message.split("\n")[0] }, file);
  }
  return sheets;
}
