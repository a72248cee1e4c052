/** The national exchange layout (国家平台交换字段), both ways. */
export { importNational, type NationalImportOptions } from "./import-national.js";
export { nationalFromCatalogue } from "./export-national.js";
export { NATIONAL_COLUMNS } from "./columns.js";
export { importNationalCsv, importNationalXlsx, nationalCsv, nationalXlsx, type NationalCsv } from "./national-files.js";
export { recordsFromTables, tablesFromRecords, type NationalTable } from "./national-tables.js";
