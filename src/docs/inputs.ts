/**
 * Assembles the reference's inputs from loaded files. Browser-safe: the Node script reads the files
 * with fs, the site with Vite's import.meta.glob; both pass them here so both render the same content.
 */
import { bundleRules } from "../bundle/index.js";
import { allCodeSets } from "../codes/code-sets.js";
import { conformanceRules } from "../conformance/index.js";
import { migrationSteps } from "../migrate/registry.js";
import { rules as validationRules } from "../rules/index.js";
import type { Major } from "../schema/major.js";
import { majorOfDocument, majors } from "../schema/majors.js";
import type { DocumentName } from "../validate/validators.js";
import type { StandardDocInputs } from "./build-standard-doc.js";
import { majorMapping } from "./major-mapping.js";
import type { SchemaNode, SchemaSet } from "./schema-refs.js";

/** The published documents, in publication order. */
export const DOCUMENT_NAMES = ["catalogue", "basic-item", "standard-item", "implementation-item"] as const satisfies readonly DocumentName[];

/** Loaded files, keyed by their base name ("defs.schema.json") or path under examples/ ("bundles/x.json"). */
export type FilesByName = Record<string, unknown>;

/** Each major's schema files, by major id ("v1" → its files). */
export type SchemaFilesByMajor = Record<string, FilesByName>;

/** Whether a sample is a catalogue (the example column takes values only from whole catalogues). */
const isCatalogue = (v: unknown) => typeof v === "object" && v !== null && "kind" in v && "items" in v;

/** The documents and shared definitions of one major's schema files. */
function schemaSet(major: Major, files: FilesByName | undefined): SchemaSet {
  const schema = (name: string) => {
    const node = files?.[`${name}.schema.json`];
    if (!node) throw new Error(`schemas/${major.id}/${name}.schema.json is missing`);
    return node as SchemaNode;
  };
  const documents = Object.fromEntries(DOCUMENT_NAMES.map((name) => [name, schema(name)]));
  return { documents, defs: (schema("defs").$defs ?? {}) as Record<string, SchemaNode> };
}

/** The inputs of `major`'s reference from every major's schema files and the example files (each sample counts for its own major). */
export function docInputs(major: Major, schemaFiles: SchemaFilesByMajor, exampleFiles: FilesByName, links: StandardDocInputs["links"]): StandardDocInputs {
  const schemas = schemaSet(major, schemaFiles[major.id]);
  const samples = Object.keys(exampleFiles).sort().map((name) => exampleFiles[name])
    .filter((sample) => isCatalogue(sample) && majorOfDocument(sample) === major);
  const older = majors.slice(0, majors.indexOf(major));
  const mappings = older.map((from) => {
    const renames = migrationSteps.find((s) => s.from === from.id && s.to === major.id)?.renames ?? [];
    return majorMapping(from.id, schemaSet(from, schemaFiles[from.id]), schemas, renames);
  });
  return {
    version: major.schemaVersion,
    schemaFolder: `schemas/${major.id}`,
    schemas,
    codeSets: allCodeSets,
    rules: [{ id: "validation", rules: validationRules }, { id: "conformance", rules: conformanceRules }, { id: "bundle", rules: bundleRules }],
    samples,
    mappings,
    links,
  };
}
