/**
 * The `max` earliest of issues that come in any order (0 = all), each placed by a number (its line
 * or item index), counting the rest: what a collector fed them in order would keep. At most
 * 2 × `max` are held at once, however many come. Plain logic.
 */
import { noCounts, type SeverityCounts } from "../report/issue-collector.js";
import type { Issue } from "../report/issue.js";

const FIELD = { error: "errors", warning: "warnings", info: "infos" } as const;

/** Keeps the issues of the `max` smallest places; equal places keep the order they came in. */
export class EarliestIssues {
  private held: { at: number; issue: Issue }[] = [];
  private readonly dropped: SeverityCounts = noCounts();

  constructor(readonly max: number) {}

  /** Adds an issue at place `at`. */
  add(at: number, issue: Issue): void {
    this.held.push({ at, issue });
    if (this.max > 0 && this.held.length >= 2 * this.max) this.trim();
  }

  /** The kept issues, by place. */
  kept(): Issue[] {
    this.trim();
    return this.held.map((h) => h.issue);
  }

  /** The issues left out, by severity. */
  get omitted(): SeverityCounts {
    this.trim();
    return { ...this.dropped };
  }

  /** Every issue added, kept or not. */
  get total(): number {
    return this.held.length + this.dropped.errors + this.dropped.warnings + this.dropped.infos;
  }

  /** Sorts the held issues by place (stable) and keeps the `max` first. */
  private trim(): void {
    this.held.sort((a, b) => a.at - b.at);
    if (this.max === 0 || this.held.length <= this.max) return;
    for (let i = this.max; i < this.held.length; i++) this.dropped[FIELD[this.held[i]!.issue.severity]]++;
    this.held.length = this.max;
  }
}
