/**
 * A catalogue → the template's workbook: frozen header row, header notes (title, description, allowed
 * values), text format on code columns and dropdowns on coded columns (lists in a hidden sheet).
 * Written by the package's own small .xlsx writer (src/spreadsheet/xlsx), so no spreadsheet library is needed.
 */
import { onlineDepths, timeUnits } from "../codes/code-sets.js";
import type { CodeSet } from "../codes/code-set.js";
import type { CatalogueKind } from "../rules/item-kind.js";
import { CODE_LIST_SHEET, type Column } from "./columns.js";
import { latestMajor } from "../schema/majors.js";
import { majorOption } from "./major-option.js";
import { exportColumns, exportSpecs, layoutOfDocument, rowsFromCatalogue } from "./rows-from-catalogue.js";
import { columnLetter as letter } from "./sheet-data.js";
import type { XlsxSheet, XlsxStyle } from "./xlsx/model.js";
import { XlsxWorkbook } from "./xlsx/workbook.js";

/** Options of writing a workbook. */
export interface WorkbookWriteOptions {
  /** Dropdown lists on coded columns (default true). */
  dropdowns?: boolean;
  /** Rows the dropdowns and text format cover below the header (default 2000). */
  formattedRows?: number;
}

const YES_NO: CodeSet<string> = { id: "yes-no", title: { zh: "是否", en: "Yes/no" }, source: "", entries: [{ code: "是", zh: "是", en: "yes", source: "" }, { code: "否", zh: "否", en: "no", source: "" }] };
const BOLD: XlsxStyle = { bold: true };

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

/** The hidden sheet listing every dropdown's values, one column per list, and each list's range. */
function codeLists(columns: Column[]): { sheet: XlsxSheet; ranges: Map<string, string> } {
  const ranges = new Map<string, string>();
  const rows: string[][] = [[]];
  for (const set of new Set(columns.map(choicesOf).filter((s) => s !== undefined))) {
    const col = ranges.size;
    rows[0]![col] = set.title.zh;
    set.entries.forEach((e, i) => ((rows[i + 1] ??= [])[col] = e.zh));
    ranges.set(set.id, `'${CODE_LIST_SHEET}'!$${letter(col)}$2:$${letter(col)}$${set.entries.length + 1}`);
  }
  return { sheet: { name: CODE_LIST_SHEET, rows, hidden: true }, ranges };
}

/** Styles a table sheet: bold noted header, frozen, widths, text format and dropdowns. */
function styleTable(sheet: XlsxSheet, columns: Column[], lists: Map<string, string>, rows: number): void {
  sheet.frozenRows = 1;
  sheet.styles = new Map(columns.map((_, i) => [`${letter(i)}1`, BOLD]));
  sheet.notes = new Map(columns.map((column, i) => [`${letter(i)}1`, headerNote(column)]));
  // Text format keeps 000123018000 from turning into a number when someone types it.
  sheet.columns = columns.map((column) => ({ width: Math.max(10, Math.min(40, column.header.length * 2 + 4)), text: column.value.type === "code" || column.value.type === "text" }));
  sheet.validations = columns.flatMap((column, i) => {
    const set = choicesOf(column);
    const list = set && lists.get(set.id);
    return list ? [{ range: `${letter(i)}2:${letter(i)}${rows + 1}`, list }] : [];
  });
}

/**
 * Writes a catalogue as a workbook in the template's layout (`.toBytes()` or `.xlsx.writeBuffer()` gives the .xlsx);
 * rejects with rowsFromCatalogue's TypeError for a catalogue it cannot lay out.
 */
export async function exportWorkbook(catalogue: object, options: WorkbookWriteOptions = {}): Promise<XlsxWorkbook> {
  return exportXlsxWorkbook(catalogue, options);
}

/** The synchronous form of exportWorkbook. */
export function exportXlsxWorkbook(catalogue: object, options: WorkbookWriteOptions = {}): XlsxWorkbook {
  const kind = (catalogue as { kind: CatalogueKind }).kind;
  const data = rowsFromCatalogue(catalogue);
  const layout = layoutOfDocument(catalogue);
  const specs = exportSpecs(kind, layout);
  const rows = Math.max(options.formattedRows ?? 2000, ...data.map((s) => s.rows.length));
  const sheets: XlsxSheet[] = data.map((d) => ({ name: d.name, rows: d.rows as XlsxSheet["rows"] }));
  const columnsOf = specs.map((spec) => exportColumns(spec, kind, layout));
  const lists = options.dropdowns === false ? undefined : codeLists(columnsOf.flat());
  sheets.forEach((sheet, i) => {
    const columns = columnsOf[i]!;
    if (specs[i]!.role === "info") {
      sheet.styles = new Map([["A1", BOLD], ["B1", BOLD]]);
      sheet.columns = [{ width: 28 }, { width: 60, text: true }];
      sheet.notes = new Map(columns.map((column, r) => [`A${r + 2}`, headerNote(column)]));
    } else {
      styleTable(sheet, columns, lists?.ranges ?? new Map(), rows);
    }
  });
  return new XlsxWorkbook(lists ? [...sheets, lists.sheet] : sheets);
}

/** The .xlsx bytes of a catalogue in the template's layout. */
export const exportXlsx = (catalogue: object, options: WorkbookWriteOptions = {}): Uint8Array => exportXlsxWorkbook(catalogue, options).toBytes();

/** Options of the template: the major whose layout it has, by id ("v1", "v2"; default the newest). */
export interface TemplateOptions {
  schema?: string;
}

/**
 * The empty workbook of a catalogue kind, with notes and dropdowns: the published template of a major's layout.
 * Rejects (never throws) with a TypeError for an unknown `schema`.
 */
export async function templateWorkbook(kind: CatalogueKind = "implementation", options: TemplateOptions = {}): Promise<XlsxWorkbook> {
  const major = options.schema === undefined ? latestMajor : majorOption(options.schema, "templateWorkbook");
  return exportWorkbook({ schemaVersion: major.schemaVersion, kind, items: [] });
}
