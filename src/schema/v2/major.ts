/** The v2 major at run time: its schemaVersion and its generated validators (see src/schema/major.ts). */
import * as fast from "../../../generated/v2/fast-validators.js";
import * as full from "../../../generated/v2/validators.js";
import type { FastItemValidators, Major } from "../major.js";
import { SCHEMA_VERSION, SCHEMA_VERSION_PATTERN } from "./version.js";

/** The v2 standard. */
export const v2: Major<"v2"> = {
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
  // The titles of the 是否… flags in online-service.ts, written out so that the run time imports no TypeBox schema;
  // test/schema/v2-elements.test.ts proves they equal the schema's titles.
  onlineServiceFlags: {
    online: "是否网办", appointment: "是否支持预约办理", onlinePayment: "是否支持网上支付",
    expressDelivery: "是否支持物流快递", selfServiceTerminal: "是否支持自助终端办理", serviceHall: "是否进驻政务服务大厅",
  },
  exemptibleMaterials: true,
  onlineCapabilities: true,
};

/** The v2 fail-fast item validators (registered in majors.ts beside v2, apart from it: see FastItemValidators). */
export const v2FastItemValidators: FastItemValidators = {
  basic: fast.validateBasicItem,
  standard: fast.validateStandardItem,
  implementation: fast.validateImplementationItem,
};
