/** diffSchemas and diffSchemaSets: the public entry points of the schema diff. */
import { rewordedIn } from "../../i18n/localized-error.js";
import { isLocale, type Locale } from "../../i18n/locale.js";
import { bumpOf } from "./bump.js";
import { compareNodes } from "./compare-node.js";
import { DiffContext } from "./context.js";
import { publishedSchemas } from "./published-schemas.js";
import { SchemaRegistry } from "./registry.js";
import { toSchemaChanges } from "./render-message.js";
import type { DiffSchemasOptions, DiffSchemaSetsOptions, SchemaDiff, SchemaSet } from "./types.js";

/**
 * Diffs two JSON Schemas. External `$ref`s resolve through `oldRefs`/`newRefs` (file name or `$id` →
 * schema), else to this package's published v1 files (so `diffSchemas(catalogueSchema, edited)` works
 * as is); each change's path is a JSON Pointer into the new schema, prefixed by the file outside it.
 */
export function diffSchemas(oldSchema: unknown, newSchema: unknown, options: DiffSchemasOptions = {}): SchemaDiff {
  return inLocale(options.locale, () => {
    const old = SchemaRegistry.of(oldSchema, { ...publishedSchemas, ...options.oldRefs });
    const next = SchemaRegistry.of(newSchema, { ...publishedSchemas, ...options.newRefs });
    const ctx = new DiffContext(old.registry, next.registry);
    compareNodes(ctx, old.registry.root(old.rootFile), next.registry.root(next.rootFile));
    const changes = toSchemaChanges(ctx.changes, next.rootFile, options.locale ?? "zh-CN");
    return { bump: bumpOf(changes), changes };
  });
}

/**
 * Diffs two sets of schema files (file name → schema), e.g. a released `schemas/v1/` against the current
 * one. Files are compared by name; every path is prefixed by its file ("defs.schema.json#/$defs/…"), and
 * a shared definition's change is reported once, however many files reference it.
 */
export function diffSchemaSets(oldSet: SchemaSet, newSet: SchemaSet, options: DiffSchemaSetsOptions = {}): SchemaDiff {
  return inLocale(options.locale, () => {
    const oldRegistry = new SchemaRegistry(Object.entries(oldSet));
    const newRegistry = new SchemaRegistry(Object.entries(newSet));
    const ctx = new DiffContext(oldRegistry, newRegistry);
    const names = [...new Set([...Object.keys(oldSet), ...Object.keys(newSet)])].sort();
    for (const name of names) {
      const root = { schema: newSet[name], file: name, pointer: "" };
      if (!(name in newSet)) ctx.emit(root, [], "schema-removed", { name });
      else if (!(name in oldSet)) ctx.emit(root, [], "schema-added", { name });
      else compareNodes(ctx, oldRegistry.root(name), newRegistry.root(name));
    }
    const changes = toSchemaChanges(ctx.changes, undefined, options.locale ?? "zh-CN");
    return { bump: bumpOf(changes), changes };
  });
}

/** Runs a diff; a SchemaDiffError thrown deep in the registry (worded zh-CN there) comes out in the caller's language. */
function inLocale<T>(locale: Locale | undefined, diff: () => T): T {
  try {
    return diff();
  } catch (error) {
    throw isLocale(locale) ? rewordedIn(error, locale) : error;
  }
}
