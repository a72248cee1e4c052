/**
 * Renders a report as SARIF 2.1.0 (one run, one result per issue) for code-scanning services:
 * rule metadata from the rule catalogue, a physical location (file, line, column) where known, and
 * the JSON Pointer (or spreadsheet cell) as a logical location always.
 */
import type { Locale } from "../../i18n/locale.js";
import type { Issue, Severity } from "../../report/issue.js";
import type { ReportContext } from "../report/report-context.js";
import { ruleCatalogue } from "../rule-catalogue.js";
import { TOOL } from "../tool.js";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/** The URI of a file path: forward slashes, percent-encoded where a URI needs it. */
export const fileUri = (file: string) => encodeURI(file.replace(/\\/g, "/"));

/** The rule descriptors: every catalogue rule, then ids the report uses that the catalogue lacks (schema, spreadsheet cells …). */
function ruleDescriptors(issues: readonly Issue[], locale: Locale) {
  const known = ruleCatalogue(locale).map((r) => ({
    id: r.id,
    shortDescription: { text: r.title },
    fullDescription: { text: r.rationale },
    help: { text: `${r.rationale} ${r.example}` },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { kind: r.kind },
  }));
  const ids = new Set(known.map((r) => r.id));
  const extra = [...new Set(issues.map((i) => i.rule))].filter((id) => !ids.has(id)).map((id) => ({ id }));
  return [...known, ...extra];
}

/** The SARIF location of an issue. */
function locationOf(issue: Issue, file: string | undefined) {
  const cell = issue.sheet !== undefined ? `${issue.sheet}!${issue.column ?? ""}${issue.line ?? ""}` : undefined;
  const region = issue.sheet === undefined && issue.line !== undefined ? { startLine: issue.line, ...(issue.col !== undefined ? { startColumn: issue.col } : {}) } : undefined;
  return {
    ...(file !== undefined && file !== "-" ? { physicalLocation: { artifactLocation: { uri: fileUri(file) }, ...(region ? { region } : {}) } } : {}),
    logicalLocations: [
      { fullyQualifiedName: issue.path || "/", kind: "element" },
      ...(cell !== undefined ? [{ fullyQualifiedName: cell, kind: "element" }] : []),
    ],
  };
}

/** The SARIF log of a report, as pretty JSON. */
export function renderSarif(ctx: ReportContext): string {
  const rules = ruleDescriptors(ctx.report.issues, ctx.locale);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = ctx.report.issues.map((issue) => ({
    ruleId: issue.rule,
    ruleIndex: index.get(issue.rule)!,
    level: LEVEL[issue.severity],
    message: { text: issue.message },
    locations: [locationOf(issue, ctx.fileOf(issue))],
    ...(issue.itemCode !== undefined || issue.upperPath !== undefined
      ? { properties: { ...(issue.itemCode !== undefined ? { itemCode: issue.itemCode } : {}), ...(issue.upperPath !== undefined ? { upperPath: issue.upperPath } : {}) } }
      : {}),
  }));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: TOOL.name, version: TOOL.version, semanticVersion: TOOL.version, rules } },
        language: ctx.locale,
        columnKind: "utf16CodeUnits",
        results,
        properties: { summary: ctx.report.summary, ...(ctx.report.truncated ? { truncated: ctx.report.truncated } : {}) },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
