/**
 * The error builder of the generated full validators. ajv writes every error as an inline object
 * literal with its message text, ~170 bytes of code per check and ~1,500 checks over both majors; the
 * generator (scripts/lib/generate-validators.ts) compiles with `messages: false` and turns each into a
 * call of `schemaError`, which adds the message ajv would have written. Hand-written because ajv
 * builds its messages at compile time only, and ajv-i18n's English differs from them (e.g. `required`
 * without the quotes); test/schema/schema-error.test.ts holds the generated validators' errors equal
 * to those of ajv compiling the same schemas in memory.
 */
import type { ValidatorError } from "./validator.js";

type Params = Record<string, unknown>;

/** ajv's English message per keyword, from its parameters (ajv 8, lib/vocabularies/*). */
export const schemaErrorMessages: Readonly<Record<string, (p: Params) => string>> = {
  type: (p) => `must be ${String(p.type)}`,
  required: (p) => `must have required property '${String(p.missingProperty)}'`,
  additionalProperties: () => "must NOT have additional properties",
  enum: () => "must be equal to one of the allowed values",
  const: () => "must be equal to constant",
  maxLength: (p) => `must NOT have more than ${String(p.limit)} characters`,
  minLength: (p) => `must NOT have fewer than ${String(p.limit)} characters`,
  maxItems: (p) => `must NOT have more than ${String(p.limit)} items`,
  minItems: (p) => `must NOT have fewer than ${String(p.limit)} items`,
  uniqueItems: (p) => `must NOT have duplicate items (items ## ${String(p.j)} and ${String(p.i)} are identical)`,
  minimum: (p) => `must be ${String(p.comparison)} ${String(p.limit)}`,
  maximum: (p) => `must be ${String(p.comparison)} ${String(p.limit)}`,
  exclusiveMinimum: (p) => `must be ${String(p.comparison)} ${String(p.limit)}`,
  exclusiveMaximum: (p) => `must be ${String(p.comparison)} ${String(p.limit)}`,
  pattern: (p) => `must match pattern "${String(p.pattern)}"`,
  format: (p) => `must match format "${String(p.format)}"`,
  oneOf: () => "must match exactly one schema in oneOf",
  anyOf: () => "must match a schema in anyOf",
  discriminator: (p) => (p.error === "tag" ? `tag "${String(p.tag)}" must be string` : `value of tag "${String(p.tag)}" must be in oneOf`),
};

/**
 * The one parameter of each keyword that has one (ajv's `params` shape): the generated code passes its
 * value alone, and schemaError rebuilds `{ [name]: value }`.
 */
export const singleParams: Readonly<Record<string, string>> = {
  type: "type", required: "missingProperty", additionalProperties: "additionalProperty", enum: "allowedValues",
  const: "allowedValue", maxLength: "limit", minLength: "limit", maxItems: "limit", minItems: "limit",
  pattern: "pattern", format: "format",
};

/**
 * Appends one error, with ajv's message, to a validator's error list (null while empty) and returns the
 * list. The keyword is the last segment of `schemaPath` (as in every ajv error); `params` is the value of
 * the keyword's single parameter where it has one (singleParams), else ajv's whole params object.
 */
export function schemaError(errors: ValidatorError[] | null, instancePath: string, schemaPath: string, params: unknown): ValidatorError[] {
  const keyword = schemaPath.slice(schemaPath.lastIndexOf("/") + 1);
  const single = singleParams[keyword];
  const all = (single === undefined ? params : { [single]: params }) as Params;
  const error: ValidatorError = { instancePath, schemaPath, keyword, params: all, message: schemaErrorMessages[keyword]!(all) };
  if (errors === null) return [error];
  errors.push(error);
  return errors;
}

/**
 * Appends a sub-validator's errors to a validator's list (null while empty) and returns the list. ajv
 * writes `vErrors = vErrors === null ? sub : vErrors.concat(sub)`, which copies the whole list at every
 * call: a catalogue with one error per item took time quadratic in its items (20,000 items, 12 s in the
 * catalogue validator alone). The generator turns each into this call, which copies only the new errors.
 */
export function appendErrors(errors: ValidatorError[] | null, more: ValidatorError[] | null | undefined): ValidatorError[] | null {
  if (!more) return errors;
  if (errors === null) return more.slice();
  for (const error of more) errors.push(error);
  return errors;
}
