/**
 * The spreadsheet layout of a major, derived from its element table: the 目录信息 rows are the
 * catalogue header's elements, the 事项 sheet holds every item element outside a list of records,
 * and each list of records (设定依据, 申请材料, 收费项目, 办理流程, and in v2 办理情形, 中介服务 …) is a
 * sheet of its own. Headers and sheet names ARE the schema titles; only typing hints and the header
 * variants of real sources are kept as data (column-notes.ts, header-aliases.ts). A field added to
 * the schema gets its column without any edit here.
 */
import { allCodeSets } from "../codes/code-sets.js";
import type { CodeSet } from "../codes/code-set.js";
import { elementDocument, elementsAlong, type Element } from "../schema/elements.js";
import type { Major } from "../schema/major.js";
import { CATALOGUE_KINDS, type CatalogueKind } from "../rules/item-kind.js";
import { CELL_FORMS, COLUMN_NOTES, FILLED_ON_IMPORT, ITEM_KEYS, LEADING_INFO, KEY_NOTES, SHEET_ALIASES, TEMPLATE_ALIASES, typeHint } from "./column-notes.js";
import type { Column, SheetSpec, ValueType } from "./columns.js";

/** A major's layout: the 目录信息 rows, the item columns, the key columns of detail sheets, and the sheets in workbook order. */
export interface Layout {
  readonly major: Major;
  readonly info: readonly Column[];
  readonly items: readonly Column[];
  /** The columns that tie a detail row to its item; the most specific one filled wins. */
  readonly keys: readonly Column[];
  readonly sheets: readonly SheetSpec[];
}

/** An element with where it sits in its sheet's record. */
interface Placed {
  element: Element;
  path: string[];
  /** The elements from the record's root down to the element's parent. */
  parents: Element[];
}

const sets: readonly CodeSet<string | number>[] = allCodeSets;

/**
 * The code set of a coded element: the one it names, else the one of its title (目录类型: each kind of
 * catalogue names one code, and the bundle kind has no spreadsheet layout, so no set equals them all).
 */
function setOf(element: Element): CodeSet<string | number> | undefined {
  if (!element.codes) return undefined;
  return sets.find((s) => s.id === element.codeSet) ?? sets.find((s) => s.title.zh === element.title);
}

/** How a cell of an element is read and written, from its JSON type, codes, format and pattern. */
function valueOf(element: Element, parent: Element | undefined): ValueType {
  const set = setOf(element);
  if (element.type === "object") return { type: "json" };
  if (set?.id === "online-depth") return { type: "onlineDepth" };
  if (set?.id === "time-unit") return { type: "unit" };
  if (set) return element.array ? { type: "enums", set: set as CodeSet<string> } : { type: "enum", set: set as CodeSet<string> };
  if (element.array) return { type: "list" };
  if (element.type === "boolean") return { type: "boolean" };
  if (element.type === "number") return { type: "number" };
  // A duration's count may carry its unit in the cell ("20个工作日").
  if (element.type === "integer") return parent?.children.some((c) => setOf(c)?.id === "time-unit") ? { type: "days" } : { type: "count" };
  if (element.format === "date") return { type: "date" };
  const digits = /^\^\\d\{(\d+)\}\$$/.exec(element.pattern ?? "")?.[1];
  // A code Excel may have stored as a number; a schema version ("1.0") is text, not a code.
  if (element.pattern !== undefined && element.key !== "schemaVersion") return { type: "code", ...(digits ? { digits: Number(digits) } : {}) };
  return { type: "text" };
}

/** The elements of a record flattened to its columns' elements, and the lists of records found inside it. */
function flatten(elements: readonly Element[], path: string[], parents: Element[], leaves: Placed[], lists: Placed[]): void {
  for (const element of elements) {
    const here = [...path, element.key];
    const isRecord = element.children.length > 0;
    if (isRecord && element.array) lists.push({ element, path: here, parents });
    else if (isRecord) flatten(element.children, here, [...parents, element], leaves, lists);
    else leaves.push({ element, path: here, parents });
  }
}

/** Joins a parent's title and a leaf's where they overlap: 法定办结时限 + 时限单位 → 法定办结时限单位, 承办机构 + 机构名称 → 承办机构名称. */
function joinTitles(parent: string, leaf: string): string {
  for (let n = Math.min(parent.length, leaf.length); n > 0; n--) if (parent.endsWith(leaf.slice(0, n))) return parent + leaf.slice(n);
  return parent + leaf;
}

/**
 * The header of each leaf: its title; a title that shared records repeat under several parents
 * inside records (时限 of every duration, 机构名称 of every body) is joined to its parent's title.
 */
function headersOf(placed: readonly Placed[], generic: ReadonlySet<string>): string[] {
  return placed.map((p) => {
    const parent = p.parents.at(-1);
    return parent && generic.has(p.element.title) ? joinTitles(parent.title, p.element.title) : p.element.title;
  });
}

/** The catalogue kinds whose items have an element at `path` (all of them: undefined), and whether each requires it. */
function kindsOf(major: Major, path: readonly string[]): { kinds?: CatalogueKind[]; required: boolean } {
  const pointer = `/${path.join("/")}`;
  const chains = CATALOGUE_KINDS.map((kind) => ({ kind, chain: elementsAlong(major, `${kind}-item`, pointer) }));
  const present = chains.filter((c) => c.chain !== undefined);
  const required = present.every((c) => c.chain!.every((e) => e.required));
  return { ...(present.length < CATALOGUE_KINDS.length ? { kinds: present.map((c) => c.kind) } : {}), required };
}

/** The template's typing hint of a column, else a Chinese hint from the element's type (its title, and what to type). */
const noteOf = (key: string, major: Major, element: Element) => COLUMN_NOTES[key]?.split("{version}").join(major.schemaVersion) ?? typeHint(element);

/** A column of a leaf: header, type, kinds, required flag, note and the aliases kept as data. */
function columnOf(role: string, placed: Placed, header: string, major: Major, listPath: readonly string[] | undefined): Column {
  const { element, path, parents } = placed;
  const key = `${role}:${path.join("/")}`;
  const inRecord = element.required && parents.every((p) => p.required);
  let kinds: CatalogueKind[] | undefined;
  let required = inRecord && !FILLED_ON_IMPORT.includes(key);
  if (role !== "info") {
    // Kinds follow where the items have the element; an items-sheet column is required where every such kind requires it.
    const found = kindsOf(major, [...(listPath ?? []), ...path]);
    kinds = found.kinds;
    if (listPath === undefined) required = found.required;
  }
  // A duration's unit may come in its count's cell ("5个工作日"), so its own cell is never required.
  if (valueOf(element, parents.at(-1)).type === "unit") required = false;
  const aliases = TEMPLATE_ALIASES[key];
  return {
    header,
    ...(aliases ? { aliases } : {}),
    path,
    value: valueOf(element, parents.at(-1)),
    ...(kinds ? { kinds } : {}),
    ...(required ? { required: true } : {}),
    note: noteOf(key, major, element),
  };
}

/** Columns of a set of placed leaves in one sheet; 扩展字段 (a JSON object of local fields) goes last. */
function columnsOf(role: string, placed: Placed[], generic: ReadonlySet<string>, major: Major, listPath?: readonly string[]): Column[] {
  const headers = headersOf(placed, generic);
  const columns = placed.map((p, i) => columnOf(role, p, headers[i]!, major, listPath));
  return [...columns.filter((c) => c.value.type !== "json"), ...columns.filter((c) => c.value.type === "json")];
}

/** The kebab-case CSV suffix of a list: legalBasis → legal-basis; fees/items → fees. */
const csvOf = (path: readonly string[]) => path[0]!.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Titles that shared records repeat under different parents inside records (of the nested leaves only, by title). */
function genericTitles(groups: readonly Placed[][]): Set<string> {
  const parentsByTitle = new Map<string, Set<string>>();
  for (const placed of groups) {
    for (const p of placed) {
      const parent = p.parents.at(-1);
      if (!parent) continue;
      const set = parentsByTitle.get(p.element.title) ?? new Set<string>();
      set.add(parent.title);
      parentsByTitle.set(p.element.title, set);
    }
  }
  return new Set([...parentsByTitle].filter(([, parents]) => parents.size > 1).map(([title]) => title));
}

/** Builds the layout of a major. */
function buildLayout(major: Major): Layout {
  const catalogue = elementDocument(major, "catalogue").children;
  const item = elementDocument(major, "implementation-item").children;
  const infoLeaves: Placed[] = [];
  flatten(catalogue.filter((e) => e.key !== "items"), [], [], infoLeaves, []);
  const itemLeaves: Placed[] = [];
  const lists: Placed[] = [];
  flatten(item, [], [], itemLeaves, lists);
  const listLeaves = lists.map((list) => {
    const leaves: Placed[] = [];
    const nested: Placed[] = [];
    flatten(list.element.children, [], [], leaves, nested);
    // A list of records inside a record has no sheet of its own: it is written as JSON in one cell.
    for (const n of nested) leaves.push({ element: { ...n.element, type: "object", children: [] }, path: n.path, parents: n.parents });
    return leaves;
  });
  const generic = genericTitles([itemLeaves, ...listLeaves]);

  const lead = (c: Column) => { const i = LEADING_INFO.indexOf(c.path.join("/")); return i < 0 ? LEADING_INFO.length : i; };
  const info = columnsOf("info", infoLeaves, generic, major).sort((a, b) => lead(a) - lead(b));
  const items = columnsOf("items", itemLeaves, generic, major);
  // A list with a cell form (设定依据 as "《法名》第X条：…") may also be given in one items-sheet cell, at the list's place.
  const order = (key: string | undefined) => item.findIndex((e) => e.key === key);
  for (const list of lists) {
    const role = list.path[0]!;
    if (!CELL_FORMS.includes(role)) continue;
    const key = `items:${role}`;
    const aliases = TEMPLATE_ALIASES[key];
    const cell: Column = { header: list.element.title, ...(aliases ? { aliases } : {}), path: [role], value: { type: "text" }, importOnly: true, note: noteOf(key, major, list.element) };
    const at = items.findIndex((c) => order(c.path[0]) > order(role));
    items.splice(at < 0 ? items.length : at, 0, cell);
  }
  const keys: Column[] = ITEM_KEYS.flatMap((key) => {
    const column = items.find((c) => c.path.length === 1 && c.path[0] === key);
    if (!column) return [];
    const { required: _, aliases: __, ...rest } = column;
    return [{ ...rest, note: KEY_NOTES[key] ?? column.note }];
  });

  const sheets: SheetSpec[] = [
    { role: "info", name: "目录信息", aliases: SHEET_ALIASES.info ?? [], csv: "info", columns: info, kinds: CATALOGUE_KINDS },
    { role: "items", name: catalogue.find((e) => e.key === "items")?.title ?? "事项", aliases: SHEET_ALIASES.items ?? [], csv: "", columns: items, kinds: CATALOGUE_KINDS },
    ...lists.map((list, i): SheetSpec => {
      const role = list.path[0]!;
      const kinds = kindsOf(major, list.path).kinds ?? CATALOGUE_KINDS;
      // A column's kinds are the sheet's unless narrower.
      const columns = columnsOf(role, listLeaves[i]!, generic, major, list.path).map(({ kinds: own, ...c }) => (own && own.length < kinds.length ? { ...c, kinds: own } : c));
      return {
        role,
        name: list.element.title,
        aliases: SHEET_ALIASES[role] ?? [],
        csv: csvOf(list.path),
        field: role,
        listPath: list.path,
        columns,
        kinds,
      };
    }),
  ];
  return { major, info, items, keys, sheets };
}

const layouts = new WeakMap<Major, Layout>();

/** The spreadsheet layout of a major (built on first use, then cached). */
export function layoutOf(major: Major): Layout {
  let layout = layouts.get(major);
  if (!layout) layouts.set(major, (layout = buildLayout(major)));
  return layout;
}
