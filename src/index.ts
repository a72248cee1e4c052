/**
 * zwfw-standard: the 政务服务事项 standard in code. The root entry carries the current major (v1)
 * and the version-independent tools: identifiers, code sets, validation and the report shape.
 */
export * from "./v1.js";
export * from "./codes/index.js";
export * from "./identifiers/index.js";
export type { Issue, Report, Severity } from "./report/issue.js";
export { buildReport, mergeReports } from "./report/issue.js";
export { rules, DuplicateTracker, itemCodeOf, duplicateKeyOf, type Rule, type CatalogueKind } from "./rules/index.js";
export { message, catalogue as messageCatalogue, type MessageId } from "./i18n/messages.js";
export { LOCALES, isLocale, type Locale } from "./i18n/locale.js";
export { itemDocumentOf, isDocumentName, type DocumentName } from "./validate/index.js";
