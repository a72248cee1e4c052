/** Object keywords: properties (added/removed, judged against the other side's additionalProperties), required, additionalProperties. */
import { compareNodes, type Pair } from "./compare-node.js";
import { child } from "./registry.js";
import { relation, typeSignature } from "./relation.js";

const propsOf = (schema: Record<string, unknown>) => (typeof schema.properties === "object" && schema.properties !== null ? (schema.properties as Record<string, unknown>) : {});
const requiredOf = (schema: Record<string, unknown>) => (Array.isArray(schema.required) ? (schema.required as unknown[]).map(String) : []);
/** How an object treats undeclared properties. */
const openness = (ap: unknown) => (ap === false ? "closed" : ap === undefined || ap === true ? "open" : "schema");

/**
 * A property only one side declares is compared with what the other side allowed for that name, its
 * `additionalProperties`: adding an optional property to a closed object is backward compatible (no old
 * document could have it) but not forward; adding one to an open object breaks old documents that used
 * the name freely, unless the new property accepts anything.
 */
function compareProperties(pair: Pair): void {
  const { ctx, o, n, os, ns } = pair;
  const oldProps = propsOf(os);
  const newProps = propsOf(ns);
  const names = [...new Set([...Object.keys(oldProps), ...Object.keys(newProps)])];
  for (const name of names) {
    const oldProp = child(o, "properties", name);
    const newProp = child(n, "properties", name);
    if (name in oldProps && name in newProps) compareNodes(ctx, oldProp, newProp);
    else if (name in newProps) {
      const rel = relation(ctx, child(o, "additionalProperties"), newProp);
      const type = typeSignature(ctx.newRegistry, newProp);
      ctx.emit(n, ["properties", name], "property-added", { name, object: openness(os.additionalProperties), type }, rel);
    } else {
      const rel = relation(ctx, oldProp, child(n, "additionalProperties"));
      const type = typeSignature(ctx.oldRegistry, oldProp);
      ctx.emit(n, ["properties", name], "property-removed", { name, object: openness(ns.additionalProperties), type }, rel);
    }
  }
}

/** `required`: a newly required name breaks old documents; a name no longer required may surprise old readers. */
function compareRequired({ ctx, n, os, ns }: Pair): void {
  const before = requiredOf(os);
  const after = requiredOf(ns);
  after.forEach((name, i) => { if (!before.includes(name)) ctx.emit(n, ["required", i], "required-added", { name }); });
  before.forEach((name, i) => { if (!after.includes(name)) ctx.emit(n, ["required", i], "required-removed", { name }); });
}

/** `additionalProperties`: closing, opening, or a change inside its schema. */
function compareAdditional({ ctx, o, n, os, ns }: Pair): void {
  const a = openness(os.additionalProperties);
  const b = openness(ns.additionalProperties);
  if (a === "closed" && b === "closed") return;
  // Stryker disable next-line ObjectLiteral: equivalent: the closed/opened messages show no value
  if (b === "closed") return ctx.emit(n, ["additionalProperties"], "additional-properties-closed", { before: a });
  // Stryker disable next-line ObjectLiteral: equivalent: the closed/opened messages show no value
  if (a === "closed") return ctx.emit(n, ["additionalProperties"], "additional-properties-opened", { after: b });
  if (a === "open" && b === "open") return;
  compareNodes(ctx, child(o, "additionalProperties"), child(n, "additionalProperties"));
}

/** Compares the object keywords of a pair. */
export function compareObjects(pair: Pair): void {
  compareProperties(pair);
  compareRequired(pair);
  compareAdditional(pair);
}
