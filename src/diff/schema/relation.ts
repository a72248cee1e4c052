/** Inclusion between two subschemas, answered by diffing them in a side run. */
import { compareNodes } from "./compare-node.js";
import type { DiffContext } from "./context.js";
import { canonical } from "./json-equal.js";
import { isObject, type SchemaNode, type SchemaRegistry } from "./registry.js";

/** backward: every value the old subschema accepts, the new one accepts; forward: the converse. */
export interface Relation {
  backward: boolean;
  forward: boolean;
}

/**
 * Relates an old and a new subschema by diffing them: inclusion holds when no change of the side run
 * breaks it. Conservative wherever the diff is (a changed pattern counts as breaking both ways).
 */
export function relation(ctx: DiffContext, o: SchemaNode, n: SchemaNode): Relation {
  const key = `${o.file}#${o.pointer}\u0000${n.file}#${n.pointer}`;
  const known = ctx.subsetCache.get(key);
  if (known) return known;
  // Assumed while being computed, so recursive schemas terminate (coinductive reading of inclusion).
  ctx.subsetCache.set(key, { backward: true, forward: true });
  const side = ctx.fork();
  compareNodes(side, o, n);
  const result = { backward: side.changes.every((c) => c.backward), forward: side.changes.every((c) => c.forward) };
  ctx.subsetCache.set(key, result);
  return result;
}

/** A short signature of the JSON type a subschema accepts (through `$ref`s), to pair renamed properties. */
export function typeSignature(registry: SchemaRegistry, node: SchemaNode): string {
  let current = node;
  for (let hops = 0; hops < 32 && isObject(current.schema) && typeof current.schema.$ref === "string"; hops++) {
    current = registry.resolve(current.schema.$ref, current);
  }
  const s = current.schema;
  if (!isObject(s)) return String(s ?? true);
  if (s.type !== undefined) return canonical(s.type);
  if (s.enum !== undefined || s.const !== undefined) return canonical(s.enum ?? [s.const]);
  return `${current.file}#${current.pointer}`;
}
