/**
 * The national columns whose elements only the newest major holds (事项版本, 事项状态, the 是否… online
 * flags, 网办地址, 行使内容, 免提交 …, and the AUDIT_QA / AUDIT_ITEM_SPECIAL tables as 常见问题 and
 * 特别程序). Import places them on the item read through the spreadsheet layer; export writes them back.
 * A value a place cannot read stays under `extensions`, as any unmapped column does, so nothing is lost.
 */
import { codeOfLabel, booleanOf } from "../spreadsheet/labels.js";
import { getPath, setPath, type Data } from "../spreadsheet/read-record.js";
import { isRecord } from "../spreadsheet/json-records.js";
import { itemStates, timeUnits } from "../codes/code-sets.js";

/** How a place reads a source value; undefined when it cannot (the value is then kept under extensions). */
type Reader = (value: unknown) => unknown;

/** Text as it came (a number's digits as text); empty text is no value. */
const text: Reader = (v) => (typeof v === "string" ? (v === "" ? undefined : v) : typeof v === "number" ? String(v) : undefined);
/** A whole number not below `min`. */
const integer = (min: number): Reader => (v) => {
  const n = typeof v === "number" ? v : typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= min ? n : undefined;
};
/** 1/0, 是/否 and the other ways a flag is written. */
const flag: Reader = (v) => (typeof v === "boolean" ? v : typeof v === "number" || typeof v === "string" ? booleanOf(String(v)) : undefined);
/**
 * 事项状态: its slug or label, or the platform's 1 (every published record of the 灵山县 item API,
 * publishstatus 1 and canuse 1, has task_state 1). Other platform numbers are not guessed.
 */
const state: Reader = (v) => (v === 1 || v === "1" ? "in_force" : typeof v === "string" ? codeOfLabel(itemStates, v) : undefined);
/** A comma-separated list of codes. */
const list: Reader = (v) => {
  const items = typeof v === "string" ? v.split(/[,，、]/).map((s) => s.trim()).filter(Boolean) : [];
  return items.length > 0 ? [...new Set(items)] : undefined;
};

/** One column's place: its property path in the record, how it is read, and how it is written back. */
interface Place {
  column: string;
  path: readonly string[];
  read: Reader;
  write?: (value: unknown) => unknown;
}

/** A flag written back as the national 1/0. */
const flagOut = (v: unknown) => (v ? "1" : "0");
/** A list written back comma-separated. */
const listOut = (v: unknown) => (Array.isArray(v) ? v.join(",") : v);
/** 在用 written back as the platform's 1, the other states as their slugs. */
const stateOut = (v: unknown) => (v === "in_force" ? "1" : v);

/** Item columns (AUDIT_ITEM and AUDIT_ITEM_EXTEND). Where two columns fill one place, the first one present wins and export writes the first. */
const ITEM_PLACES: readonly Place[] = [
  { column: "task_version", path: ["itemVersion"], read: integer(1) },
  { column: "task_state", path: ["state"], read: state, write: stateOut },
  { column: "exercise_content", path: ["exerciseContent"], read: text },
  { column: "authority_division", path: ["authorityDivision"], read: text },
  { column: "promise_day_explain", path: ["timeLimit", "promisedNote"], read: text },
  { column: "anticipate_day_explain", path: ["timeLimit", "statutoryNote"], read: text },
  { column: "is_online", path: ["online"], read: flag, write: flagOut },
  { column: "is_online_handle", path: ["online"], read: flag, write: flagOut },
  { column: "handle_online_address", path: ["onlineUrl"], read: text },
  { column: "transact_app_url", path: ["mobileUrl"], read: text },
  { column: "is_schedule", path: ["appointment"], read: flag, write: flagOut },
  { column: "is_pay_online", path: ["onlinePayment"], read: flag, write: flagOut },
  { column: "is_express", path: ["expressDelivery"], read: flag, write: flagOut },
  { column: "is_handle_machine", path: ["selfServiceTerminal"], read: flag, write: flagOut },
  { column: "is_entry_center", path: ["serviceHall"], read: flag, write: flagOut },
  { column: "theme_natural_type", path: ["topics", "naturalPerson"], read: list, write: listOut },
  { column: "theme_legal_type", path: ["topics", "legalPerson"], read: list, write: listOut },
];

/** Material columns (AUDIT_MATERIAL): copies, source note, acceptance standard, remark and 免提交 (减证便民). */
const MATERIAL_PLACES: readonly Place[] = [
  { column: "original_amount", path: ["originalCopies"], read: integer(0) },
  { column: "copy_amount", path: ["photocopies"], read: integer(0) },
  { column: "source_explain", path: ["sourceNote"], read: text },
  { column: "accept_stand", path: ["acceptanceStandard"], read: text },
  { column: "remark", path: ["remark"], read: text },
  { column: "is_jzbm", path: ["exemptible"], read: flag, write: flagOut },
];

/** A table kept whole on the item row (AUDIT_* form and JSON form alike) that becomes a list of the item. */
interface TablePlace {
  table: string;
  field: string;
  /** The element of one row, and the columns it used; undefined leaves the row under extensions. */
  read(row: Data): { value: Data; used: readonly string[] } | undefined;
  write(value: Data): Data;
}

/** 特别程序种类 (A.7) is 1 延长审批 or 2 every other procedure, so a procedure not named 延长… is of kind 2. */
const kindOf = (row: Data, name: string) => (row.special_type === "1" || row.special_type === "2" ? row.special_type : /延长/.test(name) ? "1" : "2");

/** AUDIT_QA → 常见问题 and AUDIT_ITEM_SPECIAL → 特别程序. */
const TABLE_PLACES: readonly TablePlace[] = [
  {
    table: "AUDIT_QA", field: "faqs",
    read: (row) => {
      const question = text(row.question), answer = text(row.answer);
      return question === undefined || answer === undefined ? undefined : { value: { question, answer }, used: ["question", "answer"] };
    },
    write: (faq) => ({ question: faq.question, answer: faq.answer }),
  },
  {
    table: "AUDIT_ITEM_SPECIAL", field: "specialProcedures",
    read: (row) => {
      const name = text(row.special_name) as string | undefined;
      if (name === undefined) return undefined;
      const value: Data = { kind: kindOf(row, name), name };
      const used = ["special_name", ...(row.special_type === undefined ? [] : ["special_type"])];
      // The time unit is read only as the standard's slug: the platforms' numbers differ (see the time-unit crosswalks).
      const days = integer(0)(row.special_date), unit = typeof row.special_date_type === "string" && timeUnits.entries.some((e) => e.code === row.special_date_type) ? row.special_date_type : undefined;
      if (days !== undefined && unit !== undefined) (value.timeLimit = { value: days, unit }), used.push("special_date", "special_date_type");
      const counts = flag(row.special_in_limit);
      if (counts !== undefined) (value.countsTowardTimeLimit = counts), used.push("special_in_limit");
      const basis = text(row.special_desc);
      if (basis !== undefined) (value.basis = basis), used.push("special_desc");
      return { value, used };
    },
    write: (p) => ({
      special_name: p.name, special_type: p.kind,
      ...(p.timeLimit ? { special_date: p.timeLimit.value, special_date_type: p.timeLimit.unit } : {}),
      ...(p.countsTowardTimeLimit === undefined ? {} : { special_in_limit: flagOut(p.countsTowardTimeLimit) }),
      ...(p.basis === undefined ? {} : { special_desc: p.basis }),
    }),
  },
];

/** Counts, per kept sheet and column, the values placed (so the column-extension report counts only what stays). */
export type PlacedCounts = Map<string, number>;

/** The key of a counted column. */
export const countKey = (sheet: string, column: string) => `${sheet}\u0000${column}`;

/** Drops an emptied object from extensions (and extensions itself when empty). */
function tidy(item: Data): void {
  if (isRecord(item.extensions) && Object.keys(item.extensions).length === 0) delete item.extensions;
}

/** Places one row's columns on a record; returns the columns placed. */
function placeRow(target: Data, source: Data, places: readonly Place[]): string[] {
  const placed: string[] = [];
  const filled = new Set<string>();
  for (const { column, path, read } of places) {
    const key = path.join("/");
    if (filled.has(key) || source[column] === undefined) continue;
    const value = read(source[column]);
    if (value === undefined) continue;
    setPath(target, path, value);
    filled.add(key);
    placed.push(column);
  }
  return placed;
}

/**
 * Places a record's v2-only columns on its imported item (which holds them under extensions so far):
 * `row` is the record's item row, `materials` its material rows; `sheets` names the item and material sheets.
 */
export function placeColumns(item: Data, row: Data, materials: readonly Data[], sheets: { items: string; materials: string }, counts: PlacedCounts): void {
  const extensions = (isRecord(item.extensions) ? item.extensions : {}) as Data;
  for (const column of placeRow(item, row, ITEM_PLACES)) {
    delete extensions[column];
    counts.set(countKey(sheets.items, column), (counts.get(countKey(sheets.items, column)) ?? 0) + 1);
  }
  const kept = extensions[sheets.materials] as Data[] | undefined;
  if (Array.isArray(item.materials) && item.materials.length === materials.length) {
    item.materials.forEach((material: Data, i: number) => {
      for (const column of placeRow(material, materials[i]!, MATERIAL_PLACES)) {
        if (isRecord(kept?.[i])) delete kept[i][column];
        counts.set(countKey(sheets.materials, column), (counts.get(countKey(sheets.materials, column)) ?? 0) + 1);
      }
    });
    if (kept?.every((r) => !isRecord(r) || Object.keys(r).length === 0)) delete extensions[sheets.materials];
  }
  for (const place of TABLE_PLACES) {
    const rows = row[place.table];
    if (!Array.isArray(rows)) continue;
    const read = rows.map((r) => (isRecord(r) ? place.read(r) : undefined));
    const values = read.flatMap((r) => (r ? [r.value] : []));
    if (values.length === 0) continue;
    item[place.field] = values;
    // What a row holds beyond its element stays beside it, in the row's position; a row not read stays whole.
    const rest = rows.map((r, i) => (isRecord(r) ? Object.fromEntries(Object.entries(r).filter(([k]) => !read[i]?.used.includes(k))) : r));
    // The kept copy is the row's own unless the 扩展字段 column gave another (an export's kept rest): that one stays.
    if (JSON.stringify(extensions[place.table]) !== JSON.stringify(rows)) continue;
    if (rest.every((r) => isRecord(r) && Object.keys(r).length === 0)) {
      delete extensions[place.table];
      counts.set(countKey(sheets.items, place.table), (counts.get(countKey(sheets.items, place.table)) ?? 0) + 1);
    } else extensions[place.table] = rest;
  }
  if (item.extensions !== undefined) tidy(item);
}

/**
 * The national columns of an item's v2-only elements, for export: item columns, and the QA and
 * special-procedure tables (with the columns an import kept beside their rows, see keptTables).
 */
export function placedColumns(item: Data): Data {
  const out: Data = {};
  const written = new Set<string>();
  for (const { column, path, write } of ITEM_PLACES) {
    const value = getPath(item, path);
    if (value === undefined || written.has(path.join("/"))) continue;
    out[column] = write ? write(value) : value;
    written.add(path.join("/"));
  }
  const extensions = isRecord(item.extensions) ? item.extensions : {};
  for (const place of TABLE_PLACES) {
    const values = item[place.field];
    if (!Array.isArray(values) || values.length === 0) continue;
    const rows = values.map((v: Data) => place.write(v));
    // The columns an import kept beside each row go back into it when every row was read.
    const rest = extensions[place.table];
    out[place.table] = Array.isArray(rest) && rest.length === rows.length && rest.every(isRecord) ? rows.map((r, i) => ({ ...rest[i], ...r })) : rows;
  }
  return out;
}

/** The national columns of a material's v2-only elements, for export. */
export function placedMaterialColumns(material: Data): Data {
  const out: Data = {};
  for (const { column, path, write } of MATERIAL_PLACES) {
    const value = getPath(material, path);
    if (value !== undefined) out[column] = write ? write(value) : value;
  }
  return out;
}

/** The tables placedColumns merged back into their rows, which the exported extensions then leave out. */
export function keptTables(item: Data): string[] {
  const extensions: Data = isRecord(item.extensions) ? item.extensions : {};
  return TABLE_PLACES.filter((p) => Array.isArray(item[p.field]) && Array.isArray(extensions[p.table]) && extensions[p.table].length === item[p.field].length && extensions[p.table].every(isRecord)).map((p) => p.table);
}
