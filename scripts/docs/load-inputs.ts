/** Node-only: reads the schema and example files from a checkout for the reference. */
import fs from "node:fs";
import path from "node:path";
import type { StandardDocInputs } from "./build-standard-doc.js";
import { majorOf } from "../../src/schema/majors.js";
import type { Major } from "../../src/schema/major.js";
import { docInputs, type FilesByName } from "./inputs.js";

/** Parses every `.json` file of a folder, keyed by base name. */
function readJsonFolder(dir: string): FilesByName {
  const files: FilesByName = {};
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    files[name] = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8"));
  }
  return files;
}

/** The reference's inputs of a major (v1 by default) as they are in the checkout at `root`; links are relative to docs/. */
export function loadDocInputs(root: string, major?: Major): StandardDocInputs {
  const examples = readJsonFolder(path.join(root, "examples"));
  // Example values come from the major's own examples only.
  const own = major ? Object.fromEntries(Object.entries(examples).filter(([, doc]) => majorOf((doc as { schemaVersion?: unknown }).schemaVersion) === major)) : examples;
  return docInputs(readJsonFolder(path.join(root, "schemas", major?.id ?? "v1")), own, {
    versioning: "../README.md#versions-and-diffs",
    changelog: "../CHANGELOG.md",
  }, ...(major ? [major.schemaVersion] : []));
}
