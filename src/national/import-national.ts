/**
 * Import of the national exchange layout: each record (JSON form or AUDIT_* form) is read like a
 * one-item workbook whose headers are the national column names, so the codes, crosswalks, the
 * 设定依据 parser and the kept extensions work as for spreadsheets; records of one item in several
 * task_versions are imported one by one, each with its 事项版本 (which the duplicate check reads as
 * history), or only the newest with `latest`.
 */
import type { Locale } from "../i18n/locale.js";
import { wordedError } from "../i18n/localized-error.js";
import { pointer } from "../internal/json-pointer.js";
import { buildReport, type Issue } from "../report/issue.js";
import { catalogueFromRows, type SpreadsheetImportOptions, type SpreadsheetImportResult } from "../spreadsheet/catalogue-from-rows.js";
import type { SheetRole } from "../spreadsheet/columns.js";
import { ImportIssues } from "../spreadsheet/import-issues.js";
import { sheetFromRecords } from "../spreadsheet/json-records.js";
import type { SheetData } from "../spreadsheet/sheet-data.js";
import { validate } from "../validate/validate.js";
import { migrate } from "../migrate/migrate.js";
import { latestMajor, majorOfDocument } from "../schema/majors.js";
import type { Data } from "../spreadsheet/read-record.js";
import { countKey, placeColumns, type PlacedCounts } from "./v2-places.js";
import { NATIONAL_COLUMNS, NATIONAL_KEYS, NATIONAL_TABLES, nationalLayoutMajor, nationalSheets } from "./columns.js";
import { latestOnly, nationalRecords, type NationalRecord } from "./national-records.js";

/** Options of a national import: the spreadsheet import's, and whether only each item's newest version is kept. */
export interface NationalImportOptions extends Omit<SpreadsheetImportOptions, "sheet" | "sheetMappings" | "skipValidation"> {
  /** Keep only the newest task_version of each item. */
  latest?: boolean;
}

/** The sheet name of a role. */
const sheetName = (role: SheetRole) => nationalSheets().find((s) => s.role === role)!.name;

/** The sheets of one record: its item row, and its tables' rows with the item's keys. */
function sheetsOf(record: NationalRecord): SheetData[] {
  const keys = Object.fromEntries(Object.keys(NATIONAL_KEYS).flatMap((k) => {
    const value = record.item[k] ?? (k === "task_handle_item" ? record.item.ywcode : undefined);
    return value === undefined || value === "" ? [] : [[k, value]];
  }));
  return [
    sheetFromRecords([record.item], sheetName("items")),
    ...Object.entries(record.tables).filter(([, rows]) => (rows ?? []).length > 0).map(([role, rows]) => sheetFromRecords((rows ?? []).map((row) => ({ ...row, ...keys })), sheetName(role as SheetRole))),
  ];
}

/** A finding of record `index`'s one-item import, placed in the whole catalogue. */
function placed(issue: Issue, index: number): Issue {
  const path = issue.path.startsWith("/items/0") ? pointer("/items", index) + issue.path.slice("/items/0".length) : issue.path;
  const { column: _column, ...rest } = issue;
  return { ...rest, path, line: index + 1 };
}

/**
 * Imports a national-layout document (an array of records, or `{ samples: [{ records }] }`) as an
 * implementation catalogue; throws a TypeError when the document holds no records.
 */
export function importNational(document: unknown, options: NationalImportOptions = {}): SpreadsheetImportResult {
  const locale: Locale = options.locale ?? "zh-CN";
  const all = nationalRecords(document);
  if (!all) throw wordedError(TypeError, "error.national.no-records", {}, locale);
  const records = options.latest ? latestOnly(all) : all;
  const { latest: _latest, ...rest } = options;
  const sheetMappings = Object.fromEntries([
    ["items", NATIONAL_COLUMNS.items],
    ...NATIONAL_TABLES.map(({ role }) => [role, { ...NATIONAL_COLUMNS[role], ...NATIONAL_KEYS }]),
  ]);
  const issues: Issue[] = [];
  const items: unknown[] = [];
  let header: Record<string, unknown> | undefined;
  // Each kept column is reported once for the whole document, with the number of values kept.
  const extras = new Map<string, { sheet: string; header: string; count: number }>();
  const onExtras = (sheet: string, column: string, count: number) => {
    const seen = extras.get(`${sheet}\u0000${column}`) ?? { sheet, header: column, count: 0 };
    extras.set(`${sheet}\u0000${column}`, { ...seen, count: seen.count + count });
  };
  records.forEach((record, index) => {
    // Read with the layout NATIONAL_COLUMNS are written against, then migrated to the newest major below.
    const { catalogue, report } = catalogueFromRows(sheetsOf(record), { kind: "implementation", ...rest, schema: nationalLayoutMajor(), sheetMappings, skipValidation: true, onExtras });
    header ??= catalogue as unknown as Record<string, unknown>;
    items.push(...catalogue.items);
    // The header findings (a missing 区划代码 …) are the same for every record: reported once.
    issues.push(...report.issues.filter((i) => index === 0 || i.path.startsWith("/items")).map((i) => (i.path.startsWith("/items") ? placed(i, index) : i)));
  });
  const catalogue = toLatestMajor({ ...(header ?? { kind: "implementation" }), items });
  // The columns only the newest major has a place for leave extensions for their elements.
  const placedCounts: PlacedCounts = new Map();
  const sheets = { items: sheetName("items"), materials: sheetName("materials") };
  (catalogue.items as Data[]).forEach((item, i) => placeColumns(item, records[i]!.item, records[i]!.tables.materials ?? [], sheets, placedCounts));
  const kept = new ImportIssues(locale, options.file);
  for (const { sheet, header: column, count } of extras.values()) {
    const left = count - (placedCounts.get(countKey(sheet, column)) ?? 0);
    if (left > 0) kept.add("column-extension", "", { sheet }, { header: column, count: left });
  }
  issues.push(...kept.issues);
  const findings = validate(catalogue, { locale }).issues;
  return { catalogue, report: buildReport(dedupe([...issues, ...findings]), items.length) };
}

/** A catalogue in the newest major: the spreadsheet layer's reading, migrated when it gave an older one. */
function toLatestMajor(catalogue: Data): SpreadsheetImportResult["catalogue"] {
  const major = majorOfDocument(catalogue);
  const latest = major === undefined || major === latestMajor ? catalogue : migrate(catalogue, { from: major.id, to: latestMajor.id });
  return latest as SpreadsheetImportResult["catalogue"];
}

/** Drops repeated findings (a header finding every record's import gave). */
function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = JSON.stringify(i);
    return !seen.has(key) && (seen.add(key), true);
  });
}
