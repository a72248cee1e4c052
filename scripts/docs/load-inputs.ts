/** Node-only: reads the schema and example files from a checkout for the reference. */
import fs from "node:fs";
import path from "node:path";
import type { Major } from "../../src/schema/major.js";
import { majors } from "../../src/schema/majors.js";
import type { StandardDocInputs } from "../../src/docs/build-standard-doc.js";
import { docInputs, type FilesByName } from "../../src/docs/inputs.js";

/** Parses every `.json` file of a folder and its sub-folders, keyed by path relative to it ("bundles/x.json"). */
function readJsonTree(dir: string): FilesByName {
  const files: FilesByName = {};
  for (const name of fs.readdirSync(dir, { recursive: true }).map(String).filter((n) => n.endsWith(".json")).sort()) {
    files[name.split(path.sep).join("/")] = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8"));
  }
  return files;
}

/** The reference's inputs for `major` as they are in the checkout at `root`; links are relative to docs/. */
export function loadDocInputs(root: string, major: Major): StandardDocInputs {
  const schemaFiles = Object.fromEntries(majors.map((m) => [m.id, readJsonTree(path.join(root, "schemas", m.id))]));
  return docInputs(major, schemaFiles, readJsonTree(path.join(root, "examples")), {
    versioning: "../README.md#versions-and-diffs",
    changelog: "../CHANGELOG.md",
  });
}
