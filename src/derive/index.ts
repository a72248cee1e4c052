/** Drafting a lower implementation list from the standard list above. */
export { deriveImplementation, todoOf, type DeriveOptions, type DerivedImplementation } from "./derive-implementation.js";
export { LOCAL_FIELDS } from "./todo-fields.js";
