/**
 * `npm run release:check`: the release gate. Diffs each major's emitted schemas against its frozen last
 * release (schemas/vN/released/) and fails (exit 1, listing the changes) when the pending changesets
 * declare a smaller bump for the package than the schema changes require. Exit 2 when it cannot check.
 */
import fs from "node:fs";
import path from "node:path";
import { renderSchemaDiffText } from "../src/cli/render/diff-schema-text.js";
import { compareBumps, maxBump } from "../src/diff/schema/bump.js";
import type { Bump } from "../src/diff/schema/types.js";
import { diffSchemaSets } from "../src/diff/schema/diff-schemas.js";
import { ROOT } from "./lib/paths.js";
import { declaredBump } from "./release/changesets.js";
import { readSchemaVersions } from "./release/schema-versions.js";

async function main(): Promise<number> {
  const { name } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { name: string };
  const versions = readSchemaVersions(ROOT);
  if (!versions.some((v) => v.released)) {
    console.error("release:check: no released schemas to compare with (schemas/vN/released/); run `npm run release:freeze` once to record the current release.");
    return 2;
  }
  let required: Bump = "none";
  for (const v of versions) {
    if (!v.released) {
      // A major without a release yet is being opened: publishing it is a major release of the package.
      console.log(`schemas/${v.version}: new major version (no released copy yet): requires major`);
      required = "major";
      continue;
    }
    const diff = diffSchemaSets(v.released, v.current, { locale: "en" });
    console.log(`schemas/${v.version} against schemas/${v.version}/released: requires ${diff.bump}`);
    if (diff.changes.length > 0) process.stdout.write(renderSchemaDiffText(diff, "en", false));
    required = maxBump(required, diff.bump);
  }
  const declared = await declaredBump(ROOT, name);
  const from = declared.declarations.map((d) => `${d.id}: ${d.bump}`).join(", ") || "no pending changeset";
  console.log(`changesets declare ${declared.bump} for ${name} (${from})`);
  if (compareBumps(declared.bump, required) < 0) {
    console.error(`release:check failed: the schema changes require a ${required} release of ${name}, but the pending changesets declare ${declared.bump}. Run \`npx changeset\` and choose ${required}.`);
    return 1;
  }
  console.log(`release:check passed: ${declared.bump} covers the required ${required}.`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`release:check: ${(error as Error).message}`);
  process.exitCode = 2;
}
