/** The error an .xlsx reader throws for a file that is not a readable workbook (the CLI: exit 2, one line). */
export class XlsxError extends Error {
  override name = "XlsxError";
}
