/**
 * Export in the national exchange layout (JSON form): one record per item with the national column
 * names, codes as codes, and `materials`, `fees`, `by_laws` and `process` arrays. An element without a
 * national column is written under its template header (主管部门, 材料编码 …), so importing the
 * records gives the same items back. The elements only the newest major holds go to their national
 * columns too (src/national/v2-places.ts).
 */
import type { CatalogueKind } from "../rules/item-kind.js";
import { appliesTo, type Column, type SheetRole } from "../spreadsheet/columns.js";
import { isRecord } from "../spreadsheet/json-records.js";
import { getPath, type Data } from "../spreadsheet/read-record.js";
import { NATIONAL_COLUMNS, NATIONAL_TABLES, nationalSheets } from "./columns.js";
import { keptTables, placedColumns, placedMaterialColumns } from "./v2-places.js";

/** A value as the national layout writes it: lists joined with commas, yes/no as 1/0, objects as they are. */
function nationalValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.join(",");
  if (typeof value === "boolean") return value ? "1" : "0";
  return value;
}

/** The sheet name of a role (the key its rows' kept columns have under extensions). */
const sheetName = (role: SheetRole) => nationalSheets().find((s) => s.role === role)!.name;

/** An object without one key. */
const omit = (data: Data, key: string): Data => Object.fromEntries(Object.entries(data).filter(([k]) => k !== key));

/** The key a column is written under: its national column, else its template header. */
function keyOf(column: Column, role: SheetRole): string {
  const national = Object.entries(NATIONAL_COLUMNS[role] ?? {}).find(([, path]) => path === column.path.join("/"));
  return national?.[0] ?? column.header;
}

/** One record of a role's columns. */
function recordOf(source: Data, role: SheetRole, kind: CatalogueKind): Data {
  const spec = nationalSheets().find((s) => s.role === role)!;
  const record: Data = {};
  for (const column of spec.columns) {
    if (!appliesTo(column, kind) || (role === "items" && column.path[0] === "legalBasis")) continue;
    const value = getPath(source, column.path);
    if (value !== undefined) record[keyOf(column, role)] = nationalValue(value);
  }
  return record;
}

/** The rows of an item's table. */
function rowsOf(item: Data, role: SheetRole): Data[] {
  if (role === "fees") return item.fees?.items ?? [];
  return (item[nationalSheets().find((s) => s.role === role)!.field!] as Data[] | undefined) ?? [];
}

/** A catalogue's items as national-layout records (the catalogue header is not part of the layout). */
export function nationalFromCatalogue(catalogue: { kind: CatalogueKind; items?: readonly unknown[] }): Data[] {
  return (catalogue.items ?? []).map((raw) => {
    const item = raw as Data;
    const kept = (item.extensions ?? {}) as Data;
    // The columns an import kept beside a table's rows (extensions[<sheet>][i]) go back into those rows.
    const besideRows = (role: SheetRole) => {
      const rest = kept[sheetName(role)];
      return Array.isArray(rest) && rest.length <= rowsOf(item, role).length && rest.every(isRecord) ? rest : undefined;
    };
    const merged = [...keptTables(item), ...NATIONAL_TABLES.filter(({ role }) => besideRows(role)).map(({ role }) => sheetName(role))];
    const extensions = Object.fromEntries(Object.entries(kept).filter(([k]) => !merged.includes(k)));
    const source = Object.keys(extensions).length === 0 ? omit(item, "extensions") : { ...item, extensions };
    const record = { ...recordOf(source, "items", catalogue.kind), ...placedColumns(item) };
    for (const { role, field } of NATIONAL_TABLES) {
      const rest = besideRows(role) ?? [];
      const rows = rowsOf(item, role).map((row, i) => ({ ...rest[i], ...recordOf(row, role, catalogue.kind), ...(role === "materials" ? placedMaterialColumns(row) : {}) }));
      if (rows.length > 0) record[field] = rows;
    }
    return record;
  });
}
