/** The schema gate of the comparing commands (conform, diff): documents that fail the schema are reported, not compared. */
import type { Locale } from "../i18n/locale.js";
import type { RegionRegistry } from "../regions/region-registry.js";
import { mergeReports, type Report } from "../report/issue.js";
import { validate } from "../validate/validate.js";

/**
 * Validates every document; the merged validation report of those that fail the schema, or
 * undefined when all are well-formed. Semantic findings (e.g. a credit-code checksum) do not stop
 * the comparison: the documents are still structurally sound, and that is what the rules read.
 */
export function malformedDocuments(documents: readonly unknown[], files: readonly string[], locale: Locale, registry?: RegionRegistry): Report | undefined {
  const reports = documents
    .map((doc, i) => {
      const report = validate(doc, { locale, ...(registry ? { registry } : {}) });
      for (const issue of report.issues) issue.file = files[i];
      return report;
    })
    .filter((report) => report.issues.some((issue) => issue.rule === "schema"));
  return reports.length > 0 ? mergeReports(reports) : undefined;
}

