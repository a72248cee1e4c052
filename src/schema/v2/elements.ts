/** The v2 element table, generated from the v2 schemas (see src/schema/elements.ts). */
export { elements } from "../../../generated/v2/elements.js";
