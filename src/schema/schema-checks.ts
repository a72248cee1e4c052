/**
 * Checks that the generated full validators call instead of repeating ajv's inline code for them
 * (scripts/lib/compact-validators.ts): required properties, a string's length and pattern, a
 * `$ref`'d sub-validator, and a property's string, boolean, enum, `$ref` or list-of-`$ref` check.
 * Each takes the error list (null while empty) and returns it, with the same errors in the same
 * order as ajv's own code; test/schema/schema-error.test.ts holds the validators equal to stock ajv. Hand-written because ajv writes these checks inline at every
 * use, about half of a browser bundle's validator code (issue 12).
 */
import { equal, ucs2length } from "../../generated/ajv-runtime.js";
import { appendErrors, schemaError } from "./schema-error.js";
import type { Validator, ValidatorError } from "./validator.js";

type Errors = ValidatorError[] | null;

/** ajv's `required` checks of an object, in the schema's order: one error per missing property. */
export function requiredErrors(errors: Errors, data: Record<string, unknown>, instancePath: string, keys: readonly string[]): Errors {
  for (const key of keys) if (data[key] === undefined) errors = schemaError(errors, instancePath, "#/required", key);
  return errors;
}

/** Compiled patterns by source: ajv compiles each once (with the `u` flag), so does this. */
const patterns = new Map<string, RegExp>();

/**
 * The instance path of a value: the object's path and the property's key, or the path itself. Built only
 * when an error is reported, as ajv's inline code does, so a valid value costs no string.
 */
const pathOf = (instancePath: string, key: string | undefined) => (key === undefined ? instancePath : `${instancePath}/${key}`);

/** The schema path of a keyword: `schemaPath` up to it, or a property's `#/properties/<key>/` (built on error only, as pathOf). */
const schemaAt = (schemaPath: string | undefined, key: string | undefined, keyword: string) => `${schemaPath ?? `#/properties/${key}/`}${keyword}`;

/** stringErrors of a value, or of an object's property `key` (schema path `#/properties/<key>/` when `schemaPath` is undefined). */
function checkString(errors: Errors, data: unknown, instancePath: string, key: string | undefined, schemaPath: string | undefined, maxLength?: number, minLength?: number, pattern?: string): Errors {
  if (typeof data !== "string") return schemaError(errors, pathOf(instancePath, key), schemaAt(schemaPath, key, "type"), "string");
  if (maxLength !== undefined && ucs2length(data) > maxLength) errors = schemaError(errors, pathOf(instancePath, key), schemaAt(schemaPath, key, "maxLength"), maxLength);
  if (minLength !== undefined && ucs2length(data) < minLength) errors = schemaError(errors, pathOf(instancePath, key), schemaAt(schemaPath, key, "minLength"), minLength);
  if (pattern !== undefined) {
    let compiled = patterns.get(pattern);
    if (compiled === undefined) patterns.set(pattern, (compiled = new RegExp(pattern, "u")));
    if (!compiled.test(data)) errors = schemaError(errors, pathOf(instancePath, key), schemaAt(schemaPath, key, "pattern"), pattern);
  }
  return errors;
}

/**
 * ajv's checks of a string value, in its order: the type, then maxLength, minLength and pattern where
 * the schema has them (undefined where not). `schemaPath` is the schema's path up to the keyword ("#/properties/name/").
 */
export function stringErrors(errors: Errors, data: unknown, instancePath: string, schemaPath: string, maxLength?: number, minLength?: number, pattern?: string): Errors {
  return checkString(errors, data, instancePath, undefined, schemaPath, maxLength, minLength, pattern);
}

/** stringErrors of an object's property `key` where it is present (`#/properties/<key>/` of the object's schema). */
export function stringPropertyErrors(errors: Errors, data: Record<string, unknown>, instancePath: string, key: string, maxLength?: number, minLength?: number, pattern?: string): Errors {
  const value = data[key];
  return value === undefined ? errors : checkString(errors, value, instancePath, key, undefined, maxLength, minLength, pattern);
}

/** ajv's `type: "boolean"` check of an object's property `key` where it is present. */
export function booleanPropertyErrors(errors: Errors, data: Record<string, unknown>, instancePath: string, key: string): Errors {
  const value = data[key];
  return value === undefined || typeof value === "boolean" ? errors : schemaError(errors, `${instancePath}/${key}`, `#/properties/${key}/type`, "boolean");
}

/**
 * ajv's `enum` check of an object's property `key` where it is present, for an enum of strings and
 * numbers (ajv compares each with ===, which `includes` equals for every JSON value but NaN).
 */
export function enumPropertyErrors(errors: Errors, data: Record<string, unknown>, instancePath: string, key: string, allowed: readonly unknown[]): Errors {
  const value = data[key];
  return value === undefined || allowed.includes(value) ? errors : schemaError(errors, `${instancePath}/${key}`, `#/properties/${key}/enum`, allowed);
}

/** A `$ref`'d sub-validator's errors appended to the list (appendErrors, as the generator writes ajv's concat). */
export function refErrors(errors: Errors, validate: (data: unknown, context: { instancePath: string }) => boolean, data: unknown, instancePath: string): Errors {
  return validate(data, { instancePath }) ? errors : appendErrors(errors, (validate as Validator).errors);
}

/** refErrors of an object's property `key` where it is present. */
export function refPropertyErrors(errors: Errors, validate: (data: unknown, context: { instancePath: string }) => boolean, data: Record<string, unknown>, instancePath: string, key: string): Errors {
  const value = data[key];
  return value === undefined ? errors : refErrors(errors, validate, value, `${instancePath}/${key}`);
}

/**
 * ajv's checks of an object's property `key` that is a list of `$ref`'d records, where it is present: the
 * type, minItems where the schema has it, each entry, then uniqueItems by deep equality where `unique`
 * (ajv's loop: from the end, the first pair found).
 */
export function refListPropertyErrors(errors: Errors, validate: (data: unknown, context: { instancePath: string }) => boolean, data: Record<string, unknown>, instancePath: string, key: string, minItems?: number, unique?: boolean): Errors {
  const value = data[key];
  if (value === undefined) return errors;
  const path = `${instancePath}/${key}`;
  const schemaPath = `#/properties/${key}/`;
  if (!Array.isArray(value)) return schemaError(errors, path, `${schemaPath}type`, "array");
  if (minItems !== undefined && value.length < minItems) errors = schemaError(errors, path, `${schemaPath}minItems`, minItems);
  for (let i = 0; i < value.length; i++) errors = refErrors(errors, validate, value[i], `${path}/${i}`);
  if (unique) {
    outer: for (let i = value.length - 1; i > 0; i--) {
      for (let j = i - 1; j >= 0; j--) {
        if (equal(value[i], value[j])) {
          errors = schemaError(errors, path, `${schemaPath}uniqueItems`, { i, j });
          break outer;
        }
      }
    }
  }
  return errors;
}
