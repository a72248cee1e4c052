/**
 * Spreadsheet import on plain data: sheets of rows → a catalogue of the chosen major (the newest by default), with every cell it could not
 * read reported at its sheet, row and column, followed by the findings of `validate` on the result.
 * Browser-safe: no file access, no exceljs.
 */
import { levelOfRegion } from "../identifiers/region-code.js";
import { pointer } from "../internal/json-pointer.js";
import type { Locale } from "../i18n/locale.js";
import { buildReport, type Report } from "../report/issue.js";
import type { CatalogueKind } from "../rules/item-kind.js";
// Typed as the newest major, like the root entry; an import with `schema: "v1"` gives a v1 document.
import type { BasicCatalogue, ImplementationCatalogue, LevelCode, StandardCatalogue } from "../schema/types.js";
import { elementDocument } from "../schema/elements.js";
import type { Major } from "../schema/major.js";
import { latestMajor, majorOf } from "../schema/majors.js";
import { majorOption } from "./major-option.js";
import { validate } from "../validate/validate.js";
import { attachDetails } from "./attach-details.js";
import { classifySheets, inferKind } from "./classify-sheets.js";
import { CoveredFindings } from "./covered-findings.js";
import { resolveMapping, type ColumnMapping } from "./column-mapping.js";
import { appliesTo, type SheetRole } from "./columns.js";
import { LEADING_INFO } from "./column-notes.js";
import { layoutOf, type Layout } from "./layout.js";
import { readExtras, reportExtras } from "./extra-columns.js";
import { ImportIssues } from "./import-issues.js";
import { parseLegalBasisCell } from "./legal-basis-cell.js";
import { orderKeys } from "./order-keys.js";
import { readInfo } from "./read-info.js";
import { keepOriginals } from "./keep-originals.js";
import { readRecord, type Data, type RowContext } from "./read-record.js";
import type { SheetData } from "./sheet-data.js";
import { SourceMap } from "./source-map.js";
import { readTable } from "./table.js";

/** Options of a spreadsheet import; the header options override the 目录信息 sheet. */
export interface SpreadsheetImportOptions {
  /**
   * The major the result follows, by id ("v1", "v2"); else the one 目录信息's 标准版本 names, else the
   * newest. Each major has its own layout (v2 adds 办理情形, 中介服务, 特别程序 … sheets).
   */
  schema?: string;
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
  /**
   * Empties each row of the items sheet once its item is read (the sheet itself is changed), so that a caller that has
   * no further use for the rows (the CLI) never holds the rows and the items whole at once. The result is the same.
   */
  releaseRows?: boolean;
}

/** The imported catalogue (as read, even when it has errors) and the report of the import and its validation. */
export interface SpreadsheetImportResult {
  /** A list of items (never a 一件事 list: the layouts hold items). */
  catalogue: BasicCatalogue | StandardCatalogue | ImplementationCatalogue;
  report: Report;
}

/**
 * The layout an import reads: the named major's; else the major of the 标准版本 that 目录信息 gives
 * (read with the newest layout, whose 目录信息 rows every major shares); else the newest.
 */
function importLayout(sheets: readonly SheetData[], options: SpreadsheetImportOptions, locale: SpreadsheetImportOptions["locale"]): Layout {
  if (options.schema !== undefined) return layoutOf(majorOption(options.schema, "catalogueFromRows"));
  const latest = layoutOf(latestMajor);
  const info = classifySheets(sheets, latest.sheets, new ImportIssues(locale ?? "zh-CN"), options.sheet).get("info");
  const version = info ? readInfo(info.sheet, latest.info, new ImportIssues(locale ?? "zh-CN"), new SourceMap()).schemaVersion : undefined;
  return layoutOf(majorOf(version) ?? latestMajor);
}

/**
 * Builds a catalogue from spreadsheet rows: 目录信息, 事项 and the detail sheets. Whatever the cells hold, the
 * result is a report, never a throw; it throws a TypeError only for arguments of the wrong type (sheets that are
 * not a list of sheets, an unknown `schema` or `locale`).
 */
export function catalogueFromRows(sheets: readonly SheetData[], options: SpreadsheetImportOptions = {}): SpreadsheetImportResult {
  const locale = options.locale ?? "zh-CN";
  const layout = importLayout(sheets, options, locale);
  const itemColumns = layout.items;
  const issues = new ImportIssues(locale, options.file);
  const sources = options.sources ?? new SourceMap();
  const byRole = classifySheets(sheets, layout.sheets, issues, options.sheet);
  for (const { sheet } of byRole.values()) if (sheet.truncatedAt !== undefined) issues.add("sheet-row-limit", "", { sheet: sheet.name, row: sheet.truncatedAt, ...(sheet.file ? { file: sheet.file } : {}) }, { limit: sheet.rowLimit ?? "" });

  const info = byRole.get("info");
  const header: Data = info ? readInfo(info.sheet, layout.info, issues, sources) : {};
  const kind: CatalogueKind = options.kind ?? header.kind ?? inferKind(byRole.get("items")?.sheet, itemColumns, layout.keys);
  const catalogue = buildHeader(header, kind, options, issues, info?.sheet.name ?? "目录信息", layout.major);

  const items: Data[] = [];
  const codes = { crosswalks: options.crosswalks ?? [], translations: [] as NonNullable<RowContext["translations"]> };
  const legalCells = new Map<number, { text: string; sheet: string; row: number; column: string }>();
  const itemsSheet = byRole.get("items")?.sheet;
  const mappingOf = (role: SheetRole): ColumnMapping => ({ ...options.mapping, ...options.sheetMappings?.[role] });
  const table = itemsSheet && readTable(itemsSheet, itemColumns, kind, issues, { mapping: resolveMapping(mappingOf("items"), itemColumns), keepUnknown: true });
  const missing = table ? itemColumns.filter((c) => c.required && appliesTo(c, kind) && !table.columns.some((b) => b.column === c)).map((c) => c.path.join("/")) : [];
  for (const entry of table ? table.rows : []) {
    const { row, cells } = entry;
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
    if (options.releaseRows) {
      entry.cells = [];
      itemsSheet!.rows[row - 1] = undefined;
    }
  }

  const legalRows = new Set<number>();
  for (const [role, { sheet, spec }] of byRole) {
    if (role === "info" || role === "items") continue;
    if (!spec.kinds.includes(kind)) {
      issues.add("sheet-not-applicable", "", { sheet: sheet.name, ...(sheet.file ? { file: sheet.file } : {}) }, { kind });
      continue;
    }
    const touched = attachDetails(sheet, spec, layout.keys, items, kind, issues, sources, mappingOf(role), codes, options.onExtras);
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

  const itemElements = elementDocument(layout.major, `${kind}-item`).children;
  const catalogueElements = elementDocument(layout.major, "catalogue").children.filter((e) => e.key !== "items");
  // Ordered in place: a copy of the list would hold every item twice until the end of the import.
  for (let i = 0; i < items.length; i++) items[i] = orderKeys(items[i]!, itemElements);
  const result = orderKeys({ ...catalogue, items }, catalogueElements, LEADING_INFO) as unknown as SpreadsheetImportResult["catalogue"];
  const covered = new CoveredFindings(issues.issues, missing);
  const validation = options.skipValidation ? [] : validate(result, { locale }).issues.filter((v) => !covered.covers(v));
  const located = validation.map((v) => sources.locate(v)).map((v) => (v.file === undefined && options.file !== undefined ? { ...v, file: options.file } : v));
  return { catalogue: result, report: buildReport([...issues.issues, ...located], items.length) };
}

/** The catalogue header: 目录信息 values, overridden by the options, with the level derived from the region code when absent. */
function buildHeader(info: Data, kind: CatalogueKind, options: SpreadsheetImportOptions, issues: ImportIssues, infoSheet: string, major: Major): Data {
  const code: string | undefined = options.region ?? info.region?.code;
  const level: string | undefined = options.level ?? info.region?.level ?? (code && /^\d{12}$/.test(code) ? levelOfRegion(code) : undefined);
  const name: string | undefined = options.publisher ?? info.publisher?.name;
  const creditCode: string | undefined = options.publisherCreditCode ?? info.publisher?.creditCode;
  if (code === undefined) issues.add("header-missing", "/region/code", { sheet: infoSheet }, { header: "区划代码", option: "--region" });
  if (name === undefined) issues.add("header-missing", "/publisher/name", { sheet: infoSheet }, { header: "发布机构", option: "--publisher" });
  return {
    ...info,
    // A major named by the caller wins over the 标准版本 of another major in the sheet; else the sheet's value is kept as typed.
    schemaVersion: options.schema !== undefined && majorOf(info.schemaVersion) !== major ? major.schemaVersion : info.schemaVersion ?? major.schemaVersion,
    kind,
    region: { ...(code !== undefined ? { code } : {}), ...(level !== undefined ? { level } : {}) },
    publisher: { ...(name !== undefined ? { name } : {}), ...(creditCode !== undefined ? { creditCode } : {}) },
  };
}
