/** Node-only: reads the schema and example files from a checkout for the reference. */
import fs from "node:fs";
import path from "node:path";
import type { StandardDocInputs } from "./build-standard-doc.js";
import { docInputs, type FilesByName } from "./inputs.js";

/** Parses every `.json` file of a folder, keyed by base name. */
function readJsonFolder(dir: string): FilesByName {
  const files: FilesByName = {};
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    files[name] = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8"));
  }
  return files;
}

/** The reference's inputs as they are in the checkout at `root`; links are relative to docs/. */
export function loadDocInputs(root: string): StandardDocInputs {
  return docInputs(readJsonFolder(path.join(root, "schemas/v1")), readJsonFolder(path.join(root, "examples")), {
    versioning: "../README.md#versions-and-diffs",
    changelog: "../CHANGELOG.md",
  });
}
