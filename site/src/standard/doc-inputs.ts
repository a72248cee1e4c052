/**
 * The standard reference's inputs in the page: the same schema and example files as `npm run docs`,
 * bundled at build time by Vite's import.meta.glob, so the page and docs/standard.md say the same.
 */
import { buildStandardDoc } from "../../../scripts/docs/build-standard-doc.js";
import type { StandardDoc } from "../../../scripts/docs/doc-model.js";
import { docInputs, type FilesByName } from "../../../scripts/docs/inputs.js";

const schemaModules = import.meta.glob("../../../schemas/v1/*.schema.json", { eager: true, import: "default" });
const exampleModules = import.meta.glob("../../../examples/*.json", { eager: true, import: "default" });

/** Files by base name, as the Node loader keys them. */
const byBaseName = (modules: Record<string, unknown>): FilesByName =>
  Object.fromEntries(Object.entries(modules).map(([path, value]) => [path.slice(path.lastIndexOf("/") + 1), value]));

/** The reference, built once on first use. */
let doc: StandardDoc | undefined;
export function standardDoc(): StandardDoc {
  // The page links to the repository's changelog by name only: a file:// page has no repository beside it.
  doc ??= buildStandardDoc(docInputs(byBaseName(schemaModules), byBaseName(exampleModules), { changelog: "CHANGELOG.md" }));
  return doc;
}
