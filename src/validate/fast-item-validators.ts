/** The fail-fast item validators by kind: most items are valid, and only a failing one needs every error. */
import {
  validateBasicItem, validateImplementationItem, validateStandardItem,
} from "../../generated/v1/fast-validators.js";
import type { Validator } from "../../generated/v1/validators.js";
import type { CatalogueKind } from "../rules/item-kind.js";

/** Fail-fast (allErrors: false) validator per item kind. */
export const fastItemValidators: Record<CatalogueKind, Validator> = {
  basic: validateBasicItem,
  standard: validateStandardItem,
  implementation: validateImplementationItem,
};
