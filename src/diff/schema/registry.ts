/**
 * Where each compared subschema lives (file + JSON Pointer) and how `$ref`s resolve across files.
 * Hand-written rather than a dereferencer library: the diff must keep every subschema's location to
 * report it, and must not inline cyclic references.
 */
import { escapeToken } from "../../internal/json-pointer.js";
import { wordedError } from "../../i18n/localized-error.js";
import { SchemaDiffError, type SchemaSet } from "./types.js";

/** A subschema and its location: file label ("" for an unnamed root) and JSON Pointer. */
export interface SchemaNode {
  schema: unknown;
  file: string;
  pointer: string;
}

/** Whether a value is a plain JSON object. */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The child node at a path of tokens below a node. */
export function child(node: SchemaNode, ...tokens: (string | number)[]): SchemaNode {
  let schema: unknown = node.schema;
  for (const t of tokens) schema = isObject(schema) || Array.isArray(schema) ? (schema as Record<string, unknown>)[t as string] : undefined;
  return { schema, file: node.file, pointer: node.pointer + tokens.map((t) => "/" + escapeToken(t)).join("") };
}

const baseName = (s: string) => s.replace(/[?#].*$/, "").split("/").pop() ?? s;

/** The schema files of one side of a diff, with `$ref` resolution. */
export class SchemaRegistry {
  private readonly files = new Map<string, unknown>();
  private readonly byId = new Map<string, string>();

  constructor(files: Iterable<[string, unknown]>) {
    for (const [label, schema] of files) {
      this.files.set(label, schema);
      const id = isObject(schema) && typeof schema.$id === "string" ? schema.$id : undefined;
      if (id) this.byId.set(id.replace(/#$/, ""), label);
    }
  }

  /** Builds a registry from a root schema (labelled by its `$id` file name, else "") and the files it references. */
  static of(root: unknown, refs: SchemaSet = {}): { registry: SchemaRegistry; rootFile: string } {
    const rootFile = isObject(root) && typeof root.$id === "string" ? baseName(root.$id) : "";
    return { registry: new SchemaRegistry([...Object.entries(refs), [rootFile, root]]), rootFile };
  }

  /** The root node of a file. */
  root(file: string): SchemaNode {
    if (!this.files.has(file)) throw wordedError(SchemaDiffError, "error.schema-diff.no-file", { file });
    return { schema: this.files.get(file), file, pointer: "" };
  }

  /** Resolves a `$ref` found in `from`'s file to the node it points at. */
  resolve(ref: string, from: SchemaNode): SchemaNode {
    const hash = ref.indexOf("#");
    const target = hash >= 0 ? ref.slice(0, hash) : ref;
    const fragment = hash >= 0 ? ref.slice(hash + 1) : "";
    const file = target === "" ? from.file : this.fileOf(target, from.file);
    if (file === undefined) throw wordedError(SchemaDiffError, "error.schema-diff.unknown-file", { ref, in: from.file });
    if (fragment !== "" && !fragment.startsWith("/")) throw wordedError(SchemaDiffError, "error.schema-diff.not-pointer", { ref });
    const tokens = fragment === "" ? [] : fragment.slice(1).split("/").map((t) => decodeURIComponent(t).replace(/~1/g, "/").replace(/~0/g, "~"));
    const node = child(this.root(file), ...tokens);
    if (node.schema === undefined) throw wordedError(SchemaDiffError, "error.schema-diff.no-target", { ref, target: `${file}#${fragment}` });
    return node;
  }

  private fileOf(target: string, fromFile: string): string | undefined {
    if (this.files.has(target)) return target;
    const base = this.files.get(fromFile);
    const baseId = isObject(base) && typeof base.$id === "string" ? base.$id : undefined;
    if (baseId) {
      try {
        const label = this.byId.get(new URL(target, baseId).href);
        if (label !== undefined) return label;
      } catch {
        // Not a URL relative to the base: fall through to the file-name match.
      }
    }
    const label = this.byId.get(target);
    if (label !== undefined) return label;
    const name = baseName(target);
    return this.files.has(name) ? name : [...this.byId].find(([id]) => baseName(id) === name)?.[1];
  }
}
