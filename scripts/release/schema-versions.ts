/** The emitted schemas of every major version beside their frozen last release (schemas/vN/released/). */
import fs from "node:fs";
import path from "node:path";
import { readSchemaFolder } from "../../src/cli/read-schemas.js";

/** Name of the folder that holds the last release's emitted schemas, inside each major's folder. */
export const RELEASED = "released";

/** One major version's current and released schema files (released is undefined before its first release). */
export interface SchemaVersion {
  version: string;
  dir: string;
  current: Record<string, unknown>;
  released: Record<string, unknown> | undefined;
}

/** The major-version folders under schemas/ (v1, v2, …), in numeric order. */
export function versionDirs(root: string): { version: string; dir: string }[] {
  const schemas = path.join(root, "schemas");
  return fs.readdirSync(schemas)
    .filter((name) => /^v\d+$/.test(name) && fs.statSync(path.join(schemas, name)).isDirectory())
    .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
    .map((version) => ({ version, dir: path.join(schemas, version) }));
}

/** Reads the current and released schemas of every major version. */
export function readSchemaVersions(root: string): SchemaVersion[] {
  return versionDirs(root).map(({ version, dir }) => {
    const releasedDir = path.join(dir, RELEASED);
    return { version, dir, current: readSchemaFolder(dir), released: fs.existsSync(releasedDir) ? readSchemaFolder(releasedDir) : undefined };
  });
}

/**
 * The schemaVersion a set of emitted schemas documents: the example of the catalogue header's
 * `schemaVersion` (the major's SCHEMA_VERSION), so a frozen release records the version it shipped.
 */
export function documentedSchemaVersion(files: Record<string, unknown>): string | undefined {
  const defs = (files["defs.schema.json"] as { $defs?: Record<string, { properties?: { schemaVersion?: { examples?: unknown[] } } }> } | undefined)?.$defs ?? {};
  for (const def of Object.values(defs)) {
    const example = def.properties?.schemaVersion?.examples?.[0];
    if (typeof example === "string") return example;
  }
  return undefined;
}
