/**
 * Assembles the reference's inputs from loaded files. Browser-safe: the Node script reads the files
 * with fs, the site with Vite's import.meta.glob; both pass them here so both render the same content.
 */
import { bundleRules } from "../../src/bundle/index.js";
import { allCodeSets } from "../../src/codes/code-sets.js";
import { conformanceRules } from "../../src/conformance/index.js";
import { rules as validationRules } from "../../src/rules/index.js";
import { SCHEMA_VERSION } from "../../src/v1.js";
import type { DocumentName } from "../../src/validate/validators.js";
import type { StandardDocInputs } from "./build-standard-doc.js";
import type { SchemaNode } from "./schema-refs.js";

/** The published documents, in publication order. */
export const DOCUMENT_NAMES = ["catalogue", "basic-item", "standard-item", "implementation-item"] as const satisfies readonly DocumentName[];

/** Loaded files, keyed by their base name ("defs.schema.json", "1-province-basic.json"). */
export type FilesByName = Record<string, unknown>;

/** Whether a sample is a catalogue (the example column takes values only from whole catalogues). */
const isCatalogue = (v: unknown) => typeof v === "object" && v !== null && "kind" in v && "items" in v;

/**
 * The inputs of the reference from one major's schema files (v1's unless `version` names another
 * major's schemaVersion) and the example files.
 */
export function docInputs(schemaFiles: FilesByName, exampleFiles: FilesByName, links: StandardDocInputs["links"], version: string = SCHEMA_VERSION): StandardDocInputs {
  const schema = (name: string) => {
    const node = schemaFiles[`${name}.schema.json`];
    if (!node) throw new Error(`${name}.schema.json is missing`);
    return node as SchemaNode;
  };
  const documents = Object.fromEntries(DOCUMENT_NAMES.map((name) => [name, schema(name)]));
  const samples = Object.keys(exampleFiles).sort().map((name) => exampleFiles[name]).filter(isCatalogue);
  return {
    version,
    schemas: { documents, defs: (schema("defs").$defs ?? {}) as Record<string, SchemaNode> },
    codeSets: allCodeSets,
    rules: [{ id: "validation", rules: validationRules }, { id: "conformance", rules: conformanceRules }, { id: "bundle", rules: bundleRules }],
    samples,
    links,
  };
}
