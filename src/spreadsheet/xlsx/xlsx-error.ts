/** The error an .xlsx reader throws for a file that is not a readable workbook (the CLI: exit 2, one line). */
import type { MessageParams } from "../../i18n/entry.js";
import { wordedError, type ErrorMessageId } from "../../i18n/localized-error.js";

/** A workbook that cannot be read; worded from the catalogue (zh-CN; `messageId` re-renders it). */
export class XlsxError extends Error {
  override name = "XlsxError";
}

/** An XlsxError worded from the catalogue's `error.xlsx.*` messages. */
export const xlsxError = (id: ErrorMessageId & `error.xlsx.${string}`, params: MessageParams = {}) => wordedError(XlsxError, id, params);
