/** The report of a region run: a section per list and a summary over all of them. */
import type { Report } from "../../report/issue.js";
import type { SeverityCounts } from "../../report/issue-collector.js";

/**
 * What became of a list: checked against its upper list; invalid (fails the schema, so it was
 * reported and skipped); upper-invalid (its nearest upper list fails the schema); no-upper (no
 * list given lies above it).
 */
export type RegionListStatus = "checked" | "invalid" | "upper-invalid" | "no-upper";

/** One list of a region run. */
export interface RegionSection {
  /** The list's name: its file in the CLI. */
  file: string;
  status: RegionListStatus;
  /** The name of the list it was (or would have been) checked against. */
  upper?: string;
  /** checked: the conformance report, equal to checkConformance(upper, list); invalid: the validation report; else empty. */
  report: Report;
  /** checked: the items with no finding at all (四级四同: identical to the upper standard in every compared element). */
  consistent: number;
}

/** A list among the worst: the most errors, then warnings. */
export interface WorstList {
  file: string;
  errors: number;
  warnings: number;
}

/** Totals of a region run. */
export interface RegionSummary {
  /** Lists reported (every list that is checked or should have been). */
  lists: number;
  checked: number;
  /** Lists not checked: invalid, upper-invalid or no-upper. */
  skipped: number;
  /** Items of the checked lists. */
  items: number;
  /** Items of the checked lists identical to their upper item in every compared element. */
  consistent: number;
  /** 四级四同 consistency rate: consistent / items (null when no item was checked). */
  consistencyRate: number | null;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings by rule (schema findings of invalid lists under "schema"). */
  byRule: Record<string, SeverityCounts>;
  /** Up to 10 lists with errors or warnings, the worst first. */
  worst: WorstList[];
}

/** The report of checkRegion and `zwfw conform --upper`. `ok` is true when no list has an error. */
export interface RegionReport {
  ok: boolean;
  summary: RegionSummary;
  lists: RegionSection[];
}
