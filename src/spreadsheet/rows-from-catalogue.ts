/**
 * Spreadsheet export on plain data: a catalogue → the sheets of its major's layout (目录信息, 事项 and
 * the detail sheets), codes written as their zh labels, so that importing the rows gives the catalogue back.
 */
import { timeUnits } from "../codes/code-sets.js";
import { isCatalogueKind, type CatalogueKind } from "../rules/item-kind.js";
import { latestMajor, majorOfDocument } from "../schema/majors.js";
import { appliesTo, INFO_HEADER, type Column, type SheetSpec } from "./columns.js";
import { layoutOf, type Layout } from "./layout.js";
import { labelOfCode } from "./labels.js";
import { onlineDepths } from "../codes/code-sets.js";
import { getPath, type Data } from "./read-record.js";
import { stringifyJson } from "../internal/stringify-json.js";
import type { MessageParams } from "../i18n/entry.js";
import { wordedError } from "../i18n/localized-error.js";
import type { SheetData } from "./sheet-data.js";

/** A cell as written: text or a number; undefined leaves the cell empty. */
export type OutCell = string | number | undefined;

/**
 * Formats a value of a column as its cell. A value of the wrong type for its column (a catalogue
 * that fails the schema) is written as JSON text, so nothing is dropped and the import reports it.
 */
export function formatValue(column: Column, value: unknown): OutCell {
  if (value === undefined || value === null) return undefined;
  const v = column.value;
  if (typeof value === "object" && v.type !== "json" && !((v.type === "enums" || v.type === "list") && Array.isArray(value))) return stringifyJson(value);
  switch (v.type) {
    case "enum":
      return labelOfCode(v.set, value as string);
    case "enums":
      if (!Array.isArray(value)) return typeof value === "string" ? value : stringifyJson(value);
      return (value as unknown[]).map((c) => (typeof c === "string" ? labelOfCode(v.set, c) : stringifyJson(c))).join("、");
    case "onlineDepth":
      return labelOfCode(onlineDepths, value as number);
    case "unit":
      return labelOfCode(timeUnits, value as string);
    case "boolean":
      return value ? "是" : "否";
    case "json":
      return stringifyJson(value);
    case "list": {
      if (!Array.isArray(value)) return typeof value === "string" ? value : stringifyJson(value);
      const texts = (value as unknown[]).map((v) => (typeof v === "string" ? v : stringifyJson(v) ?? ""));
      // One per line when a value holds a separator, so that import splits it back the same way.
      return texts.join(texts.some((t) => /[,，、;；/／\n\r]/.test(t)) ? "\n" : "、");
    }
    case "count":
    case "days":
    case "number":
      return typeof value === "number" ? value : String(value);
    default:
      return String(value);
  }
}

/** The layout a catalogue is written in: its major's, the newest for a document without a known schemaVersion. */
export const layoutOfDocument = (catalogue: unknown): Layout => layoutOf(majorOfDocument(catalogue) ?? latestMajor);

/** The columns of a sheet that a catalogue of `kind` writes. */
export function exportColumns(spec: SheetSpec, kind: CatalogueKind, layout: Layout = layoutOf(latestMajor)): Column[] {
  const own = spec.columns.filter((c) => appliesTo(c, kind) && !c.importOnly);
  return spec.role === "items" || spec.role === "info" ? own : [...layout.keys.filter((c) => appliesTo(c, kind)), ...own];
}

/** The sheets that a catalogue of `kind` has, in workbook order. */
export const exportSpecs = (kind: CatalogueKind, layout: Layout = layoutOf(latestMajor)) => layout.sheets.filter((s) => s.kinds.includes(kind));

/** The list a detail sheet's rows come from in an item (undefined when absent). */
export const listOf = (item: Data, spec: SheetSpec): unknown => getPath(item, spec.listPath ?? []);

/** The detail records of an item for a detail sheet. */
function detailsOf(item: Data, spec: SheetSpec): Data[] {
  const list = listOf(item, spec);
  return Array.isArray(list) ? (list as Data[]) : [];
}

const isRecord = (value: unknown): value is Data => typeof value === "object" && value !== null && !Array.isArray(value);

/** What a value is, for messages: "null", "array", "string" … (a message words it). */
const kindOf = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

/** Why a catalogue cannot be laid out as sheets: a catalogue message and its params. */
export interface ExportProblem {
  /** The message id. */
  id: "error.export.shape" | "error.export.kind";
  /** Its params: the pointer (`at`), what is there (`kind`) and what the layout needs (`expected`), or the bad kind (`value`). */
  params: MessageParams;
}

const shape = (at: string, value: unknown, expected: "object" | "item" | "items" | "list"): ExportProblem => ({ id: "error.export.shape", params: { at, kind: kindOf(value), expected } });

/**
 * Why a catalogue cannot be laid out as sheets, or undefined when it can: it must be an object of
 * a known kind whose items (and their lists of materials, fees, citations and steps) are objects.
 * Other schema errors are written as they are (see formatValue).
 */
export function exportProblem(catalogue: unknown): ExportProblem | undefined {
  if (!isRecord(catalogue)) return shape("", catalogue, "object");
  if (!isCatalogueKind(catalogue.kind)) return { id: "error.export.kind", params: { value: stringifyJson(catalogue.kind) } };
  if (catalogue.items === undefined) return undefined;
  if (!Array.isArray(catalogue.items)) return shape("/items", catalogue.items, "items");
  const specs = exportSpecs(catalogue.kind, layoutOfDocument(catalogue)).filter((spec) => spec.listPath !== undefined);
  for (const [i, item] of (catalogue.items as unknown[]).entries()) {
    if (!isRecord(item)) return shape(`/items/${i}`, item, "item");
    for (const spec of specs) {
      const list = listOf(item, spec);
      const at = `/items/${i}/${spec.listPath!.join("/")}`;
      if (list === undefined) continue;
      if (!Array.isArray(list)) return shape(at, list, "list");
      const bad = list.findIndex((entry) => !isRecord(entry));
      if (bad >= 0) return shape(`${at}/${bad}`, list[bad], "object");
    }
  }
  return undefined;
}

/**
 * Writes a catalogue as plain sheets: a header row, then one row per record. Throws a TypeError
 * (worded from exportProblem's message, with the JSON Pointer; zh-CN) when the catalogue has no such shape.
 */
export function rowsFromCatalogue(catalogue: Data): SheetData[] {
  const problem = exportProblem(catalogue);
  if (problem !== undefined) throw wordedError(TypeError, problem.id, { ...problem.params, caller: "rowsFromCatalogue" });
  const kind = catalogue.kind as CatalogueKind;
  const items = (catalogue.items ?? []) as Data[];
  const layout = layoutOfDocument(catalogue);
  return exportSpecs(kind, layout).map((spec) => {
    const columns = exportColumns(spec, kind, layout);
    if (spec.role === "info") {
      const rows = columns.map((c) => [c.header, formatValue(c, getPath(catalogue, c.path))]);
      return { name: spec.name, rows: [[...INFO_HEADER], ...rows] };
    }
    const header = columns.map((c) => c.header);
    if (spec.role === "items") return { name: spec.name, rows: [header, ...items.map((item) => columns.map((c) => formatValue(c, getPath(item, c.path))))] };
    const keys = columns.filter((c) => layout.keys.includes(c));
    const rows = items.flatMap((item) =>
      detailsOf(item, spec).map((detail) => columns.map((c) => formatValue(c, getPath(keys.includes(c) ? item : detail, c.path)))),
    );
    return { name: spec.name, rows: [header, ...rows] };
  });
}
