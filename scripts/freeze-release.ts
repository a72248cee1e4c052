/**
 * `npm run release:freeze`: records the emitted schemas of every major as its last release
 * (schemas/vN/released/), the baseline `release:check` diffs against. Runs after `changeset version`
 * (see the `release:version` script), so the frozen copy always matches the version being published.
 */
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./lib/paths.js";
import { RELEASED, versionDirs } from "./release/schema-versions.js";

for (const { version, dir } of versionDirs(ROOT)) {
  const target = path.join(dir, RELEASED);
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".schema.json"));
  for (const file of files) fs.copyFileSync(path.join(dir, file), path.join(target, file));
  console.log(`schemas/${version}/${RELEASED}: ${files.length} schema file(s) frozen`);
}
