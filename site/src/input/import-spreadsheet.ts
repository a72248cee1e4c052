/** Reads CSV and XLSX into plain sheets and a catalogue through the package's spreadsheet import (src/spreadsheet). */
import { catalogueFromRows, sheetFromCsv, sheetsFromWorkbook, XlsxError, type SheetData } from "../../../src/spreadsheet/index.js";
import { isWorded } from "../../../src/i18n/localized-error.js";
import type { MessageId } from "../../../src/i18n/all-messages.js";
import { t } from "../i18n.js";
import { decodeText, InputProblem, type LoadedFile } from "./loaded-file.js";

/**
 * The sheets of a file. A CSV file is one sheet (the items, or the workbook's only sheet); a
 * workbook's sheets keep their names, so findings can point at sheet, row and column.
 */
export async function readSheets(file: LoadedFile): Promise<SheetData[]> {
  if (file.format === "csv") return [sheetFromCsv(decodeText(file), file.name.replace(/\.csv$/i, ""))];
  try {
    return sheetsFromWorkbook(file.bytes);
  } catch (error) {
    if (error instanceof XlsxError) {
      const reason = isWorded(error) ? t(error.messageId as MessageId, error.messageParams) : error.message;
      throw new InputProblem(t("site.xlsx.unreadable", { reason }));
    }
    throw error;
  }
}

/** The catalogue a spreadsheet holds (as read, even with errors), for names and comparisons. */
export const catalogueOfSheets = (sheets: readonly SheetData[]): unknown => catalogueFromRows(sheets).catalogue;
