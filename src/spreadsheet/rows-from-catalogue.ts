/**
 * Spreadsheet export on plain data: a v1 catalogue → the sheets of the layout (目录信息, 事项 and the
 * detail sheets), codes written as their zh labels, so that importing the rows gives the catalogue back.
 */
import { timeUnits } from "../codes/code-sets.js";
import type { CatalogueKind } from "../rules/item-kind.js";
import { appliesTo, INFO_HEADER, keyColumns, sheetSpecs, type Column, type SheetSpec } from "./columns.js";
import { labelOfCode } from "./labels.js";
import { onlineDepths } from "../codes/code-sets.js";
import { getPath, type Data } from "./read-record.js";
import { stringifyJson } from "../internal/stringify-json.js";
import type { SheetData } from "./sheet-data.js";

/** A cell as written: text or a number; undefined leaves the cell empty. */
export type OutCell = string | number | undefined;

/** Formats a value of a column as its cell. */
export function formatValue(column: Column, value: unknown): OutCell {
  if (value === undefined || value === null) return undefined;
  const v = column.value;
  switch (v.type) {
    case "enum":
      return labelOfCode(v.set, value as string);
    case "enums":
      return (value as string[]).map((c) => labelOfCode(v.set, c)).join("、");
    case "onlineDepth":
      return labelOfCode(onlineDepths, value as number);
    case "unit":
      return labelOfCode(timeUnits, value as string);
    case "boolean":
      return value ? "是" : "否";
    case "json":
      return stringifyJson(value);
    case "count":
    case "days":
    case "number":
      return typeof value === "number" ? value : String(value);
    default:
      return String(value);
  }
}

/** The columns of a sheet that a catalogue of `kind` writes. */
export function exportColumns(spec: SheetSpec, kind: CatalogueKind): Column[] {
  const own = spec.columns.filter((c) => appliesTo(c, kind) && !c.importOnly);
  return spec.role === "items" || spec.role === "info" ? own : [...keyColumns.filter((c) => appliesTo(c, kind)), ...own];
}

/** The sheets that a catalogue of `kind` has, in workbook order. */
export const exportSpecs = (kind: CatalogueKind) => sheetSpecs.filter((s) => s.kinds.includes(kind));

/** The detail records of an item for a detail sheet. */
function detailsOf(item: Data, spec: SheetSpec): Data[] {
  if (spec.field === "fees") return item.fees?.items ?? [];
  return (item[spec.field!] as Data[] | undefined) ?? [];
}

/** Writes a catalogue as plain sheets: a header row, then one row per record. */
export function rowsFromCatalogue(catalogue: Data): SheetData[] {
  const kind = catalogue.kind as CatalogueKind;
  const items = (catalogue.items ?? []) as Data[];
  return exportSpecs(kind).map((spec) => {
    const columns = exportColumns(spec, kind);
    if (spec.role === "info") {
      const rows = columns.map((c) => [c.header, formatValue(c, getPath(catalogue, c.path))]);
      return { name: spec.name, rows: [[...INFO_HEADER], ...rows] };
    }
    const header = columns.map((c) => c.header);
    if (spec.role === "items") return { name: spec.name, rows: [header, ...items.map((item) => columns.map((c) => formatValue(c, getPath(item, c.path))))] };
    const keys = columns.filter((c) => keyColumns.includes(c));
    const rows = items.flatMap((item) =>
      detailsOf(item, spec).map((detail) => columns.map((c) => formatValue(c, getPath(keys.includes(c) ? item : detail, c.path)))),
    );
    return { name: spec.name, rows: [header, ...rows] };
  });
}
