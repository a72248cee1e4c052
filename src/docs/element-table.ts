/** Builds the element table of a document or object definition, and the row of a scalar definition. */
import type { CodeSet } from "../codes/code-set.js";
import { codeSetOf, constraintsOf, schemaExample, typeLabel, valueNode } from "./describe-node.js";
import type { ElementRow, ElementTable, ScalarDefinition } from "./doc-model.js";
import { exampleKey, showExample } from "./example-values.js";
import { derefNode, type SchemaNode, type SchemaSet } from "./schema-refs.js";

/** What the table builders need besides the node. */
export interface TableContext {
  schemas: SchemaSet;
  codeSets: readonly CodeSet<string | number>[];
  examples: ReadonlyMap<string, unknown>;
}

/** One element row: the property's own annotations first, then those of the definition it refers to. */
function elementRow(context: TableContext, owner: string, key: string, node: SchemaNode, required: boolean): ElementRow {
  const resolved = derefNode(context.schemas, node).node;
  const codeSet = codeSetOf(valueNode(context.schemas, node), context.codeSets);
  const sample = context.examples.get(exampleKey(owner, key));
  const example = schemaExample(context.schemas, node) ?? (sample === undefined ? undefined : showExample(sample));
  return {
    key,
    title: String(node.title ?? resolved.title ?? ""),
    description: String(node.description ?? resolved.description ?? ""),
    type: typeLabel(context.schemas, node),
    required,
    ...(codeSet ? { codeSet } : {}),
    constraints: constraintsOf(context.schemas, node),
    ...(example !== undefined ? { example } : {}),
  };
}

/** The table of an object node; `owner` is "doc:<name>" or "def:<name>" and names its examples. */
export function elementTable(context: TableContext, owner: string, name: string, anchor: string, node: SchemaNode): ElementTable {
  const required = new Set<string>(Array.isArray(node.required) ? node.required : []);
  const properties = Object.entries((node.properties ?? {}) as Record<string, SchemaNode>);
  const variants = Array.isArray(node.oneOf) ? node.oneOf.map((b: SchemaNode) => typeLabel(context.schemas, b)) : undefined;
  return {
    anchor,
    name,
    title: String(node.title ?? ""),
    description: String(node.description ?? ""),
    rows: properties.map(([key, child]) => elementRow(context, owner, key, child, required.has(key))),
    ...(node.type === "object" && !variants ? { closed: node.additionalProperties === false } : {}),
    ...(variants ? { variants } : {}),
  };
}

/** The row of a scalar definition (identifier pattern or code enum). */
export function scalarDefinition(context: TableContext, name: string, anchor: string, node: SchemaNode): ScalarDefinition {
  const codeSet = codeSetOf(node, context.codeSets);
  const example = schemaExample(context.schemas, node) ?? (Array.isArray(node.enum) ? JSON.stringify(node.enum[0]) : undefined);
  const description = String(node.description ?? "");
  return {
    anchor,
    name,
    title: String(node.title ?? ""),
    // A code enum's description lists every code, which the linked code-set table shows: keep its source.
    description: codeSet ? description.split(":")[0]! : description,
    type: typeLabel(context.schemas, node).text,
    ...(codeSet ? { codeSet } : {}),
    constraints: constraintsOf(context.schemas, node),
    ...(example !== undefined ? { example } : {}),
  };
}
