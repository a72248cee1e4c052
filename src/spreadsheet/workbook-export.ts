/**
 * Plain sheets → an exceljs Workbook: frozen header row, header notes (title, description, allowed
 * values), text format on code columns and dropdowns on coded columns. exceljs is loaded on first
 * use, so importing the library does not load it.
 */
import type { DataValidation, Workbook, Worksheet } from "exceljs";
import { onlineDepths, timeUnits } from "../codes/code-sets.js";
import type { CodeSet } from "../codes/code-set.js";
import type { CatalogueKind } from "../rules/item-kind.js";
import { CODE_LIST_SHEET, INFO_HEADER, type Column } from "./columns.js";
import { exportColumns, exportSpecs, rowsFromCatalogue } from "./rows-from-catalogue.js";
import { columnLetter as letter } from "./sheet-data.js";

/** Options of writing a workbook. */
export interface WorkbookWriteOptions {
  /** Dropdown lists on coded columns (default true). */
  dropdowns?: boolean;
  /** Rows the dropdowns and text format cover below the header (default 2000). */
  formattedRows?: number;
}

const YES_NO: CodeSet<string> = { id: "yes-no", title: { zh: "是否", en: "Yes/no" }, source: "", entries: [{ code: "是", zh: "是", en: "yes", source: "" }, { code: "否", zh: "否", en: "no", source: "" }] };

/** The single-choice list a column's dropdown offers, if any. */
function choicesOf(column: Column): CodeSet<string | number> | undefined {
  const v = column.value;
  if (v.type === "enum") return v.set;
  if (v.type === "unit") return timeUnits;
  if (v.type === "onlineDepth") return onlineDepths;
  if (v.type === "boolean") return YES_NO;
  return undefined;
}

/** The cell note of a header: its title, what goes in it, the accepted values. */
export function headerNote(column: Column): string {
  const set = choicesOf(column) ?? (column.value.type === "enums" ? column.value.set : undefined);
  const allowed = set ? `\n可填：${set.entries.map((e) => e.zh).join("、")}（或代码）` : "";
  return `${column.header}${column.required ? "（必填）" : ""}\n${column.note}${allowed}`;
}

/** Lists every dropdown's values in a hidden sheet, one column per list; returns each list's range. */
function addCodeLists(workbook: Workbook, columns: Column[]): Map<string, string> {
  const ranges = new Map<string, string>();
  const sheet = workbook.addWorksheet(CODE_LIST_SHEET, { state: "hidden" });
  for (const set of new Set(columns.map(choicesOf).filter((s) => s !== undefined))) {
    const col = ranges.size;
    sheet.getCell(1, col + 1).value = set.title.zh;
    set.entries.forEach((e, i) => (sheet.getCell(i + 2, col + 1).value = e.zh));
    ranges.set(set.id, `'${CODE_LIST_SHEET}'!$${letter(col)}$2:$${letter(col)}$${set.entries.length + 1}`);
  }
  return ranges;
}

/** Styles a table sheet: bold noted header, frozen, widths, text format and dropdowns. */
function styleTable(sheet: Worksheet, columns: Column[], lists: Map<string, string>, rows: number): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  columns.forEach((column, i) => {
    header.getCell(i + 1).note = headerNote(column);
    const col = sheet.getColumn(i + 1);
    col.width = Math.max(10, Math.min(40, column.header.length * 2 + 4));
    // Text format keeps 000123018000 from turning into a number when someone types it.
    if (column.value.type === "code" || column.value.type === "text") col.numFmt = "@";
    const set = choicesOf(column);
    const range = set && lists.get(set.id);
    // exceljs has range validations (one sqref, not a model per cell) but its typings omit them.
    const validations = (sheet as Worksheet & { dataValidations: { add(range: string, v: DataValidation): void } }).dataValidations;
    if (range) validations.add(`${letter(i)}2:${letter(i)}${rows + 1}`, { type: "list", allowBlank: true, formulae: [range], showErrorMessage: false });
  });
}

/** Writes a catalogue as a workbook in the template's layout; rejects with rowsFromCatalogue's TypeError for a catalogue it cannot lay out. */
export async function exportWorkbook(catalogue: object, options: WorkbookWriteOptions = {}): Promise<Workbook> {
  const sheets = rowsFromCatalogue(catalogue);
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const kind = (catalogue as { kind: CatalogueKind }).kind;
  const specs = exportSpecs(kind);
  const rows = Math.max(options.formattedRows ?? 2000, ...sheets.map((s) => s.rows.length));
  const tables = sheets.map((data, i) => {
    const sheet = workbook.addWorksheet(data.name, { views: [{ state: "frozen", ySplit: 1 }] });
    for (const row of data.rows) sheet.addRow(row as unknown[]);
    return { sheet, spec: specs[i]! };
  });
  const allColumns = tables.flatMap(({ spec }) => exportColumns(spec, kind));
  const lists = options.dropdowns === false ? new Map<string, string>() : addCodeLists(workbook, allColumns);
  for (const { sheet, spec } of tables) {
    if (spec.role === "info") {
      sheet.getRow(1).font = { bold: true };
      sheet.getColumn(1).width = 28;
      sheet.getColumn(2).width = 60;
      sheet.getColumn(2).numFmt = "@";
      exportColumns(spec, kind).forEach((column, i) => (sheet.getCell(i + 2, 1).note = headerNote(column)));
      sheet.getCell(1, 1).value = INFO_HEADER[0];
    } else {
      styleTable(sheet, exportColumns(spec, kind), lists, rows);
    }
  }
  return workbook;
}

/** The empty workbook of a catalogue kind, with notes and dropdowns: the published template. */
export function templateWorkbook(kind: CatalogueKind = "implementation"): Promise<Workbook> {
  return exportWorkbook({ schemaVersion: "1.0", kind, items: [] });
}
