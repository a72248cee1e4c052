/** The result shapes of the schema diff. */
import type { Locale } from "../../i18n/locale.js";
import type { ChangeId } from "./change-ids.js";

/** The semver bump a set of changes requires. */
export type Bump = "major" | "minor" | "patch" | "none";

/** One classified difference between two schemas. */
export interface SchemaChange {
  /**
   * JSON Pointer of the changed keyword or element in the new schema (for a removed element: where it
   * was). Outside the root document, or in a schema-set diff, it is prefixed with the file: `defs.schema.json#/$defs/Material/…`.
   */
  path: string;
  /** Stable change id (see CHANGE_IDS). */
  change: ChangeId;
  /** Every document valid under the old schema is still valid under the new one. */
  backward: boolean;
  /** Every document valid under the new schema is valid under the old one. */
  forward: boolean;
  /** What changed, in the requested locale. */
  message: string;
}

/** The result of diffSchemas / diffSchemaSets. */
export interface SchemaDiff {
  bump: Bump;
  changes: SchemaChange[];
}

/** Schema files by name (e.g. "defs.schema.json"), used to resolve `$ref`s across files. */
export type SchemaSet = Readonly<Record<string, unknown>>;

/** Options of diffSchemas. */
export interface DiffSchemasOptions {
  /** Files the old schema's external `$ref`s point into, by file name (or `$id`). */
  oldRefs?: SchemaSet;
  /** Files the new schema's external `$ref`s point into. */
  newRefs?: SchemaSet;
  /** Message language; zh-CN by default. */
  locale?: Locale;
}

/** Options of diffSchemaSets. */
export interface DiffSchemaSetsOptions {
  /** Message language; zh-CN by default. */
  locale?: Locale;
}

/**
 * A `$ref` that cannot be resolved, or a schema that is not a JSON Schema. Thrown worded from the
 * catalogue (`messageId`, `messageParams`), in the diff's locale.
 */
export class SchemaDiffError extends Error {
  override name = "SchemaDiffError";
  /** The catalogue id of the message (set where it is thrown). */
  declare readonly messageId: string;
  /** The values in the message. */
  declare readonly messageParams: Readonly<Record<string, string | number | boolean | undefined>>;
}
