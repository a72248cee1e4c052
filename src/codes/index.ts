export * from "./code-set.js";
export * from "./code-sets.js";
export * from "./constants.js";
