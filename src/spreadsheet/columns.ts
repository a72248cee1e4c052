/**
 * The shapes of the spreadsheet layout, shared by import, export and the template: each column names
 * the element it fills (a path inside its record), how its cells are read, and the catalogue kinds it
 * belongs to. The columns themselves are derived per major from its schema (layout.ts).
 */
import type { CodeSet } from "../codes/code-set.js";
import type { CatalogueKind } from "../rules/item-kind.js";
import { latestMajor } from "../schema/majors.js";
import { layoutOf } from "./layout.js";

/** How a column's cells are read and written. */
export type ValueType =
  | { type: "text" }
  /** A fixed-length code that Excel may have stored as a number (leading zeros lost). */
  | { type: "code"; digits?: number }
  | { type: "enum"; set: CodeSet<string> }
  | { type: "enums"; set: CodeSet<string> }
  | { type: "onlineDepth" }
  /** A whole number, optionally followed by a counter word (0次, 1份). */
  | { type: "count" }
  /** A day count; the cell may also carry its unit ("20个工作日"). */
  | { type: "days" }
  | { type: "unit" }
  | { type: "boolean" }
  | { type: "number" }
  | { type: "date" }
  /** A JSON object (扩展字段), or a list of records nested in a record. */
  | { type: "json" }
  /** A list of plain text values (情形材料, 主题分类): one per line, or split on 、 , ; when on one line. */
  | { type: "list" };

/** One column of a sheet (or one key row of the 目录信息 sheet). */
export interface Column {
  header: string;
  /** Other headers people use for the same column. */
  aliases?: readonly string[];
  /** Property path inside the sheet's record (item, material, fee, citation, step, catalogue). */
  path: readonly string[];
  value: ValueType;
  /** Catalogue kinds the column applies to; all when absent. */
  kinds?: readonly CatalogueKind[];
  /** An empty cell is an error (within the kinds the column applies to). */
  required?: boolean;
  /** Read on import, never written (a second way to give data that has a structured sheet). */
  importOnly?: boolean;
  /** One line for the template's cell note. */
  note: string;
}

/** The role of a sheet in the workbook. */
export type SheetRole = "info" | "items" | "materials" | "fees" | "legalBasis" | "process" | (string & {});

/** One sheet of the layout: its name, CSV file suffix, the item array it fills and its columns. */
export interface SheetSpec {
  role: SheetRole;
  name: string;
  aliases: readonly string[];
  /** `out.csv` holds the items; the others are `out.<csv>.csv`. */
  csv: string;
  /** Item property the detail rows fill (detail sheets only): the list's top-level key (fees for fees/items). */
  field?: string;
  /** Property path of the list in the item (detail sheets only), e.g. ["fees", "items"]. */
  listPath?: readonly string[];
  columns: readonly Column[];
  kinds: readonly CatalogueKind[];
}

/**
 * The sheets of the newest major's layout, in workbook order (layoutOf(major).sheets for another
 * major). Built on first use: a lazy view, so importing this module computes nothing.
 */
export const sheetSpecs: readonly SheetSpec[] = /* @__PURE__ */ lazyList(() => layoutOf(latestMajor).sheets);

/** A read-only array whose entries are computed on first access. */
function lazyList<T>(build: () => readonly T[]): readonly T[] {
  let list: readonly T[] | undefined;
  const get = () => (list ??= build());
  return new Proxy([] as T[], {
    get: (_, key) => {
      const value = Reflect.get(get(), key);
      return typeof value === "function" ? value.bind(get()) : value;
    },
    has: (_, key) => Reflect.has(get(), key),
    ownKeys: () => Reflect.ownKeys(get()),
    getOwnPropertyDescriptor: (_, key) => {
      // The empty target's own `length` must stay non-configurable (a proxy invariant); the entries may not be.
      const d = Reflect.getOwnPropertyDescriptor(get(), key);
      return d && key !== "length" ? { ...d, configurable: true } : d;
    },
  });
}

/** The hidden sheet of code lists the template's dropdowns point at; ignored on import. */
export const CODE_LIST_SHEET = "代码表";

/** The header of the 目录信息 sheet's two columns. */
export const INFO_HEADER = ["项目", "值"] as const;

/** Whether a column applies to a catalogue kind. */
export const appliesTo = (column: Column, kind: CatalogueKind) => !column.kinds || column.kinds.includes(kind);
