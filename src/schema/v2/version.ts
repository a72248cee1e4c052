/** The schemaVersion of v2 documents (free of TypeBox, so run-time code can import it). */

/** The major.minor this build writes into new v2 documents. */
export const SCHEMA_VERSION = "2.0";

/** The pattern of every v2 schemaVersion: 2.0, 2.1, … */
export const SCHEMA_VERSION_PATTERN = "^2\\.(0|[1-9]\\d*)$";
