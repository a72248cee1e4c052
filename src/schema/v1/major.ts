/** The v1 major at run time: its schemaVersion and its generated validators (see src/schema/major.ts). */
import * as fast from "../../../generated/v1/fast-validators.js";
import * as full from "../../../generated/v1/validators.js";
import type { FastItemValidators, Major } from "../major.js";
import { SCHEMA_VERSION, SCHEMA_VERSION_PATTERN } from "./version.js";

/** The v1 standard. */
export const v1: Major<"v1"> = {
  id: "v1",
  schemaVersion: SCHEMA_VERSION,
  schemaVersionPattern: /* @__PURE__ */ new RegExp(SCHEMA_VERSION_PATTERN),
  validators: {
    catalogue: full.validateCatalogue,
    "basic-item": full.validateBasicItem,
    "standard-item": full.validateStandardItem,
    "implementation-item": full.validateImplementationItem,
  },
  wholeBesideHandlingItems: false,
  onlineServiceFlags: {},
  exemptibleMaterials: false,
  onlineCapabilities: false,
};

/** The v1 fail-fast item validators (registered in majors.ts beside v1, apart from it: see FastItemValidators). */
export const v1FastItemValidators: FastItemValidators = {
  basic: fast.validateBasicItem,
  standard: fast.validateStandardItem,
  implementation: fast.validateImplementationItem,
};
