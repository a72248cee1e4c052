/** Which keywords the diff understands, and which are annotations that never change validity. */

/** Keywords that only annotate: a change to them is `annotation-changed` (patch). */
export const ANNOTATION_KEYWORDS = new Set([
  "title", "description", "examples", "default", "$comment", "deprecated", "readOnly", "writeOnly",
  "$id", "$schema", "$anchor", "$dynamicAnchor", "contentMediaType", "contentEncoding",
]);

/** Whether a keyword is an annotation (including `x-` vendor extensions). */
export const isAnnotation = (keyword: string) => ANNOTATION_KEYWORDS.has(keyword) || keyword.startsWith("x-");

/** Assertion and applicator keywords compared by their own rules; any other keyword falls back to `keyword-changed`. */
export const HANDLED_KEYWORDS = new Set([
  "$ref", "type", "enum", "const", "format", "pattern", "multipleOf", "uniqueItems",
  "maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum", "maxLength", "minLength",
  "maxItems", "minItems", "maxProperties", "minProperties",
  "items", "properties", "required", "additionalProperties",
  "allOf", "anyOf", "oneOf", "$defs", "definitions",
]);
