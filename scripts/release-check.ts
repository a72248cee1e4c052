/**
 * `npm run release:check`: the release gate. Diffs each major's emitted schemas against its frozen last
 * release (schemas/vN/released/) and fails (exit 1, listing the changes) when:
 * - a released major breaks (rejects a document its release accepted), whatever the changesets
 *   declare: a breaking change goes into a new major (`npm run new-version`), never into a released one;
 * - a released major accepts more but its SCHEMA_VERSION (src/schema/vN/version.ts) was not raised
 *   above the released one, so new documents could not say which minor they follow;
 * - the pending changesets declare a smaller bump for the package than the schema changes require;
 * - package-lock.json's version is not package.json's (`npm run release:version` keeps them together).
 * Exit 2 when it cannot check.
 */
import fs from "node:fs";
import path from "node:path";
import { renderSchemaDiffText } from "../src/cli/render/diff-schema-text.js";
import { compareBumps, maxBump } from "../src/diff/schema/bump.js";
import type { Bump } from "../src/diff/schema/types.js";
import { diffSchemaSets } from "../src/diff/schema/diff-schemas.js";
import { ROOT } from "./lib/paths.js";
import { declaredBump } from "./release/changesets.js";
import { documentedSchemaVersion, readSchemaVersions } from "./release/schema-versions.js";

const minorOf = (version: string | undefined) => Number(version?.split(".")[1] ?? NaN);

async function main(): Promise<number> {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { name: string; version: string };
  const versions = readSchemaVersions(ROOT);
  if (!versions.some((v) => v.released)) {
    console.error("release:check: no released schemas to compare with (schemas/vN/released/); run `npm run release:freeze` once to record the current release.");
    return 2;
  }
  const failures: string[] = [];
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
    if (diff.bump === "major") {
      failures.push(`schemas/${v.version} breaks its released major; a released major never takes a breaking change, whatever the changesets declare: revert it and make it in a new major (\`npm run new-version\`).`);
    } else if (diff.bump === "minor") {
      const [was, now] = [documentedSchemaVersion(v.released), documentedSchemaVersion(v.current)];
      if (!(minorOf(now) > minorOf(was))) {
        failures.push(`schemas/${v.version} accepts more than its release ${was}, but SCHEMA_VERSION is still ${now}: raise it in src/schema/${v.version}/version.ts (e.g. to ${was?.split(".")[0]}.${minorOf(was) + 1}) and run \`npm run generate\`.`);
      }
    }
  }
  const declared = await declaredBump(ROOT, pkg.name);
  const from = declared.declarations.map((d) => `${d.id}: ${d.bump}`).join(", ") || "no pending changeset";
  console.log(`changesets declare ${declared.bump} for ${pkg.name} (${from})`);
  if (compareBumps(declared.bump, required) < 0) {
    failures.push(`the schema changes require a ${required} release of ${pkg.name}, but the pending changesets declare ${declared.bump}. Run \`npx changeset\` and choose ${required}.`);
  }
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as { version?: string; packages?: Record<string, { version?: string }> };
  if (lock.version !== pkg.version || lock.packages?.[""]?.version !== pkg.version) {
    failures.push(`package-lock.json says ${lock.version}, package.json ${pkg.version}: run \`npm install --package-lock-only\` (\`npm run release:version\` does).`);
  }
  for (const failure of failures) console.error(`release:check failed: ${failure}`);
  if (failures.length > 0) return 1;
  console.log(`release:check passed: ${declared.bump} covers the required ${required}.`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`release:check: ${(error as Error).message}`);
  process.exitCode = 2;
}
