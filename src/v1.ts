/**
 * `zwfw-standard/v1`: the v1 contract: its types, schemas' validators and the version-bound API.
 * Import this subpath to pin the major version you build against.
 */
export type * from "./schema/v1/types.js";
export {
  validateBasicItem, validateCatalogue, validateImplementationItem, validateStandardItem,
  type Validator, type ValidatorError,
} from "../generated/v1/validators.js";
export { validate, type ValidateOptions } from "./validate/index.js";

/** The major.minor of the standard this build implements. */
export const SCHEMA_VERSION = "1.0";
