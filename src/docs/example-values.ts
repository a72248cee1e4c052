/**
 * Example values for the reference, taken from real sample documents (the examples/ chain): the
 * first value each element has there, found by walking each sample alongside its schema.
 */
import { derefNode, isObjectNode, type SchemaNode, type SchemaSet } from "./schema-refs.js";

/** The key of an element's example: owner ("doc:basic-item", "def:Material") and property. */
export const exampleKey = (owner: string, key: string) => `${owner}#${key}`;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The branch of a discriminated `oneOf` that a value takes (by the const of the discriminator property). */
function branchOf(schemas: SchemaSet, node: SchemaNode, value: Record<string, unknown>): SchemaNode | undefined {
  const property = node.discriminator?.propertyName;
  if (typeof property !== "string") return undefined;
  return (node.oneOf as SchemaNode[]).find((b) => derefNode(schemas, b).node.properties?.[property]?.const === value[property]);
}

/** Collects the first value of every element that the samples carry. */
export function collectExampleValues(schemas: SchemaSet, samples: readonly unknown[]): Map<string, unknown> {
  const found = new Map<string, unknown>();

  const visit = (node: SchemaNode, value: unknown, owner: string): void => {
    const { node: resolved, target } = derefNode(schemas, node);
    const here = target ? `${target.kind === "def" ? "def" : "doc"}:${target.name}` : owner;
    if (Array.isArray(value) && resolved.type === "array" && resolved.items) {
      for (const element of value) visit(resolved.items, element, here);
      return;
    }
    if (!isRecord(value)) return;
    if (Array.isArray(resolved.oneOf)) {
      const branch = branchOf(schemas, resolved, value);
      if (branch) visit(branch, value, here);
    }
    if (!isObjectNode(resolved)) return;
    for (const [key, child] of Object.entries(resolved.properties as Record<string, SchemaNode>)) {
      if (!(key in value)) continue;
      const id = exampleKey(here, key);
      if (!found.has(id)) found.set(id, value[key]);
      visit(child, value[key], here);
    }
  };

  for (const sample of samples) visit({ $ref: "catalogue.schema.json" }, sample, "doc:catalogue");
  return found;
}

/** Shows a value compactly: JSON, cut at `max` characters. */
export function showExample(value: unknown, max = 80): string {
  const text = JSON.stringify(value);
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
