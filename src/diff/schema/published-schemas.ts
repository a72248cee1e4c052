/**
 * The schema files this package publishes, so that diffing one of them (or an edited copy) resolves
 * its `$ref`s to the sibling files without the caller passing them. Refs the caller passes win.
 */
import basicItem from "../../../schemas/v1/basic-item.schema.json" with { type: "json" };
import catalogue from "../../../schemas/v1/catalogue.schema.json" with { type: "json" };
import defs from "../../../schemas/v1/defs.schema.json" with { type: "json" };
import implementationItem from "../../../schemas/v1/implementation-item.schema.json" with { type: "json" };
import standardItem from "../../../schemas/v1/standard-item.schema.json" with { type: "json" };
import type { SchemaSet } from "./types.js";

/** The v1 schema files by file name. */
export const publishedSchemas: SchemaSet = {
  "basic-item.schema.json": basicItem,
  "catalogue.schema.json": catalogue,
  "defs.schema.json": defs,
  "implementation-item.schema.json": implementationItem,
  "standard-item.schema.json": standardItem,
};
