/** Recognises what a parsed JSON document is, so the page validates it without asking. */
import type { CatalogueKind } from "../../../src/rules/item-kind.js";
import type { DocumentName } from "../../../src/validate/validators.js";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Whether a document is a catalogue (it has a kind and an items array). */
export const isCatalogue = (doc: unknown): doc is Record<string, unknown> & { items: unknown[] } =>
  isRecord(doc) && typeof doc.kind === "string" && Array.isArray(doc.items);

/**
 * The kind of a single item by the fields only its kind has: an implementation item names its
 * agency (implementationCode), a standard item its service elements, else it is a basic item.
 */
export function itemKindOf(item: unknown): CatalogueKind {
  if (!isRecord(item)) return "implementation";
  if ("implementationCode" in item || "agency" in item) return "implementation";
  if ("materials" in item || "timeLimit" in item || "fees" in item) return "standard";
  return "basic";
}

/** What `validate` should take a JSON document as. */
export function documentNameOf(doc: unknown): DocumentName {
  if (isCatalogue(doc) || (isRecord(doc) && "items" in doc)) return "catalogue";
  return `${itemKindOf(doc)}-item`;
}
