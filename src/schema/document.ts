/** What every major publishes per document: its file name, generated type name and TypeBox schema (generator input). */
import type { TSchema } from "typebox";

/** A published document of a major: schemas/vN/<name>.schema.json, typed as `typeName`. */
export interface SchemaDocument {
  /** File name under schemas/vN/, and the `as` value of validate. */
  readonly name: string;
  readonly typeName: string;
  readonly schema: TSchema;
}

/** The TypeBox inputs of one major: its documents and the shared definitions of defs.schema.json. */
export interface SchemaSource {
  readonly documents: readonly SchemaDocument[];
  readonly definitions: Readonly<Record<string, TSchema>>;
}
