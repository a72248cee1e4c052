/** Document names: what `validate` takes in `as`. */
import type { DocumentName } from "../schema/major.js";
import { majors } from "../schema/majors.js";
import type { CatalogueKind } from "../rules/item-kind.js";

export type { DocumentName } from "../schema/major.js";

/** The item document name of a catalogue kind: "standard" → "standard-item". */
export function itemDocumentOf(kind: CatalogueKind): Exclude<DocumentName, "catalogue"> {
  return `${kind}-item`;
}

/** Whether a value names a document of some major. */
export function isDocumentName(value: unknown): value is DocumentName {
  return typeof value === "string" && majors.some((m) => Object.hasOwn(m.validators, value));
}
