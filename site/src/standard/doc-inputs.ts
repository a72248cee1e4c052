/**
 * The standard reference's inputs in the page: the same schema and example files as `npm run docs`,
 * bundled at build time by Vite's import.meta.glob, so the page and docs/standard.md say the same.
 */
import { buildStandardDoc } from "../../../src/docs/build-standard-doc.js";
import type { StandardDoc } from "../../../src/docs/doc-model.js";
import { docInputs, type FilesByName, type SchemaFilesByMajor } from "../../../src/docs/inputs.js";
import { latestMajor } from "../../../src/schema/majors.js";

const schemaModules = import.meta.glob("../../../schemas/*/*.schema.json", { eager: true, import: "default" });
const exampleModules = import.meta.glob("../../../examples/**/*.json", { eager: true, import: "default" });

/** Schema files by major folder, then base name, as the Node loader keys them. */
function schemasByMajor(modules: Record<string, unknown>): SchemaFilesByMajor {
  const out: SchemaFilesByMajor = {};
  for (const [path, value] of Object.entries(modules)) {
    const [major, name] = path.split("/").slice(-2) as [string, string];
    (out[major] ??= {})[name] = value;
  }
  return out;
}

/** Example files by path under examples/, as the Node loader keys them. */
const byExamplePath = (modules: Record<string, unknown>): FilesByName =>
  Object.fromEntries(Object.entries(modules).map(([path, value]) => [path.slice(path.indexOf("/examples/") + "/examples/".length), value]));

/** The reference of the latest major, built once on first use. */
let doc: StandardDoc | undefined;
export function standardDoc(): StandardDoc {
  // The page links to the repository's changelog by name only: a file:// page has no repository beside it.
  doc ??= buildStandardDoc(docInputs(latestMajor, schemasByMajor(schemaModules), byExamplePath(exampleModules), { changelog: "CHANGELOG.md" }));
  return doc;
}
