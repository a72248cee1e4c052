/** Compares two subschemas: follows `$ref`s, then compares keyword by keyword. */
import { compareBounds } from "./compare-bounds.js";
import { compareComposition, compareDefinitions } from "./compare-composition.js";
import { compareObjects } from "./compare-objects.js";
import { compareOther, compareType, compareValues } from "./compare-values.js";
import type { DiffContext } from "./context.js";
import { child, isObject, type SchemaNode, type SchemaRegistry } from "./registry.js";
import { wordedError } from "../../i18n/localized-error.js";
import { SchemaDiffError } from "./types.js";

/** The two sides of one keyword-by-keyword comparison. */
export interface Pair {
  ctx: DiffContext;
  o: SchemaNode;
  n: SchemaNode;
  os: Record<string, unknown>;
  ns: Record<string, unknown>;
}

const refOf = (schema: unknown) => (isObject(schema) && typeof schema.$ref === "string" ? schema.$ref : undefined);
const where = (node: SchemaNode) => `${node.file ? node.file + "#" : ""}${node.pointer || "/"}`;

/**
 * A `$ref` site as one schema: the target with the site's other keywords applied over it. Used only when
 * the other side is inline, so an inline schema moved into `$defs` compares equal.
 */
function inlined(registry: SchemaRegistry, site: SchemaNode): SchemaNode {
  let node = site;
  let siblings: Record<string, unknown> = {};
  for (let hops = 0; refOf(node.schema) !== undefined; hops++) {
    if (hops > 32) throw wordedError(SchemaDiffError, "error.schema-diff.ref-cycle", { at: where(site) });
    const { $ref, ...rest } = node.schema as Record<string, unknown>;
    siblings = { ...rest, ...siblings };
    node = registry.resolve($ref as string, node);
  }
  const target = node.schema === true ? {} : node.schema;
  if (!isObject(target)) return node;
  return { ...node, schema: { ...target, ...siblings } };
}

/** Compares an old and a new subschema and records every change (each pair of locations once). */
export function compareNodes(ctx: DiffContext, o: SchemaNode, n: SchemaNode): void {
  if (!ctx.enter(o, n)) return;
  const os = o.schema === undefined ? true : o.schema;
  const ns = n.schema === undefined ? true : n.schema;
  if (os === false || ns === false) {
    if (ns === false && os !== false) ctx.emit(n, [], "schema-rejects-all");
    if (os === false && ns !== false) ctx.emit(n, [], "schema-accepts-values");
    return;
  }
  for (const [node, s] of [[o, os], [n, ns]] as const) {
    if (s !== true && !isObject(s)) throw wordedError(SchemaDiffError, "error.schema-diff.not-schema", { at: where(node) });
  }
  const oRef = refOf(os);
  const nRef = refOf(ns);
  if (oRef !== undefined && nRef !== undefined) {
    // Both are references: the site's own keywords, then the targets (compared once however often used).
    compareKeywords(ctx, o, n);
    const ot = ctx.oldRegistry.resolve(oRef, o);
    const nt = ctx.newRegistry.resolve(nRef, n);
    if (`${ot.file}#${ot.pointer}` !== `${nt.file}#${nt.pointer}`) ctx.emit(n, ["$ref"], "ref-target-changed", { before: oRef, after: nRef });
    compareNodes(ctx, ot, nt);
    return;
  }
  const oi = oRef !== undefined ? inlined(ctx.oldRegistry, o) : o;
  const ni = nRef !== undefined ? inlined(ctx.newRegistry, n) : n;
  // A $ref to `false` rejects every value: compared as the false schema it is, not as an object without keywords.
  if (oi.schema === false || ni.schema === false) compareNodes(ctx, oi, ni);
  else compareKeywords(ctx, oi, ni);
}

/** Compares the keywords of two schema objects (a `$ref` keyword itself is handled by compareNodes). */
function compareKeywords(ctx: DiffContext, o: SchemaNode, n: SchemaNode): void {
  const asObject = (s: unknown) => (isObject(s) ? s : {});
  const pair: Pair = { ctx, o, n, os: asObject(o.schema), ns: asObject(n.schema) };
  compareValues(pair);
  compareType(pair);
  compareBounds(pair);
  compareObjects(pair);
  if (pair.os.items !== undefined || pair.ns.items !== undefined) compareNodes(ctx, child(o, "items"), child(n, "items"));
  compareComposition(pair);
  compareDefinitions(pair);
  compareOther(pair);
}
