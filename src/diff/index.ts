/** Diffs: schema versions (with the semver bump they require) and catalogue batches (with reform metrics). */
export * from "./schema/index.js";
export * from "./catalogue/index.js";
