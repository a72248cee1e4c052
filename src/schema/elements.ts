/**
 * The elements of a major, derived from its schema: for each document the tree of properties with
 * their Chinese titles, types, required flags and codes. No descriptions: the table ships with
 * `validate`, whose messages name elements by title, and the descriptions live in the JSON Schemas
 * and the generated docs. The table itself is generated
 * (generated/vN/elements.js by `npm run generate`); this module reads it. Trees are resolved on first
 * use and cached, so importing this module computes nothing.
 */
import { elementTables } from "./element-tables.js";
import type { DocumentName, Major } from "./major.js";

/** The JSON type of an element's value (of each entry, for a list). */
export type ElementType = "string" | "integer" | "number" | "boolean" | "object" | "array";

/** One property as the table stores it. */
export interface ElementNode {
  /** The property name. */
  readonly key: string;
  /** The Chinese title: the element's name in the standard, sheets and messages. */
  readonly title: string;
  /** The JSON type of the value, or of each entry when `array`. */
  readonly type: ElementType;
  /** Required in its parent record. */
  readonly required?: boolean;
  /** The value is a list of `type`. */
  readonly array?: boolean;
  /** The allowed codes (an enum or const). */
  readonly codes?: readonly (string | number)[];
  /** The id of the code set in src/codes whose codes these are (for labels). */
  codeSet?: string;
  /** The JSON Schema `format` of a string (date, uri …). */
  readonly format?: string;
  /** The JSON Schema `pattern` of a string (codes). */
  readonly pattern?: string;
  /** Inline child properties of an object value. */
  children?: readonly ElementNode[];
  /** The shared records whose properties are the value's children (several: alternatives, merged). */
  of?: readonly string[];
}

/** A shared record of the table (a definition or a document): its properties, or alternatives. */
export interface ElementDef {
  readonly title: string;
  readonly children?: readonly ElementNode[];
  readonly of?: readonly string[];
}

/** A major's element table as generated: each document's record, and the shared records. */
export interface ElementTable {
  readonly documents: Readonly<Record<string, string>>;
  readonly defs: Readonly<Record<string, ElementDef>>;
}

/** An element with its children resolved. */
export interface Element {
  readonly key: string;
  readonly title: string;
  readonly type: ElementType;
  readonly required: boolean;
  readonly array: boolean;
  readonly codes?: readonly (string | number)[];
  readonly codeSet?: string;
  readonly format?: string;
  readonly pattern?: string;
  /** The properties of an object value, in schema order (empty for a scalar). */
  readonly children: readonly Element[];
}

/** A document's root: its title and top-level elements. */
export interface ElementDocument {
  readonly title: string;
  readonly children: readonly Element[];
}

/** A leaf element with where it sits: property keys and titles from the document root. */
export interface LeafElement {
  readonly path: readonly string[];
  readonly titles: readonly string[];
  readonly element: Element;
  /** The keys of the ancestors (and itself) whose values are lists. */
  readonly lists: readonly string[][];
}

/** The table of a major; throws for a major without one (a registration missing in element-tables.ts). */
export function elementTableOf(major: Major): ElementTable {
  const table = elementTables[major.id];
  if (!table) throw new Error(`no element table is registered for major ${major.id}`);
  return table;
}

const resolved = new WeakMap<ElementTable, Map<string, readonly Element[]>>();

/**
 * The merged children of shared records: alternatives (a catalogue's kinds) give the union of
 * their properties, the first alternative's node winning; a property is required when every
 * alternative that has it requires it.
 */
function childrenOfDefs(table: ElementTable, names: readonly string[], cache: Map<string, readonly Element[]>): readonly Element[] {
  const key = names.join("|");
  const hit = cache.get(key);
  if (hit) return hit;
  const nodes: ElementNode[][] = [];
  const flatten = (name: string): void => {
    const def = table.defs[name];
    if (!def) throw new Error(`element table: no record named ${name}`);
    if (def.of) def.of.forEach(flatten);
    else nodes.push([...(def.children ?? [])]);
  };
  names.forEach(flatten);
  const byKey = new Map<string, ElementNode[]>();
  for (const list of nodes) for (const n of list) byKey.set(n.key, [...(byKey.get(n.key) ?? []), n]);
  const out: Element[] = [];
  cache.set(key, out);
  for (const [, same] of byKey) out.push(resolveNodes(table, same, cache, same.length === nodes.length));
  return out;
}

/** One element from the nodes several alternatives give for the same property. */
function resolveNodes(table: ElementTable, same: readonly ElementNode[], cache: Map<string, readonly Element[]>, inEvery: boolean): Element {
  const first = same[0]!;
  const of = [...new Set(same.flatMap((n) => n.of ?? []))];
  const codes = [...new Set(same.flatMap((n) => n.codes ?? []))];
  const inline = same.flatMap((n) => n.children ?? []);
  const children = of.length > 0 ? childrenOfDefs(table, of, cache) : inline.length > 0 ? mergeInline(table, same, cache) : [];
  return {
    key: first.key,
    title: first.title,
    type: first.type,
    required: inEvery && same.every((n) => n.required === true),
    array: first.array === true,
    ...(codes.length > 0 ? { codes } : {}),
    ...(first.codeSet && same.every((n) => n.codeSet === first.codeSet) ? { codeSet: first.codeSet } : {}),
    ...(first.format !== undefined ? { format: first.format } : {}),
    ...(first.pattern !== undefined ? { pattern: first.pattern } : {}),
    children,
  };
}

/** Inline children of several alternatives, merged by key like shared records. */
function mergeInline(table: ElementTable, same: readonly ElementNode[], cache: Map<string, readonly Element[]>): Element[] {
  const lists = same.map((n) => n.children ?? []);
  const byKey = new Map<string, ElementNode[]>();
  for (const list of lists) for (const n of list) byKey.set(n.key, [...(byKey.get(n.key) ?? []), n]);
  return [...byKey.values()].map((nodes) => resolveNodes(table, nodes, cache, nodes.length === lists.length));
}

/** The element tree of one document of a major (cached per table). */
export function elementDocument(major: Major, documentName: DocumentName): ElementDocument {
  const table = elementTableOf(major);
  const name = table.documents[documentName];
  const def = name === undefined ? undefined : table.defs[name];
  if (!def || name === undefined) throw new Error(`element table of ${major.id}: no document ${documentName}`);
  let cache = resolved.get(table);
  if (!cache) resolved.set(table, (cache = new Map()));
  return { title: def.title, children: childrenOfDefs(table, [name], cache) };
}

/** Splits a JSON Pointer into its unescaped segments. */
const segmentsOf = (pointer: string) => (pointer === "" ? [] : pointer.replace(/^\//, "").split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")));

/**
 * The elements along a JSON Pointer in a document, root first, list indexes skipped; undefined
 * when the pointer leaves the schema's properties (an extension, an unknown key).
 */
export function elementsAlong(major: Major, documentName: DocumentName, instancePath: string): Element[] | undefined {
  let children = elementDocument(major, documentName).children;
  let current: Element | undefined;
  const chain: Element[] = [];
  for (const segment of segmentsOf(instancePath)) {
    if (current?.array && /^\d+$/.test(segment)) continue;
    current = children.find((c) => c.key === segment);
    if (!current) return undefined;
    chain.push(current);
    children = current.children;
  }
  return chain;
}

/**
 * The Chinese titles along a JSON Pointer, e.g. `/timeLimit/promised/unit` of a standard item →
 * ["办结时限", "承诺办结时限", "时限单位"]; undefined when the pointer names no element.
 */
export function elementAt(major: Major, documentName: DocumentName, instancePath: string): string[] | undefined {
  return elementsAlong(major, documentName, instancePath)?.map((e) => e.title);
}

/**
 * The labels along a JSON Pointer: the element titles while the pointer stays in the schema, the
 * raw keys after it leaves (an extension's own keys), list indexes skipped.
 */
export function elementLabels(major: Major, documentName: DocumentName, instancePath: string): string[] {
  let children = elementDocument(major, documentName).children;
  let current: Element | undefined;
  let outside = false;
  const labels: string[] = [];
  for (const segment of segmentsOf(instancePath)) {
    if (/^\d+$/.test(segment) && (outside || current?.array)) continue;
    current = outside ? undefined : children.find((c) => c.key === segment);
    outside ||= current === undefined;
    labels.push(current?.title ?? segment);
    children = current?.children ?? [];
  }
  return labels;
}

/** Every leaf element of a document (a scalar, a list of scalars, or an object with no declared properties), in schema order. */
export function leafElements(major: Major, documentName: DocumentName): LeafElement[] {
  const out: LeafElement[] = [];
  const walk = (elements: readonly Element[], path: string[], titles: string[], lists: string[][], depth: number) => {
    // Shared records do not nest themselves, but a guard keeps a future recursive one from looping.
    if (depth > 12) return;
    for (const element of elements) {
      const p = [...path, element.key];
      const l = element.array ? [...lists, p] : lists;
      if (element.children.length === 0) out.push({ path: p, titles: [...titles, element.title], element, lists: l });
      else walk(element.children, p, [...titles, element.title], l, depth + 1);
    }
  };
  walk(elementDocument(major, documentName).children, [], [], [], 0);
  return out;
}
