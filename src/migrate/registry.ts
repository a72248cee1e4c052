/**
 * The migration steps the package ships, one per major transition (both ways where the older major
 * is still published). `npm run new-version` scaffolds `src/migrate/steps/vN-to-vN+1.ts` and registers it here.
 */
import { majors } from "../schema/majors.js";
import { v1ToV2, v2ToV1 } from "./steps/v1-to-v2.js";
import type { MigrationStep } from "./types.js";

/** The majors of the standard this package publishes (from their one registration). */
export const SCHEMA_MAJORS: readonly string[] = /* @__PURE__ */ majors.map((m) => m.id);

/** Every registered migration step. */
export const migrationSteps: readonly MigrationStep[] = [v1ToV2, v2ToV1];
