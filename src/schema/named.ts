import type { TSchema } from "typebox";

/**
 * Marker key naming where a shared schema is published. The emitter turns every nested use of a
 * marked schema into a `$ref` and strips the key, so the emitted JSON Schema stays plain.
 */
export const REF_KEY = "x-zwfw-ref";

/** Marks a schema as published at `ref` (relative to schemas/vN/), e.g. "defs.schema.json#/$defs/Duration". */
export function named<T extends TSchema>(ref: string, schema: T): T {
  (schema as Record<string, unknown>)[REF_KEY] = ref;
  return schema;
}

/** Marks a shared definition that lives in defs.schema.json under `$defs/<name>`. */
export function def<T extends TSchema>(name: string, schema: T): T {
  return named(`defs.schema.json#/$defs/${name}`, schema);
}
