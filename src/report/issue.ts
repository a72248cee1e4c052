/** The report shape shared by validation, conformance and chains. */

/** How serious a finding is; only errors make a report not ok. */
export type Severity = "error" | "warning" | "info";

/** One finding. `path` is a JSON Pointer into the checked (for conformance: the lower) document. */
export interface Issue {
  /** Rule id, or "schema" for structural failures. */
  rule: string;
  severity: Severity;
  path: string;
  /** implementationCode, else basicCode, of the item the path points into. */
  itemCode?: string;
  message: string;
  /** Conformance: JSON Pointer into the upper document the finding compares against. */
  upperPath?: string;
  /** Chains: index of the lower document in the chain. */
  lower?: number;
  /** Chains: index of the upper document in the chain. */
  upper?: number;
  /** Multi-file and streaming runs: the file the finding is in. */
  file?: string;
  /** JSONL and spreadsheets: the 1-based line or row; JSON files read whole: the line of the value. */
  line?: number;
  /** JSON and JSONL: the 1-based column (UTF-16 code units) on `line` where the value starts. */
  col?: number;
  /** Schema findings: the JSON Schema keyword that failed. */
  keyword?: string;
  /** Schema findings: the message's parameters (`element`: Chinese titles, `property`: property path, limits …), to render it again in another locale. */
  params?: Record<string, string | number | boolean | undefined>;
  /** Spreadsheets: the worksheet the finding is in (with `line` as its 1-based row). */
  sheet?: string;
  /** Spreadsheets: the column letter (A, B, … AA) of the cell the finding is about. */
  column?: string;
  /** The corrected value, where it is certain (a lowercase credit code in capitals). */
  suggestion?: string;
}

/** A validation or conformance report. `ok` is true when there is no error. */
export interface Report {
  ok: boolean;
  summary: { errors: number; warnings: number; infos: number; items: number };
  issues: Issue[];
  /** Present only when a long run kept the first `kept` issues and counted `omitted` more (see --max-issues). */
  truncated?: { kept: number; omitted: number };
}

/** Builds a report from its issues and the number of items checked. */
export function buildReport(issues: Issue[], items: number): Report {
  const summary = { errors: 0, warnings: 0, infos: 0, items };
  for (const issue of issues) {
    if (issue.severity === "error") summary.errors++;
    else if (issue.severity === "warning") summary.warnings++;
    else summary.infos++;
  }
  return { ok: summary.errors === 0, summary, issues };
}

/** Merges reports (e.g. one per file) into one, summing the item counts (and the counts of omitted issues). */
export function mergeReports(reports: readonly Report[]): Report {
  const merged = buildReport(reports.flatMap((r) => r.issues), reports.reduce((n, r) => n + r.summary.items, 0));
  const truncated = reports.filter((r) => r.truncated);
  if (truncated.length === 0) return merged;
  for (const r of truncated) {
    const shown = buildReport(r.issues, 0).summary;
    merged.summary.errors += r.summary.errors - shown.errors;
    merged.summary.warnings += r.summary.warnings - shown.warnings;
    merged.summary.infos += r.summary.infos - shown.infos;
  }
  merged.ok = merged.summary.errors === 0;
  merged.truncated = { kept: merged.issues.length, omitted: truncated.reduce((n, r) => n + r.truncated!.omitted, 0) };
  return merged;
}
