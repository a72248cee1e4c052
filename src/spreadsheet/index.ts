/**
 * Spreadsheet import/export: each major's layout (目录信息, 事项, 设定依据, 申请材料, 收费项目, 办理流程, and in v2
 * 办理情形, 中介服务, 特别程序, 常见问题 …), derived from its schema ↔ catalogues.
 */
export { catalogueFromRows, type SpreadsheetImportOptions, type SpreadsheetImportResult } from "./catalogue-from-rows.js";
export { rowsFromCatalogue } from "./rows-from-catalogue.js";
export { importWorkbook, sheetsFromWorkbook, DEFAULT_MAX_ROWS, type WorkbookReadOptions, type WorkbookInput, type ExcelJsWorkbookLike } from "./workbook-import.js";
export { exportWorkbook, exportXlsx, exportXlsxWorkbook, templateWorkbook, type WorkbookWriteOptions, type TemplateOptions } from "./workbook-export.js";
export { XlsxWorkbook } from "./xlsx/workbook.js";
export { writeXlsx } from "./xlsx/write-xlsx.js";
export { readXlsxBytes, readXlsxSheets, DEFAULT_MAX_CELLS, type XlsxReadLimits } from "./xlsx/read-xlsx.js";
export type { ReadAt } from "./xlsx/zip-reader.js";
export type { XlsxSheet, XlsxValue, XlsxStyle, XlsxColumn, XlsxValidation } from "./xlsx/model.js";
export { XlsxError } from "./xlsx/xlsx-error.js";
export { sheetFromCsv, csvFromSheet, csvFileFor } from "./csv.js";
export { sheetFromRecords } from "./json-records.js";
export { HEADER_ALIASES } from "./header-aliases.js";
export { unknownTargets, type ColumnMapping } from "./column-mapping.js";
export { sheetSpecs, type SheetSpec, type Column } from "./columns.js";
export { layoutOf, type Layout } from "./layout.js";
export { importRuleSeverity, type ImportRule } from "./import-issues.js";
export type { SheetData, RawCell } from "./sheet-data.js";
export { CROSSWALKS, crosswalkById, readCode, type Crosswalk, type CodeReading } from "../crosswalks/index.js";
export {
  importNational, importNationalCsv, importNationalXlsx, nationalCsv, nationalFromCatalogue, nationalXlsx, NATIONAL_COLUMNS,
  type NationalCsv, type NationalImportOptions,
} from "../national/index.js";
