/**
 * `zwfw-standard/v2`: the v2 contract: its types, schemas' validators and the version-bound API.
 * Import this subpath to pin the major version you build against.
 */
import { v2 } from "./schema/v2/major.js";
import { validatorFor, type Validate } from "./validate/index.js";

export type * from "./schema/v2/types.js";
export {
  validateBasicItem, validateCatalogue, validateImplementationItem, validateStandardItem,
  type Validator, type ValidatorError,
} from "../generated/v2/validators.js";
export type { ValidateOptions } from "./validate/index.js";
/** The major.minor of the standard this build implements. */
export { SCHEMA_VERSION } from "./schema/v2/version.js";

/** Validates a v2 catalogue or item against the v2 schema and the semantic rules (other majors are not accepted). */
export const validate: Validate = /* @__PURE__ */ validatorFor([v2]);
