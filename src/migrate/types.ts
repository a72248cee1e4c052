/** Migrations between major versions of the standard's documents. */

/** One step that turns a document of major `from` into a document of major `to` (usually the next one). */
export interface MigrationStep {
  readonly from: string;
  readonly to: string;
  /** What the step changes, for release notes. */
  readonly description: string;
  /** Item elements the step renames, as dotted paths within an item (the reference's mapping table reads these). */
  readonly renames?: readonly ElementRename[];
  /** Returns the migrated document; must not modify its input. `report` receives the JSON Pointer of each element dropped. */
  migrate(document: unknown, report?: (droppedPath: string) => void): unknown;
}

/** An item element renamed between majors: both dotted paths share their parent ("timeLimit.note" → "timeLimit.promisedNote"). */
export interface ElementRename {
  readonly from: string;
  readonly to: string;
}

/** Options of migrate. */
export interface MigrateOptions {
  /** The major version the document follows, e.g. "v1". */
  from: string;
  /** The major version wanted, e.g. "v2". */
  to: string;
  /** Receives the JSON Pointer of every element dropped because the target major cannot hold it. */
  onDropped?: (path: string) => void;
  /** The steps to use; the package's registry by default. */
  steps?: readonly MigrationStep[];
}

/** No chain of steps leads from one version to the other, or a version is unknown. */
export class MigrationError extends Error {
  override name = "MigrationError";
}
