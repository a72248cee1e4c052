/**
 * The message of one ajv error: its catalogue id ("schema.<keyword>") and params naming the element
 * by its Chinese titles (zh) and its property path (en), from the major's element table. Replaces
 * ajv's own wording (`应当有必需属性 name`, lists of raw enum values) with the standard's names.
 */
import type { MessageParams } from "../i18n/entry.js";
import type { SchemaMessageId } from "../i18n/messages.js";
import { elementDocument, elementLabels } from "../schema/elements.js";
import type { DocumentName, Major } from "../schema/major.js";
import type { ValidatorError } from "../schema/validator.js";

/** Which schema the errors come from: the major and the document validated. */
export interface SchemaContext {
  readonly major: Major;
  readonly document: DocumentName;
}

/** The keywords with a message of their own; others get "schema.other". */
const KEYWORDS = new Set([
  "required", "enum", "const", "type", "pattern", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
  "minLength", "maxLength", "minItems", "maxItems", "uniqueItems", "additionalProperties", "anyOf", "oneOf", "dependentRequired", "if",
]);

const segmentsOf = (pointer: string) => (pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")));
const escape = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

/**
 * The element at a JSON Pointer: `element` the Chinese titles of it and its parent ("承诺办结时限 ›
 * 时限单位"; an item's own elements without the leading 事项), `property` its keys from the item or
 * the document ("timeLimit.promised.unit"), `root` when the pointer is the item or the document itself.
 */
export function elementParams(context: SchemaContext | undefined, pointer: string): MessageParams {
  const segments = segmentsOf(pointer);
  // Inside a catalogue, an item's elements are named from the item.
  const inItem = context?.document === "catalogue" && segments[0] === "items" && segments.length >= 2 && /^\d+$/.test(segments[1]!);
  // List indexes are left out: the element is the same in every entry.
  const ownKeys = segments.slice(inItem ? 2 : 0).filter((s) => !/^\d+$/.test(s));
  if (ownKeys.length === 0) {
    const title = context === undefined ? "" : inItem ? "事项" : elementDocument(context.major, context.document).title;
    return { root: true, element: title || "文档", property: inItem || context?.document !== "catalogue" ? "item" : "catalogue" };
  }
  const labels = context === undefined ? ownKeys : elementLabels(context.major, context.document, pointer);
  const named = inItem ? labels.slice(1) : labels;
  // The parent's title adds nothing when the element's own title already holds it (实施主体 › 实施主体性质).
  const [parent, own] = named.length >= 2 ? named.slice(-2) : [undefined, named[named.length - 1]];
  return { element: parent === undefined || own!.includes(parent) ? own! : `${parent} › ${own}`, property: ownKeys.join(".") };
}

/** The message id and params of an ajv error. */
export function schemaMessageOf(error: ValidatorError, context: SchemaContext | undefined): { id: SchemaMessageId; params: MessageParams } {
  const p = error.params as Record<string, unknown>;
  const keyword = KEYWORDS.has(error.keyword) ? error.keyword : "other";
  const at = (pointer: string) => elementParams(context, pointer);
  switch (error.keyword) {
    case "required":
      return { id: "schema.required", params: at(`${error.instancePath}/${escape(String(p.missingProperty))}`) };
    case "dependentRequired": {
      const dependency = at(`${error.instancePath}/${escape(String(p.missingProperty))}`);
      return { id: "schema.dependentRequired", params: { ...at(`${error.instancePath}/${escape(String(p.property))}`), dependency: dependency.element, dependencyProperty: dependency.property } };
    }
    case "additionalProperties":
      return { id: "schema.additionalProperties", params: { ...at(error.instancePath), extra: String(p.additionalProperty) } };
  }
  const params: MessageParams = { ...at(error.instancePath) };
  if (p.limit !== undefined) params.limit = Number(p.limit);
  if (p.type !== undefined) params.type = String(p.type);
  if (p.pattern !== undefined) params.pattern = String(p.pattern);
  if (p.format !== undefined) params.format = String(p.format);
  if (p.allowedValue !== undefined) params.allowed = JSON.stringify(p.allowedValue);
  if (p.i !== undefined && p.j !== undefined) Object.assign(params, { first: Number(p.j), second: Number(p.i) });
  if (keyword === "other") params.keyword = error.keyword;
  return { id: `schema.${keyword}` as SchemaMessageId, params };
}
