/** migrate(): moves a document from one major version of the standard to another through registered steps. */
import { migrationSteps, SCHEMA_MAJORS } from "./registry.js";
import { wordedError } from "../i18n/localized-error.js";
import { MigrationError, type MigrateOptions, type MigrationStep } from "./types.js";

/** The shortest chain of steps from one version to another (breadth-first), or undefined. */
export function migrationPath(from: string, to: string, steps: readonly MigrationStep[]): MigrationStep[] | undefined {
  const queue: { version: string; path: MigrationStep[] }[] = [{ version: from, path: [] }];
  const visited = new Set([from]);
  while (queue.length > 0) {
    const { version, path } = queue.shift()!;
    if (version === to) return path;
    for (const step of steps.filter((s) => s.from === version && !visited.has(s.to))) {
      visited.add(step.to);
      queue.push({ version: step.to, path: [...path, step] });
    }
  }
  return undefined;
}

/**
 * Migrates a document between majors, e.g. `migrate(doc, { from: "v1", to: "v2" })`. The same version
 * returns a copy unchanged; an unknown version or a pair without a chain of steps throws MigrationError.
 */
export function migrate(document: unknown, options: MigrateOptions): unknown {
  const steps = options.steps ?? migrationSteps;
  const known = new Set([...SCHEMA_MAJORS, ...steps.flatMap((s) => [s.from, s.to])]);
  for (const version of [options.from, options.to]) {
    if (!known.has(version)) throw wordedError(MigrationError, "error.migrate.unknown-version", { version, known: [...known].join(", ") });
  }
  const path = migrationPath(options.from, options.to, steps);
  if (!path) throw wordedError(MigrationError, "error.migrate.no-path", { from: options.from, to: options.to });
  // A copy even for the identity, so callers never alias the input whichever pair they ask for.
  return path.reduce((doc, step) => step.migrate(doc, options.onDropped), structuredClone(document));
}
