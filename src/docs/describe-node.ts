/** Describes one schema node for the reference: its type label, constraints and code set. */
import type { CodeSet } from "../codes/code-set.js";
import { anchorOf, type CodeSetLink, type TypeLabel } from "./doc-model.js";
import { derefNode, isObjectNode, resolveRef, type RefTarget, type SchemaNode, type SchemaSet } from "./schema-refs.js";

/** The label of a `$ref` target, linked to its section. */
function targetLabel(target: RefTarget): TypeLabel {
  return { text: target.name, anchor: anchorOf(target.kind === "def" ? "def" : "doc", target.name) };
}

/** The type of a node: a linked definition, `X[]` for arrays, else the JSON type (or `enum`). */
export function typeLabel(schemas: SchemaSet, node: SchemaNode): TypeLabel {
  if (typeof node.$ref === "string") return targetLabel(derefNode(schemas, node).target!);
  if (node.type === "array" && node.items) {
    const item = typeLabel(schemas, node.items);
    return { ...item, text: `${item.text}[]` };
  }
  if (Array.isArray(node.enum)) return { text: `enum (${typeof node.enum[0] === "number" ? "integer" : "string"})` };
  if (typeof node.type === "string") return { text: node.type };
  if (isObjectNode(node)) return { text: "object" };
  return { text: "any" };
}

/** Human-readable constraints of one node (not following `$ref`). */
function ownConstraints(node: SchemaNode): string[] {
  const out: string[] = [];
  const range = (min: unknown, max: unknown, what: string) => {
    if (min !== undefined && max !== undefined) out.push(`${what}${min}–${max}`);
    else if (min !== undefined) out.push(`${what}≥ ${min}`);
    else if (max !== undefined) out.push(`${what}≤ ${max}`);
  };
  if (node.const !== undefined) out.push(`= ${JSON.stringify(node.const)}`);
  if (typeof node.pattern === "string") out.push(`pattern \`${node.pattern}\``);
  if (typeof node.format === "string") out.push(`format ${node.format}`);
  range(node.minLength, node.maxLength, "length ");
  range(node.minimum, node.maximum, "value ");
  range(node.minItems, node.maxItems, "items ");
  if (node.uniqueItems === true) out.push("unique");
  return out;
}

/** Constraints of an element: its own, its array items', and those of a scalar definition it refers to. */
export function constraintsOf(schemas: SchemaSet, node: SchemaNode): string[] {
  const resolved = derefNode(schemas, node).node;
  const out = ownConstraints(isObjectNode(resolved) ? node : resolved);
  if (resolved.type === "array" && resolved.items) {
    const item = derefNode(schemas, resolved.items).node;
    if (!isObjectNode(item)) out.push(...ownConstraints(item).map((c) => `[] ${c}`));
  }
  return out;
}

/**
 * The node whose values an element takes: the array's items, else the node itself, with `$ref`
 * followed to the definition as published (a property's own title must not hide the definition's).
 */
export function valueNode(schemas: SchemaSet, node: SchemaNode): SchemaNode {
  const target = (n: SchemaNode) => (typeof n.$ref === "string" ? resolveRef(schemas, n.$ref) : n);
  const resolved = target(node);
  return resolved.type === "array" && resolved.items ? target(resolved.items) : resolved;
}

/**
 * The code set of an enum: the one whose codes equal the enum's values. Several sets share "1".."6"
 * (levels and service objects), so a tie goes to the set whose Chinese title the enum's title contains.
 */
export function codeSetOf(node: SchemaNode, codeSets: readonly CodeSet<string | number>[]): CodeSetLink | undefined {
  if (!Array.isArray(node.enum)) return undefined;
  const values = JSON.stringify([...node.enum].map(String).sort());
  const same = codeSets.filter((set) => JSON.stringify(set.entries.map((e) => String(e.code)).sort()) === values);
  const set = same.length > 1 ? same.find((s) => String(node.title ?? "").includes(s.title.zh)) : same[0];
  return set && { id: set.id, anchor: anchorOf("code", set.id), zh: set.title.zh, en: set.title.en };
}

/** The first `examples` value of a node or of the definition it refers to, as compact JSON. */
export function schemaExample(schemas: SchemaSet, node: SchemaNode): string | undefined {
  const resolved = derefNode(schemas, node).node;
  const examples = node.examples ?? resolved.examples;
  return Array.isArray(examples) && examples.length > 0 ? JSON.stringify(examples[0]) : undefined;
}
