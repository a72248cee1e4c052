/** The schemaVersion of v1 documents (free of TypeBox, so run-time code can import it). */

/** The major.minor this build writes into new v1 documents. */
export const SCHEMA_VERSION = "1.0";

/** The pattern of every v1 schemaVersion: 1.0, 1.1, … */
export const SCHEMA_VERSION_PATTERN = "^1\\.(0|[1-9]\\d*)$";
