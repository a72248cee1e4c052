/** The v1 element table, generated from the v1 schemas (see src/schema/elements.ts). */
export { elements } from "../../../generated/v1/elements.js";
