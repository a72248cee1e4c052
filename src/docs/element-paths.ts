/**
 * Every leaf element of a major's item documents, by dotted path ("timeLimit.promised.unit"), with
 * the chain of Chinese titles leading to it. The mapping table between majors is computed from these,
 * so it cannot miss an element the schemas hold.
 */
import { derefNode, type SchemaNode, type SchemaSet } from "./schema-refs.js";

/** A leaf element: its title chain, outermost first (e.g. ["承诺办结时限", "时限单位"]). */
export type ElementPaths = Map<string, readonly string[]>;

/** The item documents whose elements are mapped (a catalogue's header is the same in every major). */
const ITEM_DOCUMENTS = ["basic-item", "standard-item", "implementation-item"] as const;

/** Walks one node; arrays are entered without adding a path segment (a list's elements share its path). */
function walk(schemas: SchemaSet, node: SchemaNode, path: string[], titles: string[], out: ElementPaths, seen: Set<SchemaNode>): void {
  const resolved = derefNode(schemas, node).node;
  if (seen.has(resolved)) return;
  if (resolved.type === "array" && resolved.items) return walk(schemas, resolved.items, path, titles, out, seen);
  const properties = resolved.properties as Record<string, SchemaNode> | undefined;
  if (!properties || Object.keys(properties).length === 0) {
    if (path.length > 0 && !out.has(path.join("."))) out.set(path.join("."), titles);
    return;
  }
  seen.add(resolved);
  for (const [key, child] of Object.entries(properties)) {
    const title = String(child.title ?? derefNode(schemas, child).node.title ?? key);
    walk(schemas, child, [...path, key], [...titles, title], out, seen);
  }
  seen.delete(resolved);
}

/** The leaf elements of the item documents of one schema set, in schema order. */
export function elementPaths(schemas: SchemaSet): ElementPaths {
  const out: ElementPaths = new Map();
  for (const name of ITEM_DOCUMENTS) {
    const document = schemas.documents[name];
    if (document) walk(schemas, document, [], [], out, new Set());
  }
  return out;
}
