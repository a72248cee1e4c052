/**
 * Writes a major's element table (generated/vN/elements.js): every property of its documents with
 * its Chinese title, JSON type, required flag, codes and array-ness, read from the
 * emitted JSON Schemas. It is the one field list that spreadsheets, diff labels, messages and docs
 * derive from, and far smaller than the schemas (no validation keywords, shared records kept once).
 */
import { allCodeSets } from "../../src/codes/code-sets.js";
import type { CodeSet } from "../../src/codes/code-set.js";
import type { ElementDef, ElementNode, ElementTable } from "../../src/schema/elements.js";
import { banner } from "./banner.js";
import { sharedLiteral } from "./shared-literal.js";

type Json = Record<string, any>;

/** Every code set, to name the one a schema enum lists (spreadsheets read its labels). */
const allSets: readonly CodeSet<string | number>[] = allCodeSets;

/**
 * The id of the code set whose codes are exactly `codes`, in order; where several share the codes
 * (行使层级 and 服务对象 are both 1–6), the one whose title the schema's titles contain.
 */
function codeSetOf(codes: readonly (string | number)[], titles: readonly string[]): string | undefined {
  const key = JSON.stringify(codes);
  const same = allSets.filter((s) => JSON.stringify(s.entries.map((e) => e.code)) === key);
  return (same.length > 1 ? same.find((s) => titles.some((t) => t.includes(s.title.zh))) : same[0])?.id;
}

/** The def a `$ref` names: "defs.schema.json#/$defs/Material" → Material, "basic-item.schema.json" → basic-item. */
function refName(ref: string): string {
  const fragment = /#\/\$defs\/(.+)$/.exec(ref);
  if (fragment) return fragment[1]!;
  return ref.replace(/\.schema\.json$/, "");
}

/** The schema a property stands for: a `$ref`'s target under the property's own title and description. */
function resolve(schema: Json, lookup: (name: string) => Json): { schema: Json; ref?: string } {
  if (typeof schema.$ref !== "string") return { schema };
  const ref = refName(schema.$ref);
  const { $ref: _, ...own } = schema;
  const target = resolve(lookup(ref), lookup);
  return { schema: { ...target.schema, ...own }, ref: target.ref ?? ref };
}

/** The defs whose properties make an object schema's children (its $ref, or the alternatives of a oneOf). */
function objectDefs(schema: Json, ref: string | undefined, lookup: (name: string) => Json): string[] | undefined {
  if (Array.isArray(schema.oneOf)) return schema.oneOf.map((alt: Json) => refName(alt.$ref));
  if (schema.properties && ref !== undefined) return [ref];
  return undefined;
}

/** One property as a node of the table. */
function nodeOf(key: string, property: Json, required: boolean, lookup: (name: string) => Json): ElementNode {
  const outer = resolve(property, lookup);
  const isArray = outer.schema.type === "array";
  const inner = isArray ? resolve(outer.schema.items ?? {}, lookup) : outer;
  const s = inner.schema;
  const codes: (string | number)[] | undefined = Array.isArray(s.enum) ? s.enum : s.const !== undefined ? [s.const] : undefined;
  const of = objectDefs(s, inner.ref, lookup);
  const node: ElementNode = {
    key,
    title: String(outer.schema.title ?? s.title ?? key),
    type: s.type ?? (s.properties || of ? "object" : typeof codes?.[0] === "number" ? "integer" : "string"),
    ...(required ? { required: true } : {}),
    ...(isArray ? { array: true } : {}),
    ...(codes ? { codes } : {}),
    ...(typeof s.format === "string" ? { format: s.format } : {}),
    ...(typeof s.pattern === "string" ? { pattern: s.pattern } : {}),
  };
  const defTitle = inner.ref !== undefined ? lookup(inner.ref).title : undefined;
  const set = codes && codeSetOf(codes, [s.title, outer.schema.title, defTitle].filter((t): t is string => typeof t === "string"));
  if (set) node.codeSet = set;
  if (of) node.of = of;
  else if (s.properties) node.children = childrenOf(s, lookup);
  return node;
}

/** The properties of an object schema as nodes, in schema order. */
function childrenOf(schema: Json, lookup: (name: string) => Json): ElementNode[] {
  const required = new Set<string>(schema.required ?? []);
  return Object.entries<Json>(schema.properties ?? {}).map(([key, property]) => nodeOf(key, property, required.has(key), lookup));
}

/** The element table of a major from its emitted schema files (file name → schema). */
export function elementTable(files: ReadonlyMap<string, Json>, documents: readonly string[]): ElementTable {
  const defsFile = files.get("defs.schema.json")?.$defs ?? {};
  const lookup = (name: string): Json => {
    const schema = defsFile[name] ?? files.get(`${name}.schema.json`);
    if (!schema) throw new Error(`element table: no definition named ${name}`);
    return schema;
  };
  const defs: Record<string, ElementDef> = {};
  const wanted = [...documents];
  // Only the object defs the documents reach are kept: scalar defs are folded into their properties.
  for (let i = 0; i < wanted.length; i++) {
    const name = wanted[i]!;
    const schema = lookup(name);
    const of = Array.isArray(schema.oneOf) ? schema.oneOf.map((alt: Json) => refName(alt.$ref)) : undefined;
    const def: ElementDef = { title: String(schema.title ?? name), ...(of ? { of } : { children: childrenOf(schema, lookup) }) };
    defs[name] = def;
    const reach = (nodes: readonly ElementNode[]) => {
      for (const n of nodes) {
        for (const ref of n.of ?? []) if (!wanted.includes(ref)) wanted.push(ref);
        if (n.children) reach(n.children);
      }
    };
    for (const ref of of ?? []) if (!wanted.includes(ref)) wanted.push(ref);
    reach(def.children ?? []);
  }
  return { documents: Object.fromEntries(documents.map((d) => [d, d])), defs };
}

/** The generated module (and its declaration) holding a major's element table. */
export function generateElements(table: ElementTable, version: string): { js: string; dts: string } {
  const head = banner("scripts/generate.ts", `schemas/${version}/*.schema.json`);
  const literal = sharedLiteral(table);
  return {
    // Repeated records and titles are written once (a browser bundle carries the table with `validate`).
    js: `${head}${literal.declarations.join("\n")}\n/** The ${version} element table: every property of every document with its Chinese title (see src/schema/elements.ts). */\nexport const elements = ${literal.expression};\n`,
    dts: `${head}import type { ElementTable } from "../../src/schema/elements.js";\n/** The ${version} element table. */\nexport declare const elements: ElementTable;\n`,
  };
}
