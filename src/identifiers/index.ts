export * from "./basic-code.js";
export * from "./credit-code.js";
export * from "./implementation-code.js";
export * from "./region-code.js";
