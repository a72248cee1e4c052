/**
 * A template import taken one items-sheet row at a time: each row becomes an item, is validated alone (CatalogueRun,
 * which equals validate() on the whole catalogue) and handed to `onItem` (the CLI writes it), then dropped. Nothing
 * grows with the rows but the duplicate keys and the findings kept (all, or the first `maxIssues`). Its report equals
 * catalogueFromRows' (capped as capReport caps it) for a workbook without detail sheets (目录信息 and 事项 only): rows
 * of a detail sheet belong to items that may come later, so those imports are read in memory. Browser-safe logic.
 */
import { itemIndexOf } from "../internal/json-pointer.js";
import { assignOwn } from "../internal/own-property.js";
import { buildReport, type Issue, type Report } from "../report/issue.js";
import { IssueCollector } from "../report/issue-collector.js";
import type { SpreadsheetImportOptions } from "../spreadsheet/catalogue-from-rows.js";
import { CoveredFindings } from "../spreadsheet/covered-findings.js";
import { holdsExtra, reportExtraCounts } from "../spreadsheet/extra-columns.js";
import type { Data } from "../spreadsheet/read-record.js";
import type { RawCell, SheetData } from "../spreadsheet/sheet-data.js";
import { SourceMap } from "../spreadsheet/source-map.js";
import { TemplateImport } from "../spreadsheet/template-import.js";
import { CatalogueRun } from "./catalogue-run.js";

/** Options of a streamed import: the import's, and the findings kept. */
export interface StreamedImportOptions extends SpreadsheetImportOptions {
  /** Findings kept in the report, the summary counting all (as capReport); 0, the default, keeps all. */
  maxIssues?: number;
}

/** One streamed import: construct it with the sheets (the items sheet holding at least its first ten rows), then feed `row` every row below the header. */
export class StreamedImport {
  private readonly run: TemplateImport;
  private readonly validation: CatalogueRun;
  /** The catalogue's header in document order, with `items: []` where the items go. */
  readonly document: Data;
  /** The errors of the header phases, and those of the item being read, which make validation findings redundant. */
  private readonly headerErrors: Issue[];
  private itemErrors: Issue[] = [];
  private covered: CoveredFindings;
  private readonly headerCovered: CoveredFindings;
  /** The item whose validation runs now (-1 for the header's), and the cells of its values. */
  private current = -1;
  private itemSources = new SourceMap();
  /** Each kept validation finding placed at its cell, found while its item's cells were known. */
  private readonly located = new WeakMap<Issue, Issue>();
  private readonly extraCounts: number[];
  private items = 0;
  private readonly max: number;

  /** Whether an import with these options can be streamed (given no detail sheets): no items sheet named, no cells or validation asked apart. */
  static fits(options: SpreadsheetImportOptions): boolean {
    return options.sheet === undefined && options.sources === undefined && options.skipValidation === undefined && options.releaseRows === undefined;
  }

  constructor(sheets: readonly SheetData[], options: StreamedImportOptions, private readonly onItem: (item: Data) => void) {
    this.max = options.maxIssues ?? 0;
    let errors: Issue[] = [];
    // Every finding passes here, kept or not: an error's path may make a validation finding redundant.
    const onIssue = (issue: Issue) => void (issue.severity === "error" && errors.push(issue));
    this.run = new TemplateImport(sheets, options, { max: this.max, onIssue });
    if ([...this.run.byRole.keys()].some((role) => role !== "info" && role !== "items")) throw new Error("StreamedImport: detail sheets need the in-memory import");
    this.headerErrors = errors;
    errors = this.itemErrors;
    this.headerCovered = this.covered = new CoveredFindings(this.headerErrors, this.run.missing);
    this.extraCounts = (this.run.table?.head.extras ?? []).map(() => 0);
    this.document = this.run.catalogue([]);
    this.validation = new CatalogueRun(this.run.locale, {
      maxIssues: this.max,
      keep: (issue) => {
        if (this.covered.covers(issue)) return false;
        this.located.set(issue, (itemIndexOf(issue.path) === this.current ? this.itemSources : this.run.sources).locate(issue));
        return true;
      },
    });
    assignOwn(this.validation.header, this.document);
    this.validation.startItems();
  }

  /** The items table's header row (1-based; 0 when none was found): feed `row` the rows after it. */
  get headerRow(): number {
    return this.run.table?.head.headerRow ?? 0;
  }

  /** Takes the items sheet's row at 0-based `index` (each row after the header, in order). */
  row(index: number, cells: RawCell[] | undefined): void {
    const table = this.run.table;
    const entry = table?.take(index, cells);
    if (!entry) return;
    const at = this.items++;
    this.current = at;
    this.itemSources = new SourceMap();
    this.itemErrors.length = 0;
    const { item, legalCell } = this.run.readItem(entry, at, this.itemSources);
    // The steps catalogueFromRows takes once every row is read, in its order, for this item alone.
    if (legalCell) this.run.placeLegalCell(item, at, legalCell, false);
    table!.head.extras.forEach((extra, i) => void (holdsExtra(item, extra) && this.extraCounts[i]!++));
    this.run.originals.keep(this.run.codes.translations, (i) => (i === at ? item : undefined));
    this.run.codes.translations.length = 0;
    this.run.requireLegalBasis(item, at, entry.row);
    const ordered = this.run.orderItem(item);
    this.covered = new CoveredFindings([...this.headerErrors, ...this.itemErrors], this.run.missing);
    this.validation.item(at, ordered);
    this.onItem(ordered);
  }

  /** The report, after the last row; `before` are findings about the files, listed first. */
  finish(before: readonly Issue[] = []): Report {
    const { run } = this;
    const table = run.table;
    if (table) reportExtraCounts(table.head, this.extraCounts, run.issues("extras"), run.options.onExtras);
    run.originals.report(run.issues("crosswalks"), run.locale, run.itemsSheet?.name ?? "");
    run.reportRowLimits();
    this.current = -1;
    this.covered = this.headerCovered;
    const validation = this.validation.report();
    this.validation.close();
    const collector = new IssueCollector(this.max);
    for (const issue of before) collector.add(issue);
    for (const phase of run.allIssues()) {
      for (const issue of phase.issues) collector.add(issue);
      collector.addDropped(phase.omitted);
    }
    for (const issue of validation.issues) collector.add(run.withFile(this.located.get(issue) ?? issue));
    const shown = buildReport(validation.issues, 0).summary;
    collector.addDropped({ errors: validation.summary.errors - shown.errors, warnings: validation.summary.warnings - shown.warnings, infos: validation.summary.infos - shown.infos });
    return collector.report(this.items);
  }
}
