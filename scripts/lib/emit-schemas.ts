/**
 * TypeBox sources → plain JSON Schema (draft 2020-12). Marked shared schemas (see src/schema/named.ts)
 * become `$ref`s; the same walk also produces the single bundle that the type and validator generators read.
 */
import type { TSchema } from "typebox";
import { REF_KEY } from "../../src/schema/named.js";
import type { SchemaDocument } from "../../src/schema/document.js";
import { jsonComment } from "./banner.js";

type Json = unknown;
type Node = Record<string, Json>;

/** Keys whose values are subschemas, or maps or lists of subschemas. */
const SCHEMA_KEYS = new Set(["items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames", "unevaluatedProperties"]);
const SCHEMA_MAP_KEYS = new Set(["properties", "$defs", "patternProperties"]);
const SCHEMA_LIST_KEYS = new Set(["oneOf", "anyOf", "allOf", "prefixItems"]);
/** Annotations a `$ref` site may set beside the reference. */
const ANNOTATIONS = ["title", "description", "examples", "default"];
/** Keys printed first, so every emitted object reads identifier → annotations → constraints. */
const LEADING = ["$schema", "$id", "$comment", "title", "description"];

/** Maps a marker ("file#fragment") to the `$ref` string to emit. */
export type RefMapper = (marker: string) => string;

/** The inputs of one major version. */
export interface VersionSource {
  version: string;
  documents: readonly SchemaDocument[];
  definitions: Readonly<Record<string, TSchema>>;
}

function isNode(value: Json): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function ordered(node: Node): Node {
  const out: Node = {};
  for (const key of LEADING) if (key in node) out[key] = node[key];
  for (const [key, value] of Object.entries(node)) if (!(key in out)) out[key] = value;
  return out;
}

/** Converts one TypeBox schema to JSON, replacing marked subschemas by references. */
export function toJsonSchema(schema: TSchema, mapRef: RefMapper, targets: ReadonlyMap<string, Node>): Node {
  const walk = (value: Json, isRoot: boolean): Json => {
    if (Array.isArray(value)) return value.map((v) => walk(v, false));
    if (!isNode(value)) return value;
    const marker = value[REF_KEY];
    if (!isRoot && typeof marker === "string") {
      const target = targets.get(marker);
      if (!target) throw new Error(`schema references ${marker}, which no definition or document publishes`);
      // Title and description stay at every use, so each property reads on its own (a reader of
      // the schema need not follow the reference to learn the element's official name).
      const out: Node = { $ref: mapRef(marker) };
      for (const key of ANNOTATIONS) {
        const always = key === "title" || key === "description";
        if (key in value && (always || JSON.stringify(value[key]) !== JSON.stringify(target[key]))) out[key] = value[key];
      }
      return ordered(out);
    }
    const out: Node = {};
    for (const [key, child] of Object.entries(value)) {
      if (key === REF_KEY) continue;
      if (SCHEMA_KEYS.has(key)) out[key] = walk(child, false);
      else if (SCHEMA_LIST_KEYS.has(key) && Array.isArray(child)) out[key] = child.map((c) => walk(c, false));
      else if (SCHEMA_MAP_KEYS.has(key) && isNode(child)) {
        out[key] = Object.fromEntries(Object.entries(child).map(([k, c]) => [k, walk(c, false)]));
      } else out[key] = child;
    }
    return ordered(out);
  };
  return walk(schema, true) as Node;
}

/** Every marker a version publishes, mapped to its TypeBox schema. */
export function publishedTargets(source: VersionSource): Map<string, Node> {
  const targets = new Map<string, Node>();
  for (const [name, schema] of Object.entries(source.definitions)) targets.set(`defs.schema.json#/$defs/${name}`, schema as Node);
  for (const doc of source.documents) targets.set(`${doc.name}.schema.json`, doc.schema as Node);
  for (const [marker, schema] of targets) {
    if (schema[REF_KEY] !== marker) throw new Error(`${marker} is published under the wrong name (${String(schema[REF_KEY])})`);
  }
  return targets;
}

/** The emitted JSON Schema files of a version: file name → schema object. */
export function emitVersion(source: VersionSource, idBase: string): Map<string, Node> {
  const targets = publishedTargets(source);
  const files = new Map<string, Node>();
  const header = (file: string, sourceFile: string): Node => ({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `${idBase}/${source.version}/${file}`,
    $comment: jsonComment(sourceFile),
  });
  const inFile = (file: string): RefMapper => (marker) => (marker.startsWith(`${file}#`) ? marker.slice(file.length) : marker);

  const defs: Node = {};
  for (const [name, schema] of Object.entries(source.definitions)) defs[name] = toJsonSchema(schema, inFile("defs.schema.json"), targets);
  files.set("defs.schema.json", {
    ...header("defs.schema.json", `src/schema/${source.version}/*.ts`),
    title: "共享定义",
    description: "Definitions shared by the documents of this version: identifiers, code sets and records.",
    $defs: defs,
  });
  for (const doc of source.documents) {
    const file = `${doc.name}.schema.json`;
    files.set(file, ordered({ ...header(file, `src/schema/${source.version}/${doc.name}.ts`), ...toJsonSchema(doc.schema, inFile(file), targets) }));
  }
  return files;
}

/** One self-contained schema with every definition and document under `$defs`, for the type generator. */
export function bundleVersion(source: VersionSource, idBase: string, bundleTitle: string): Node {
  const targets = publishedTargets(source);
  const typeNameOf = new Map(source.documents.map((d) => [`${d.name}.schema.json`, d.typeName]));
  const local: RefMapper = (marker) => {
    const hash = marker.indexOf("#");
    return hash >= 0 ? marker.slice(hash) : `#/$defs/${typeNameOf.get(marker)}`;
  };
  const defs: Node = {};
  for (const doc of source.documents) defs[doc.typeName] = toJsonSchema(doc.schema, local, targets);
  for (const [name, schema] of Object.entries(source.definitions)) defs[name] = toJsonSchema(schema, local, targets);
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `${idBase}/${source.version}/bundle.schema.json`,
    title: bundleTitle,
    anyOf: source.documents.map((d) => ({ $ref: `#/$defs/${d.typeName}` })),
    $defs: defs,
  };
}
