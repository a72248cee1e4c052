/** Document migrations between major versions of the standard. */
export { migrate, migrationPath } from "./migrate.js";
export { migrationSteps, SCHEMA_MAJORS } from "./registry.js";
export { MigrationError, type ElementRename, type MigrateOptions, type MigrationStep } from "./types.js";
