/**
 * zwfw-standard: the 政务服务事项 standard in code. The root entry carries the newest major's types and
 * validators, a `validate` that takes a document of any major (by its schemaVersion), and the
 * version-independent tools: identifiers, code sets, validation and the report shape.
 */
export * from "./v2.js";
export { validate } from "./validate/index.js";
export * from "./codes/index.js";
export * from "./identifiers/index.js";
export type { Issue, Report, Severity } from "./report/issue.js";
export { buildReport, mergeReports } from "./report/issue.js";
export { renderReportJson, renderReportMarkdown } from "./report/render/index.js";
export { rules, DuplicateTracker, itemCodeOf, duplicateKeyOf, type Rule, type CatalogueKind } from "./rules/index.js";
export { message, catalogue as messageCatalogue, type MessageId } from "./i18n/messages.js";
export { LOCALES, isLocale, type Locale } from "./i18n/locale.js";
export { itemDocumentOf, isDocumentName, type DocumentName } from "./validate/index.js";
export {
  checkConformance, checkChain, checkRegion, conformanceRules, checkPolicy, CONFORMANCE_RULE_IDS,
  type RegionList, type RegionReport, type RegionSection, type RegionSummary, type RegionListStatus, type WorstList,
  type ConformanceOptions, type ConformanceRule, type ConformanceRuleId, type ConformancePolicy, type PolicyOverride, type RuleSetting, type RuleSettings,
} from "./conformance/index.js";
export {
  checkBundles, bundleRules, BUNDLE_RULE_IDS, BUNDLE_METRIC_KEYS, cutPercent,
  type BundleCheckOptions, type BundleRule, type BundleRuleId, type BundleReport, type BundleResult, type BundleMetrics, type BundleFigure,
} from "./bundle/index.js";
export { deriveImplementation, todoOf, type DeriveOptions, type DerivedImplementation } from "./derive/index.js";
// Spreadsheets as plain rows and CSV; the exceljs workbook functions live in `zwfw-standard/spreadsheet`,
// so the root entry's declarations do not pull in exceljs's (Node-typed) declarations.
export {
  catalogueFromRows, rowsFromCatalogue, sheetFromCsv, csvFromSheet, csvFileFor,
  sheetSpecs as spreadsheetSheets, importRuleSeverity as spreadsheetRuleSeverity,
  type SpreadsheetImportOptions, type SpreadsheetImportResult, type SheetData, type SheetSpec, type ImportRule,
} from "./spreadsheet/index.js";
export {
  validateStream, collectStream, readLines, utf8Decoder, StreamInputError, DEFAULT_MAX_LINE_BYTES,
  type ValidateStreamOptions, type StreamValidation, type StreamProgress, type ChunkSource, type LineBatch, type LineDecoder, type StreamInputProblem,
} from "./stream/index.js";
export {
  diffSchemas, diffSchemaSets, diffCatalogues, bumpOf, compareBumps, CHANGE_IDS, SchemaDiffError, CatalogueDiffError,
  type Bump, type ChangeId, type SchemaChange, type SchemaDiff, type SchemaSet, type DiffSchemasOptions, type DiffSchemaSetsOptions,
  type CatalogueDiff, type CatalogueMetrics, type ChangedItem, type ItemChange, type ItemRef, type Metric, type MetricSet,
} from "./diff/index.js";
export { migrate, migrationSteps, MigrationError, type MigrateOptions, type MigrationStep } from "./migrate/index.js";
export type { RegionInfo, RegionRegistry } from "./regions/region-registry.js";
