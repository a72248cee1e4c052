/**
 * The migration steps the package ships, one per major transition. Empty while v1 is the only major:
 * `npm run new-version` scaffolds `src/migrate/steps/v1-to-v2.ts` and prints how to register it here.
 */
import type { MigrationStep } from "./types.js";

/** The majors of the standard this package publishes. */
export const SCHEMA_MAJORS: readonly string[] = ["v1"];

/** Every registered migration step. */
export const migrationSteps: readonly MigrationStep[] = [];
