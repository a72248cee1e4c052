/** Builds the standard reference model from the emitted schemas, the code sets, the rules and sample documents. */
import type { CodeSet } from "../codes/code-set.js";
import type { Rule } from "../rules/rule.js";
import { anchorOf, type MajorMapping, type RuleGroup, type StandardDoc } from "./doc-model.js";
import { elementTable, scalarDefinition, type TableContext } from "./element-table.js";
import { collectExampleValues } from "./example-values.js";
import { isObjectNode, type SchemaSet } from "./schema-refs.js";

/** A rule as the catalogue needs it (validation and conformance rules both have these fields). */
export type CatalogueRule = Pick<Rule, "id" | "severity" | "title" | "rationale" | "example">;

/** Everything the reference is generated from. Browser-safe: the caller loads the files. */
export interface StandardDocInputs {
  /** The major's schemaVersion, e.g. "2.0". */
  version: string;
  /** The folder its schemas are published in, e.g. "schemas/v2" (named in the generated banner). */
  schemaFolder: string;
  schemas: SchemaSet;
  codeSets: readonly CodeSet<string | number>[];
  /** Rule groups in display order; a group without rules is left out. */
  rules: { id: RuleGroup["id"]; rules: readonly CatalogueRule[] }[];
  /** Sample catalogues whose values fill the example column where the schema gives none. */
  samples: readonly unknown[];
  /** The mapping from each older major, oldest first. */
  mappings: MajorMapping[];
  links: StandardDoc["links"];
}

/** Builds the reference: documents in publication order, then definitions, code sets and rules. */
export function buildStandardDoc(inputs: StandardDocInputs): StandardDoc {
  const { schemas } = inputs;
  const context: TableContext = { schemas, codeSets: inputs.codeSets, examples: collectExampleValues(schemas, inputs.samples) };
  const defs = Object.entries(schemas.defs);
  return {
    version: inputs.version,
    schemaFolder: inputs.schemaFolder,
    documents: Object.entries(schemas.documents).map(([name, node]) => elementTable(context, `doc:${name}`, name, anchorOf("doc", name), node)),
    definitions: defs
      .filter(([, node]) => isObjectNode(node))
      .map(([name, node]) => elementTable(context, `def:${name}`, name, anchorOf("def", name), node)),
    scalars: defs.filter(([, node]) => !isObjectNode(node)).map(([name, node]) => scalarDefinition(context, name, anchorOf("def", name), node)),
    codeSets: inputs.codeSets.map((set) => ({ ...set, anchor: anchorOf("code", set.id) })),
    ruleGroups: inputs.rules
      .filter((group) => group.rules.length > 0)
      .map((group) => ({
        id: group.id,
        rules: group.rules.map((r) => ({
          id: r.id, anchor: anchorOf("rule", r.id), severity: r.severity, title: r.title, rationale: r.rationale, example: r.example,
        })),
      })),
    mappings: inputs.mappings,
    links: inputs.links,
  };
}
