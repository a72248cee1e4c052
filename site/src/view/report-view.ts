/** Renders the result of the checks: summary, counts by rule, metrics, downloads and the issues by item. */
import type { Issue, Report, Severity } from "../../../src/report/issue.js";
import { countByRule, groupByItem, type ItemGroup } from "../check/group-by-item.js";
import { chainOrder, type CheckResult, type SkipNote } from "../check/run-checks.js";
import { fieldTitle } from "../check/field-title.js";
import { ruleTitle } from "../check/rule-titles.js";
import { locale, t } from "../i18n.js";
import type { ParsedInput } from "../input/parse-input.js";
import { h } from "./dom.js";
import { bundleView } from "./bundle-view.js";
import { metricsChart } from "./metrics-chart.js";
import { hasSheetSource, sheetSourceView } from "./sheet-source-view.js";
import { hasSource, sourceView } from "./source-view.js";

/** The files the report downloads as. */
export type DownloadFormat = "html" | "json" | "markdown" | "xlsx";

/** What the report view needs besides the result. */
export interface ReportViewOptions {
  main: ParsedInput;
  /** The upper lists as chosen; conformance findings name theirs by `upper` (the index in chain order). */
  uppers: readonly ParsedInput[];
  onDownload(format: DownloadFormat): void;
}

const severityBadge = (s: Severity) => h("span", { class: `badge ${s}` }, t(`report.severity.${s}`));

/** The one-line summary of a report, with its counts as data attributes for tests and styling. */
function summaryLine(report: Report, testId: string): HTMLElement {
  const s = report.summary;
  const state = s.errors > 0 ? "error" : s.warnings > 0 ? "warning" : "ok";
  return h("p", { class: `summary ${state}`, "data-testid": testId, "data-errors": s.errors, "data-warnings": s.warnings, "data-infos": s.infos, "data-items": s.items },
    t("report.summary", { ...s }), report.issues.length === 0 ? ` · ${t("report.clean")}` : "");
}

/** Where an issue is: the field (JSON Pointer), and the line or the spreadsheet cell. */
function location(issue: Issue): HTMLElement {
  const place = issue.sheet !== undefined && issue.line !== undefined && issue.column !== undefined
    ? t("site.report.cell", { sheet: issue.sheet, row: issue.line, column: issue.column })
    : issue.line !== undefined ? t("site.report.line", { line: issue.line }) : undefined;
  return h("div", { class: "where" },
    place ? h("span", { class: "place" }, place) : null,
    issue.path !== "" || !place ? h("code", { title: t("site.report.field") }, issue.path || "/") : null,
    issue.upperPath !== undefined ? h("span", { class: "upper" }, t("site.report.showUpper", { path: issue.upperPath })) : null);
}

/** A disclosure that shows the issue in its source when opened (built on first opening: a large file is parsed only then). */
function sourceToggle(issue: Issue, main: ParsedInput | undefined): HTMLElement | null {
  if (!main) return null;
  const view = hasSource(issue, main) ? sourceView : hasSheetSource(issue, main) ? sheetSourceView : undefined;
  if (!view) return null;
  const details = h("details", { class: "source-toggle" }, h("summary", {}, t("site.report.source")));
  const build = () => {
    if (!details.querySelector('[data-testid="source"]')) details.append(view(issue, main) ?? "");
  };
  sourceBuilders.set(details, build);
  details.addEventListener("toggle", () => details.open && build());
  return details;
}

/** How each rendered toggle builds its excerpt, for buildSources. */
const sourceBuilders = new WeakMap<Element, () => void>();

/** Builds the excerpts of the first `max` toggles under `root` (each parses the file again, so a long list stops there), e.g. before the report is saved as HTML. */
export function buildSources(root: Element, max: number): void {
  for (const details of Array.from(root.querySelectorAll(".source-toggle")).slice(0, max)) sourceBuilders.get(details)?.();
}

/** One item's issues; each names its item and the element's title, for reading one issue on its own. */
function groupView(group: ItemGroup, main?: ParsedInput): HTMLElement {
  const heading = group.code !== undefined ? t("report.item", { code: group.code }) : group.key.startsWith("line:") ? t("site.report.line", { line: group.key.slice(5) }) : t("report.header");
  return h("section", { class: "item-group", "data-item": group.code ?? group.key },
    h("h4", {}, heading, group.name ? h("span", { class: "item-name" }, ` · ${group.name}`) : null),
    h("ul", { class: "issues" }, group.issues.map((issue) =>
      h("li", { class: `issue ${issue.severity}`, "data-rule": issue.rule, "data-severity": issue.severity, ...(issue.path ? { "data-path": issue.path } : {}) },
        severityBadge(issue.severity),
        h("div", { class: "issue-body" },
          h("p", { class: "issue-subject" },
            group.name ? h("span", { class: "issue-item" }, group.name) : null,
            fieldTitle(issue.path, locale()) ? h("span", { class: "issue-field" }, fieldTitle(issue.path, locale())) : null),
          h("p", { class: "message" }, issue.message), location(issue), sourceToggle(issue, main)),
        h("code", { class: "rule" }, issue.rule)))));
}

/** The counts-by-rule table. */
function ruleCounts(issues: readonly Issue[]): HTMLElement {
  return h("table", { class: "rule-counts", "data-testid": "rule-counts" },
    h("caption", {}, t("site.report.byRule")),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("report.rule")), h("th", { scope: "col" }, t("report.severity")), h("th", { scope: "col", class: "num" }, t("report.count")))),
    h("tbody", {}, countByRule(issues).map((c) =>
      h("tr", { "data-rule": c.rule }, h("td", {}, h("code", {}, c.rule), ruleTitle(c.rule, locale()) ? h("span", { class: "rule-title" }, ruleTitle(c.rule, locale())) : null), h("td", {}, severityBadge(c.severity)), h("td", { class: "num" }, c.count)))));
}

const skippedNote = (note: SkipNote) =>
  h("p", { class: "note", "data-skipped": note.skipped },
    note.skipped === "invalid" ? t("site.report.conformanceSkipped")
      : note.skipped === "not-comparable" ? t("site.metrics.notComparable", { reason: note.reason ?? "" })
      : note.skipped === "no-members" ? t("site.bundles.noMembers")
      : note.skipped === "not-implementation" ? t("site.bundles.notImplementation", { file: note.file ?? "" })
      : note.skipped === "failed" ? t("site.error.read", { file: note.file ?? "", reason: note.reason ?? "" })
      : t("site.error.notCatalogue", { file: note.file ?? "" }));

/** The upper list a conformance finding compares with: the one upper list, or in a chain the one at index `upper`. */
function upperOf(issue: Issue, uppers: readonly ParsedInput[]): ParsedInput | undefined {
  return uppers.length === 1 ? uppers[0] : issue.upper !== undefined ? chainOrder(uppers)[issue.upper] : undefined;
}

/** Renders the whole report. */
export function reportView(result: CheckResult, o: ReportViewOptions): HTMLElement {
  const conformance = result.conformance;
  const groups = result.combined.issues.length > 0
    ? h("div", { class: "groups" }, h("h3", {}, t("site.report.byItem")), groupByItem(result.combined.issues, o.main, (issue) => upperOf(issue, o.uppers)).map((g) => groupView(g, o.main)))
    : null;
  // The summary and the first issues come first, so they are in view at 1280×900 without scrolling.
  return h("section", { class: "report", "aria-labelledby": "report-title", "data-testid": "report" },
    h("div", { class: "report-head" },
      h("h2", { id: "report-title" }, t("report.title")),
      h("div", { class: "downloads" }, h("span", {}, t("site.download")),
        (["html", "json", "markdown", "xlsx"] as const).map((f) =>
          h("button", { type: "button", class: "button secondary", "data-download": f, onclick: () => o.onDownload(f) }, t(`site.download.${f}`))))),
    summaryLine(result.combined, "summary"),
    h("div", { class: "parts" },
      h("div", { class: "part" }, h("h3", {}, t("site.report.validation")), summaryLine(result.validation, "validation-summary")),
      conformance && o.uppers.length > 0
        ? h("div", { class: "part" }, h("h3", {}, t("site.report.conformance", { file: chainOrder(o.uppers).map((u) => u.name).join("、") })),
          "skipped" in conformance ? skippedNote(conformance) : summaryLine(conformance, "conformance-summary"))
        : null,
      result.bundles
        ? h("div", { class: "part" }, h("h3", {}, t("site.report.bundles")),
          "skipped" in result.bundles ? skippedNote(result.bundles) : summaryLine(result.bundles, "bundle-summary"))
        : null),
    result.combined.truncated
      ? h("p", { class: "note", "data-testid": "truncated" }, t("site.report.truncated", { ...result.combined.truncated }))
      : null,
    groups,
    result.bundles && !("skipped" in result.bundles) ? bundleView(result.bundles) : null,
    result.combined.issues.length > 0 ? ruleCounts(result.combined.issues) : null,
    result.metrics ? ("skipped" in result.metrics ? skippedNote(result.metrics) : metricsChart(result.metrics)) : null);
}
