/**
 * The newest major's types, for code outside src/schema/vN: the type side of the one registration
 * (majors.ts), so that no other module names a major. Code that handles every major reads documents
 * as these types; what an older major lacks is optional here.
 */
export type * from "./v2/types.js";
