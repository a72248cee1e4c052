/** The schema diff: classified changes between two JSON Schemas and the semver bump they require. */
export { diffSchemas, diffSchemaSets } from "./diff-schemas.js";
export { BUMPS, bumpOf, compareBumps, isBump, maxBump } from "./bump.js";
export { CHANGE_IDS, changeIds, type ChangeId } from "./change-ids.js";
export {
  SchemaDiffError,
  type Bump, type DiffSchemasOptions, type DiffSchemaSetsOptions, type SchemaChange, type SchemaDiff, type SchemaSet,
} from "./types.js";
