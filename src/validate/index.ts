export { validate, validatorFor, type ValidateOptions, type Validate } from "./validate.js";
export { itemDocumentOf, isDocumentName, type DocumentName } from "./validators.js";
export { compareIssues } from "./order.js";
export { checkItem, checkCatalogue } from "./run-rules.js";
export { schemaIssues } from "./schema-issues.js";
export { LineValidator, type LineValidatorOptions } from "./line-validator.js";
