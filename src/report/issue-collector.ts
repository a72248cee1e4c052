/**
 * Keeps the first issues of a long run and counts all of them. A national file validated with the
 * wrong `--item` has an issue on every line; keeping them all would grow without bound, so past the
 * cap only the summary counts grow and the report says how many were left out.
 */
import { buildReport, type Issue, type Report, type Severity } from "./issue.js";

/** Issues kept by default before only counting (a few MB of report). */
export const DEFAULT_MAX_ISSUES = 10_000;

/** Issue counts by severity. */
export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** A zero count. */
export const noCounts = (): SeverityCounts => ({ errors: 0, warnings: 0, infos: 0 });

const FIELD: Record<Severity, keyof SeverityCounts> = { error: "errors", warning: "warnings", info: "infos" };

/** Collects issues up to `max` (0 = no cap) and counts every one. */
export class IssueCollector {
  readonly kept: Issue[] = [];
  private readonly dropped = noCounts();

  constructor(readonly max: number = DEFAULT_MAX_ISSUES) {}

  /** Adds an issue: kept while under the cap, else only counted. */
  add(issue: Issue): void {
    if (this.max === 0 || this.kept.length < this.max) this.kept.push(issue);
    else this.dropped[FIELD[issue.severity]]++;
  }

  /** Counts issues that were left out elsewhere (e.g. in a worker that applied the same cap). */
  addDropped(counts: SeverityCounts): void {
    this.dropped.errors += counts.errors;
    this.dropped.warnings += counts.warnings;
    this.dropped.infos += counts.infos;
  }

  /** The issues counted past the cap, by severity. */
  get omitted(): SeverityCounts {
    return { ...this.dropped };
  }

  /** Every issue seen, kept or not. */
  get total(): number {
    return this.kept.length + this.dropped.errors + this.dropped.warnings + this.dropped.infos;
  }

  /** The report: exact summary counts, the kept issues, and `truncated` when some were left out. */
  report(items: number): Report {
    const report = buildReport(this.kept, items);
    const left = this.total - this.kept.length;
    if (left === 0) return report;
    report.summary.errors += this.dropped.errors;
    report.summary.warnings += this.dropped.warnings;
    report.summary.infos += this.dropped.infos;
    report.ok = report.summary.errors === 0;
    report.truncated = { kept: this.kept.length, omitted: left };
    return report;
  }
}

/** A report keeping its first `max` issues (0 = all) and counting the rest, as a collector fed its issues in order would. */
export function capReport(report: Report, max: number): Report {
  if (max === 0 || report.issues.length <= max) return report;
  const collector = new IssueCollector(max);
  for (const issue of report.issues) collector.add(issue);
  return collector.report(report.summary.items);
}
