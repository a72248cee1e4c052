/** The v1 TypeScript types, re-exported from the generated declarations (the published contract). */
export type * from "../../../generated/v1/types.js";
