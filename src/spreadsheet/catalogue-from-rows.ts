/**
 * Spreadsheet import on plain data: sheets of rows → a catalogue of the chosen major (the newest by default), with every cell it could not
 * read reported at its sheet, row and column, followed by the findings of `validate` on the result.
 * Browser-safe: no file access, no exceljs.
 */
import type { Locale } from "../i18n/locale.js";
import { buildReport, type Report } from "../report/issue.js";
import type { CatalogueKind } from "../rules/item-kind.js";
// Typed as the newest major, like the root entry; an import with `schema: "v1"` gives a v1 document.
import type { BasicCatalogue, ImplementationCatalogue, LevelCode, StandardCatalogue } from "../schema/types.js";
import { validate } from "../validate/validate.js";
import { CoveredFindings } from "./covered-findings.js";
import type { ColumnMapping } from "./column-mapping.js";
import type { SheetRole } from "./columns.js";
import { reportExtras } from "./extra-columns.js";
import type { Data } from "./read-record.js";
import type { SheetData } from "./sheet-data.js";
import type { SourceMap } from "./source-map.js";
import { TemplateImport, type LegalBasisCell } from "./template-import.js";

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
 * Builds a catalogue from spreadsheet rows: 目录信息, 事项 and the detail sheets. Whatever the cells hold, the
 * result is a report, never a throw; it throws a TypeError only for arguments of the wrong type (sheets that are
 * not a list of sheets, an unknown `schema` or `locale`).
 */
export function catalogueFromRows(sheets: readonly SheetData[], options: SpreadsheetImportOptions = {}): SpreadsheetImportResult {
  const run = new TemplateImport(sheets, options);
  const { table, itemsSheet } = run;
  const items: Data[] = [];
  const rowOf: number[] = [];
  const legalCells = new Map<number, LegalBasisCell>();
  for (let r = table ? table.head.headerRow : 0; table && r < itemsSheet!.rows.length; r++) {
    const entry = table.take(r, itemsSheet!.rows[r]);
    if (!entry) continue;
    const { item, legalCell } = run.readItem(entry, items.length);
    if (legalCell) legalCells.set(items.length, legalCell);
    rowOf.push(entry.row);
    items.push(item);
    if (options.releaseRows) itemsSheet!.rows[r] = undefined;
  }
  const legalRows = run.attachDetails(items);
  for (const [index, cell] of legalCells) run.placeLegalCell(items[index]!, index, cell, legalRows.has(index));
  if (table) reportExtras(table.head, items, run.issues("extras"), undefined, options.onExtras);
  run.originals.keep(run.codes.translations, (index) => items[index]);
  run.originals.report(run.issues("crosswalks"), run.locale, itemsSheet?.name ?? "");
  items.forEach((item, index) => run.requireLegalBasis(item, index, rowOf[index]!));
  run.reportRowLimits();

  // Ordered in place: a copy of the list would hold every item twice until the end of the import.
  for (let i = 0; i < items.length; i++) items[i] = run.orderItem(items[i]!);
  const result = run.catalogue(items) as unknown as SpreadsheetImportResult["catalogue"];
  const imported = run.allIssues().flatMap((phase) => phase.issues);
  const covered = new CoveredFindings(imported, run.missing);
  const validation = options.skipValidation ? [] : validate(result, { locale: run.locale }).issues.filter((v) => !covered.covers(v));
  const located = validation.map((v) => run.withFile(run.sources.locate(v)));
  return { catalogue: result, report: buildReport([...imported, ...located], items.length) };
}
