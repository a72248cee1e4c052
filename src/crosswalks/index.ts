/** Crosswalks: platform code variants as data tables, applied on import. */
export type { Crosswalk } from "./crosswalk.js";
export { CROSSWALKS, crosswalkById } from "./tables.js";
export { readCode, type CodeReading } from "./read-code.js";
