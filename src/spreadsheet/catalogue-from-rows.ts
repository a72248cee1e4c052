/**
 * Spreadsheet import on plain data: sheets of rows → a v1 catalogue, with every cell it could not
 * read reported at its sheet, row and column, followed by the findings of `validate` on the result.
 * Browser-safe: no file access, no exceljs.
 */
import { levelOfRegion } from "../identifiers/region-code.js";
import { pointer } from "../internal/json-pointer.js";
import type { Locale } from "../i18n/locale.js";
import { buildReport, type Report } from "../report/issue.js";
import type { CatalogueKind } from "../rules/item-kind.js";
import type { Catalogue, LevelCode } from "../schema/v1/types.js";
import { validate } from "../validate/validate.js";
import { attachDetails } from "./attach-details.js";
import { classifySheets, inferKind } from "./classify-sheets.js";
import { CoveredFindings } from "./covered-findings.js";
import { resolveMapping, type ColumnMapping } from "./column-mapping.js";
import { appliesTo, itemColumns, type SheetRole } from "./columns.js";
import { readExtras, reportExtras } from "./extra-columns.js";
import { ImportIssues } from "./import-issues.js";
import { parseLegalBasisCell } from "./legal-basis-cell.js";
import { CATALOGUE_KEYS, ITEM_KEYS, orderKeys } from "./order-keys.js";
import { readInfo } from "./read-info.js";
import { keepOriginals } from "./keep-originals.js";
import { readRecord, type Data, type RowContext } from "./read-record.js";
import type { SheetData } from "./sheet-data.js";
import { SourceMap } from "./source-map.js";
import { readTable } from "./table.js";

/** Options of a spreadsheet import; the header options override the 目录信息 sheet. */
export interface SpreadsheetImportOptions {
  /** The catalogue kind; else 目录信息's 目录类型, else inferred from the items sheet's headers. */
  kind?: CatalogueKind;
  /** The name of the items sheet, when it is not 事项 (or the workbook's only sheet). */
  sheet?: string;
  /** 区划代码 of the publishing region. */
  region?: string;
  /** 层级 of the publishing region; else derived from the region code. */
  level?: LevelCode;
  /** 发布机构. */
  publisher?: string;
  /** 发布机构统一社会信用代码. */
  publisherCreditCode?: string;
  /** The file name findings carry. */
  file?: string;
  locale?: Locale;
  /** Source header → element title or property path, for headers the layout and its variants do not know (`--map`). */
  mapping?: ColumnMapping;
  /** Ids of the crosswalks the data's platform uses (`--crosswalk`), preferred where code sets disagree. */
  crosswalks?: readonly string[];
  /** Mappings for one sheet role only (a layout whose tables reuse a header, as by_law in the national one), over `mapping`. */
  sheetMappings?: Partial<Record<SheetRole, ColumnMapping>>;
  /** Leaves out the validation of the result (a caller that joins several imports validates the whole). */
  skipValidation?: boolean;
  /** Receives the kept columns instead of the report (a caller that joins several imports reports each once). */
  onExtras?: (sheet: string, header: string, count: number) => void;
  /** Filled with the cell each value came from, so the caller can place its own findings (e.g. conformance) at their cells too. */
  sources?: SourceMap;
}

/** The imported catalogue (as read, even when it has errors) and the report of the import and its validation. */
export interface SpreadsheetImportResult {
  catalogue: Catalogue;
  report: Report;
}

/** Builds a v1 catalogue from spreadsheet rows: 目录信息, 事项 and the detail sheets. */
export function catalogueFromRows(sheets: readonly SheetData[], options: SpreadsheetImportOptions = {}): SpreadsheetImportResult {
  const locale = options.locale ?? "zh-CN";
  const issues = new ImportIssues(locale, options.file);
  const sources = options.sources ?? new SourceMap();
  const byRole = classifySheets(sheets, issues, options.sheet);
  for (const { sheet } of byRole.values()) if (sheet.truncatedAt !== undefined) issues.add("sheet-row-limit", "", { sheet: sheet.name, row: sheet.truncatedAt, ...(sheet.file ? { file: sheet.file } : {}) }, { limit: sheet.rowLimit ?? "" });

  const info = byRole.get("info");
  const header: Data = info ? readInfo(info.sheet, issues, sources) : {};
  const kind: CatalogueKind = options.kind ?? header.kind ?? inferKind(byRole.get("items")?.sheet);
  const catalogue = buildHeader(header, kind, options, issues, info?.sheet.name ?? "目录信息");

  const items: Data[] = [];
  const codes = { crosswalks: options.crosswalks ?? [], translations: [] as NonNullable<RowContext["translations"]> };
  const legalCells = new Map<number, { text: string; sheet: string; row: number; column: string }>();
  const itemsSheet = byRole.get("items")?.sheet;
  const mappingOf = (role: SheetRole): ColumnMapping => ({ ...options.mapping, ...options.sheetMappings?.[role] });
  const table = itemsSheet && readTable(itemsSheet, itemColumns, kind, issues, { mapping: resolveMapping(mappingOf("items"), itemColumns), keepUnknown: true });
  const missing = table ? itemColumns.filter((c) => c.required && appliesTo(c, kind) && !table.columns.some((b) => b.column === c)).map((c) => c.path.join("/")) : [];
  for (const { row, cells } of table ? table.rows : []) {
    const base = pointer("/items", items.length);
    const ctx = { base, sheet: table!.sheet.name, row, ...(itemsSheet!.file ? { file: itemsSheet!.file } : {}), kind, issues, sources, ...codes };
    const item = readRecord(cells, table!.columns, ctx);
    readExtras(cells, table!.extras, item, ctx);
    if (typeof item.legalBasis === "string") {
      const column = table!.columns.find((b) => b.column.path[0] === "legalBasis")!.letter;
      legalCells.set(items.length, { text: item.legalBasis, sheet: table!.sheet.name, row, column });
      delete item.legalBasis;
    }
    if (kind !== "basic") {
      item.materials = [];
      if (item.fees) item.fees.items = [];
    }
    items.push(item);
  }

  const legalRows = new Set<number>();
  for (const [role, { sheet, spec }] of byRole) {
    if (role === "info" || role === "items") continue;
    if (!spec.kinds.includes(kind)) {
      issues.add("sheet-not-applicable", "", { sheet: sheet.name, ...(sheet.file ? { file: sheet.file } : {}) }, { kind });
      continue;
    }
    const touched = attachDetails(sheet, spec, items, kind, issues, sources, mappingOf(role), codes, options.onExtras);
    if (role === "legalBasis") touched.forEach((i) => legalRows.add(i));
  }
  for (const [index, cell] of legalCells) {
    const at = { sheet: cell.sheet, row: cell.row, column: cell.column };
    if (legalRows.has(index)) issues.add("legal-basis-cell-ignored", pointer("/items", index, "legalBasis"), at, { header: "设定依据" });
    else items[index]!.legalBasis = parseLegalBasisCell(cell.text);
  }
  if (table) reportExtras(table, items, issues, undefined, options.onExtras);
  keepOriginals(codes.translations, items, issues, locale, itemsSheet?.name ?? "");
  const legalColumn = table?.columns.find((b) => b.column.path[0] === "legalBasis");
  items.forEach((item, index) => {
    // Required, but given by a sheet or a cell: only an item with neither is reported here.
    if (legalColumn && item.legalBasis === undefined) {
      const row = table!.rows[index]!.row;
      issues.add("cell-required", pointer("/items", index, "legalBasis"), { sheet: table!.sheet.name, row, column: legalColumn.letter, ...(itemsSheet!.file ? { file: itemsSheet!.file } : {}) }, { header: "设定依据" });
    }
  });

  const result = orderKeys({ ...catalogue, items: items.map((item) => orderKeys(item, ITEM_KEYS)) }, CATALOGUE_KEYS) as unknown as Catalogue;
  const covered = new CoveredFindings(issues.issues, missing);
  const validation = options.skipValidation ? [] : validate(result, { locale }).issues.filter((v) => !covered.covers(v));
  const located = validation.map((v) => sources.locate(v)).map((v) => (v.file === undefined && options.file !== undefined ? { ...v, file: options.file } : v));
  return { catalogue: result, report: buildReport([...issues.issues, ...located], items.length) };
}

/** The catalogue header: 目录信息 values, overridden by the options, with the level derived from the region code when absent. */
function buildHeader(info: Data, kind: CatalogueKind, options: SpreadsheetImportOptions, issues: ImportIssues, infoSheet: string): Data {
  const code: string | undefined = options.region ?? info.region?.code;
  const level: string | undefined = options.level ?? info.region?.level ?? (code && /^\d{12}$/.test(code) ? levelOfRegion(code) : undefined);
  const name: string | undefined = options.publisher ?? info.publisher?.name;
  const creditCode: string | undefined = options.publisherCreditCode ?? info.publisher?.creditCode;
  if (code === undefined) issues.add("header-missing", "/region/code", { sheet: infoSheet }, { header: "区划代码", option: "--region" });
  if (name === undefined) issues.add("header-missing", "/publisher/name", { sheet: infoSheet }, { header: "发布机构", option: "--publisher" });
  return {
    ...info,
    schemaVersion: info.schemaVersion ?? "1.0",
    kind,
    region: { ...(code !== undefined ? { code } : {}), ...(level !== undefined ? { level } : {}) },
    publisher: { ...(name !== undefined ? { name } : {}), ...(creditCode !== undefined ? { creditCode } : {}) },
  };
}
