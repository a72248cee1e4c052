/** The v2 major at run time: its schemaVersion and its generated validators (see src/schema/major.ts). */
import * as fast from "../../../generated/v2/fast-validators.js";
import * as full from "../../../generated/v2/validators.js";
import type { Major } from "../major.js";
import { onlineServiceFlags } from "./online-service.js";
import { SCHEMA_VERSION, SCHEMA_VERSION_PATTERN } from "./version.js";

/** The v2 standard. */
export const v2: Major = {
  id: "v2",
  schemaVersion: SCHEMA_VERSION,
  schemaVersionPattern: /* @__PURE__ */ new RegExp(SCHEMA_VERSION_PATTERN),
  validators: {
    catalogue: full.validateCatalogue,
    "basic-item": full.validateBasicItem,
    "standard-item": full.validateStandardItem,
    "implementation-item": full.validateImplementationItem,
  },
  wholeBesideHandlingItems: true,
  onlineServiceFlags: Object.fromEntries(Object.entries(onlineServiceFlags).map(([name, schema]) => [name, String((schema as { title?: unknown }).title)])),
  fastItemValidators: {
    basic: fast.validateBasicItem,
    standard: fast.validateStandardItem,
    implementation: fast.validateImplementationItem,
  },
};
