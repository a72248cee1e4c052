/** A workbook built in memory (the export, the template): its sheets, written as .xlsx bytes on demand. */
import type { XlsxSheet } from "./model.js";
import { writeXlsx } from "./write-xlsx.js";

/** A workbook of plain sheets; `xlsx.writeBuffer()` keeps code written for the exceljs workbook of 0.1 working. */
export class XlsxWorkbook {
  /** The same bytes as `toBytes()`, as a promise, the way exceljs' `workbook.xlsx.writeBuffer()` gave them. */
  readonly xlsx: { writeBuffer(): Promise<Uint8Array> };

  constructor(readonly sheets: XlsxSheet[]) {
    this.xlsx = { writeBuffer: async () => this.toBytes() };
  }

  /** The sheet of a name. */
  getWorksheet(name: string): XlsxSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** The .xlsx bytes. */
  toBytes(): Uint8Array {
    return writeXlsx(this.sheets);
  }
}
