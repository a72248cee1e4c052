/**
 * Issues found after the run (the duplicates of spilled keys), put in their places among the
 * issues collected in line order, with the report's cap applied as a collector fed them all in
 * order would. Node-only by its place (it is plain logic).
 *
 * Why that is exact: the collector kept the first `max` issues of its own stream and counted the
 * rest; inserting more issues only pushes issues further back, so the first `max` of the merged
 * stream come from the kept ones and the late ones alone. Of the late issues, only the `max`
 * earliest can be among them (EarliestIssues), so no more than 2 × `max` are held at once.
 */
import { IssueCollector } from "../report/issue-collector.js";
import type { Issue, Report } from "../report/issue.js";
import { EarliestIssues } from "./earliest-issues.js";

/** Collects late issues (each with its `line`), keeping at most the `max` earliest (0 = all) and counting the rest. */
export class LateIssues {
  private readonly earliest: EarliestIssues;

  constructor(max: number) {
    this.earliest = new EarliestIssues(max);
  }

  /** Adds an issue found late, in any order of lines. */
  add(issue: Issue): void {
    this.earliest.add(issue.line!, issue);
  }

  /**
   * The report of `collected` (issues in line order) with the late issues in their places: at
   * equal lines after the collected ones (a line's duplicate issue follows its other issues).
   */
  report(collected: IssueCollector, items: number): Report {
    const merged = new IssueCollector(this.earliest.max);
    const late = this.earliest.kept();
    let k = 0;
    for (const issue of collected.kept) {
      while (k < late.length && late[k]!.line! < issue.line!) merged.add(late[k++]!);
      merged.add(issue);
    }
    while (k < late.length) merged.add(late[k++]!);
    merged.addDropped(collected.omitted);
    merged.addDropped(this.earliest.omitted);
    return merged.report(items);
  }
}
