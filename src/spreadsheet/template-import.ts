/**
 * The steps of an import in the template's layout, shared by the in-memory import (catalogueFromRows, which holds every
 * item) and the streamed one (the CLI's, which reads, validates and writes one item at a time): the header and the items
 * table's head first, then each row read into an item, then the findings that need every row. Each phase keeps its own
 * findings, so the report lists them in the same order however the rows are taken. Browser-safe.
 */
import { levelOfRegion } from "../identifiers/region-code.js";
import { pointer } from "../internal/json-pointer.js";
import type { Locale } from "../i18n/locale.js";
import type { Issue } from "../report/issue.js";
import type { CatalogueKind } from "../rules/item-kind.js";
import { elementDocument, type Element } from "../schema/elements.js";
import type { Major } from "../schema/major.js";
import { latestMajor, majorOf } from "../schema/majors.js";
import { attachDetails } from "./attach-details.js";
import type { SpreadsheetImportOptions } from "./catalogue-from-rows.js";
import { classifySheets, inferKind, type SheetsByRole } from "./classify-sheets.js";
import { resolveMapping, type ColumnMapping } from "./column-mapping.js";
import { LEADING_INFO } from "./column-notes.js";
import { appliesTo, type SheetRole } from "./columns.js";
import { readExtras } from "./extra-columns.js";
import { ImportIssues, type ImportIssuesOptions } from "./import-issues.js";
import { OriginalsKeeper } from "./keep-originals.js";
import { layoutOf, type Layout } from "./layout.js";
import { parseLegalBasisCell } from "./legal-basis-cell.js";
import { majorOption } from "./major-option.js";
import { orderKeys } from "./order-keys.js";
import { readInfo } from "./read-info.js";
import { readRecord, type Data, type RowContext } from "./read-record.js";
import type { SheetData } from "./sheet-data.js";
import { SourceMap } from "./source-map.js";
import { tableReader, type BoundColumn, type TableReader, type TableRow } from "./table.js";

/** An item's 设定依据 given as text in its items-sheet cell, parsed once the detail sheets are known not to give it. */
export interface LegalBasisCell {
  text: string;
  sheet: string;
  row: number;
  column: string;
}

/** The phases of an import's findings, in report order. */
const PHASES = ["sheets", "rowLimits", "header", "itemsTable", "itemRows", "details", "legalCells", "extras", "crosswalks", "legalRequired"] as const;

/** A phase of an import's findings. */
export type ImportPhase = (typeof PHASES)[number];

/**
 * The layout an import reads: the named major's; else the major of the 标准版本 that 目录信息 gives
 * (read with the newest layout, whose 目录信息 rows every major shares); else the newest.
 */
function importLayout(sheets: readonly SheetData[], options: SpreadsheetImportOptions, locale: Locale): Layout {
  if (options.schema !== undefined) return layoutOf(majorOption(options.schema, "catalogueFromRows"));
  const latest = layoutOf(latestMajor);
  const info = classifySheets(sheets, latest.sheets, new ImportIssues(locale), options.sheet).get("info");
  const version = info ? readInfo(info.sheet, latest.info, new ImportIssues(locale), new SourceMap()).schemaVersion : undefined;
  return layoutOf(majorOf(version) ?? latestMajor);
}

/** One import in the template's layout: its header and items table read on construction, its rows taken by the caller. */
export class TemplateImport {
  readonly locale: Locale;
  readonly layout: Layout;
  readonly kind: CatalogueKind;
  readonly byRole: SheetsByRole;
  /** The catalogue without its items: 目录信息 and the options. */
  readonly header: Data;
  /** The cells of the header's values, and of the items' when the caller reads them with it. */
  readonly sources: SourceMap;
  readonly itemsSheet: SheetData | undefined;
  /** The items table, when its header row was found. */
  readonly table: TableReader | undefined;
  /** Paths of the required item columns the items sheet lacks (their validation findings repeat column-missing). */
  readonly missing: string[];
  /** Crosswalks asked for, and the translations made, by value pointer, until the caller keeps their originals. */
  readonly codes: { crosswalks: readonly string[]; translations: NonNullable<RowContext["translations"]> };
  readonly originals = new OriginalsKeeper();
  private readonly phases: Record<ImportPhase, ImportIssues>;
  private readonly legalColumn: BoundColumn | undefined;
  private readonly itemElements: readonly Element[];

  /** Reads the header and the items table's head; the items sheet may hold only its first rows (the header is in the first ten). */
  constructor(sheets: readonly SheetData[], readonly options: SpreadsheetImportOptions, issueOptions: ImportIssuesOptions = {}) {
    const locale = (this.locale = options.locale ?? "zh-CN");
    this.phases = Object.fromEntries(PHASES.map((p) => [p, new ImportIssues(locale, options.file, issueOptions)])) as Record<ImportPhase, ImportIssues>;
    const layout = (this.layout = importLayout(sheets, options, locale));
    this.sources = options.sources ?? new SourceMap();
    this.byRole = classifySheets(sheets, layout.sheets, this.phases.sheets, options.sheet);
    const info = this.byRole.get("info");
    const header: Data = info ? readInfo(info.sheet, layout.info, this.phases.header, this.sources) : {};
    this.itemsSheet = this.byRole.get("items")?.sheet;
    this.kind = options.kind ?? header.kind ?? inferKind(this.itemsSheet, layout.items, layout.keys);
    this.header = buildHeader(header, this.kind, options, this.phases.header, info?.sheet.name ?? "目录信息", layout.major);
    this.codes = { crosswalks: options.crosswalks ?? [], translations: [] };
    const items = layout.items;
    this.table = this.itemsSheet && tableReader(this.itemsSheet, items, this.kind, this.phases.itemsTable, { mapping: resolveMapping(this.mappingOf("items"), items), keepUnknown: true });
    const bound = this.table?.head.columns ?? [];
    this.missing = this.table ? items.filter((c) => c.required && appliesTo(c, this.kind) && !bound.some((b) => b.column === c)).map((c) => c.path.join("/")) : [];
    this.legalColumn = bound.find((b) => b.column.path[0] === "legalBasis");
    this.itemElements = elementDocument(layout.major, `${this.kind}-item`).children;
  }

  /** The findings of one phase, to add to. */
  issues(phase: ImportPhase): ImportIssues {
    return this.phases[phase];
  }

  /** Every phase's findings, in report order. */
  allIssues(): ImportIssues[] {
    return PHASES.map((p) => this.phases[p]);
  }

  /** The user's mappings for a sheet role. */
  mappingOf(role: SheetRole): ColumnMapping {
    return { ...this.options.mapping, ...this.options.sheetMappings?.[role] };
  }

  /** Reads a row of the items table into item `index`, its cells placed in `sources`; a 设定依据 cell's text is returned apart. */
  readItem(entry: TableRow, index: number, sources: SourceMap = this.sources): { item: Data; legalCell?: LegalBasisCell } {
    const { head } = this.table!;
    const file = this.itemsSheet!.file;
    const ctx = { base: pointer("/items", index), sheet: head.sheet.name, row: entry.row, ...(file ? { file } : {}), kind: this.kind, issues: this.phases.itemRows, sources, ...this.codes };
    const item = readRecord(entry.cells, head.columns, ctx);
    readExtras(entry.cells, head.extras, item, ctx);
    let legalCell: LegalBasisCell | undefined;
    if (typeof item.legalBasis === "string") {
      legalCell = { text: item.legalBasis, sheet: head.sheet.name, row: entry.row, column: this.legalColumn!.letter };
      delete item.legalBasis;
    }
    if (this.kind !== "basic") {
      item.materials = [];
      if (item.fees) item.fees.items = [];
    }
    return { item, ...(legalCell ? { legalCell } : {}) };
  }

  /** Appends the detail sheets' rows to the items they name; returns the indexes of the items the 设定依据 sheet gave rows. */
  attachDetails(items: Data[]): Set<number> {
    const legalRows = new Set<number>();
    for (const [role, { sheet, spec }] of this.byRole) {
      if (role === "info" || role === "items") continue;
      if (!spec.kinds.includes(this.kind)) {
        this.phases.details.add("sheet-not-applicable", "", { sheet: sheet.name, ...(sheet.file ? { file: sheet.file } : {}) }, { kind: this.kind });
        continue;
      }
      const touched = attachDetails(sheet, spec, this.layout.keys, items, this.kind, this.phases.details, this.sources, this.mappingOf(role), this.codes, this.options.onExtras);
      if (role === "legalBasis") touched.forEach((i) => legalRows.add(i));
    }
    return legalRows;
  }

  /** Parses item `index`'s 设定依据 cell into it, unless the 设定依据 sheet gave its citations (then the cell is reported as ignored). */
  placeLegalCell(item: Data, index: number, cell: LegalBasisCell, fromSheet: boolean): void {
    const at = { sheet: cell.sheet, row: cell.row, column: cell.column };
    if (fromSheet) this.phases.legalCells.add("legal-basis-cell-ignored", pointer("/items", index, "legalBasis"), at, { header: "设定依据" });
    else item.legalBasis = parseLegalBasisCell(cell.text);
  }

  /** Reports item `index` (read from `row`) when it has no 设定依据, required, from neither a sheet nor a cell. */
  requireLegalBasis(item: Data, index: number, row: number): void {
    if (!this.legalColumn || item.legalBasis !== undefined) return;
    const file = this.itemsSheet!.file;
    this.phases.legalRequired.add("cell-required", pointer("/items", index, "legalBasis"), { sheet: this.table!.head.sheet.name, row, column: this.legalColumn.letter, ...(file ? { file } : {}) }, { header: "设定依据" });
  }

  /** Reports the sheets their reader cut at the row limit (known once each is read to its end). */
  reportRowLimits(): void {
    for (const { sheet } of this.byRole.values()) {
      if (sheet.truncatedAt !== undefined) this.phases.rowLimits.add("sheet-row-limit", "", { sheet: sheet.name, row: sheet.truncatedAt, ...(sheet.file ? { file: sheet.file } : {}) }, { limit: sheet.rowLimit ?? "" });
    }
  }

  /** An item with its properties in the schema's order. */
  orderItem(item: Data): Data {
    return orderKeys(item, this.itemElements);
  }

  /** The catalogue with `items`, its properties in the schema's order (schemaVersion and kind first). */
  catalogue<T>(items: T): Data {
    const elements = elementDocument(this.layout.major, "catalogue").children.filter((e) => e.key !== "items");
    return orderKeys({ ...this.header, items }, elements, LEADING_INFO);
  }

  /** The file name of a validation finding that its cell did not name. */
  withFile(issue: Issue): Issue {
    return issue.file === undefined && this.options.file !== undefined ? { ...issue, file: this.options.file } : issue;
  }
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
