/** Resolves the `$ref`s of the emitted v1 schemas: a document file, or a definition in defs.schema.json. */

/** A JSON Schema node as emitted (loosely typed: the generator reads whatever keywords are present). */
export type SchemaNode = Record<string, any>;

/** The emitted schemas of one major version: the documents by name, and the shared definitions. */
export interface SchemaSet {
  /** Document name (file name without `.schema.json`) → schema, in publication order. */
  documents: Record<string, SchemaNode>;
  /** `$defs` of defs.schema.json. */
  defs: Record<string, SchemaNode>;
}

/** Where a `$ref` points: a whole document or a shared definition. */
export type RefTarget = { kind: "document"; name: string } | { kind: "def"; name: string };

/** Parses a `$ref` of our schemas ("defs.schema.json#/$defs/X", "#/$defs/X", "implementation-item.schema.json"). */
export function refTarget(ref: string): RefTarget {
  const [file = "", fragment = ""] = ref.split("#");
  const def = /^\/\$defs\/(.+)$/.exec(fragment);
  if (def) return { kind: "def", name: decodeURIComponent(def[1]!) };
  if (file.endsWith(".schema.json") && fragment === "") return { kind: "document", name: file.replace(/\.schema\.json$/, "") };
  throw new Error(`unsupported $ref "${ref}"`);
}

/** The node a `$ref` points to. */
export function resolveRef(schemas: SchemaSet, ref: string): SchemaNode {
  const target = refTarget(ref);
  const node = target.kind === "def" ? schemas.defs[target.name] : schemas.documents[target.name];
  if (!node) throw new Error(`$ref "${ref}" points to nothing`);
  return node;
}

/**
 * The node with its `$ref` followed, merging the referring node's own annotations over the target's
 * (a property may give its own title or description beside the `$ref`).
 */
export function derefNode(schemas: SchemaSet, node: SchemaNode): { node: SchemaNode; target?: RefTarget } {
  if (typeof node.$ref !== "string") return { node };
  const { $ref, ...own } = node;
  return { node: { ...resolveRef(schemas, $ref), ...own }, target: refTarget($ref) };
}

/** Whether a node describes an object with its own element table. */
export const isObjectNode = (node: SchemaNode): boolean => typeof node.properties === "object" && node.properties !== null;
