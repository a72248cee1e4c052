/** The v2 TypeScript types, re-exported from the generated declarations (the published contract). */
export type * from "../../../generated/v2/types.js";
