/**
 * `it` for a test that spawns the built CLI inside an otherwise in-process file. Mutation runs
 * (vitest.mutation.config.ts sets ZWFW_MUTATION_RUN) skip it: it runs dist/, never the mutant, and
 * the sandbox has no dist/. `npm test` runs it as always.
 */
import { it } from "vitest";

/** `it`, skipped in mutation runs. */
export const cliIt = it.skipIf(process.env.ZWFW_MUTATION_RUN === "1");
