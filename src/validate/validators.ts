/** The precompiled v1 validators, by the document name `validate` takes in `as`. */
import {
  validateBasicItem, validateCatalogue, validateImplementationItem, validateStandardItem, type Validator,
} from "../../generated/v1/validators.js";
import type { CatalogueKind } from "../rules/item-kind.js";

/** What a document is validated as. */
export type DocumentName = "catalogue" | "basic-item" | "standard-item" | "implementation-item";

/** Validator per document name. */
export const validators: Record<DocumentName, Validator> = {
  catalogue: validateCatalogue,
  "basic-item": validateBasicItem,
  "standard-item": validateStandardItem,
  "implementation-item": validateImplementationItem,
};

/** The item document name of a catalogue kind: "standard" → "standard-item". */
export function itemDocumentOf(kind: CatalogueKind): Exclude<DocumentName, "catalogue"> {
  return `${kind}-item`;
}

/** Whether a value names a document. */
export function isDocumentName(value: unknown): value is DocumentName {
  return typeof value === "string" && Object.hasOwn(validators, value);
}
