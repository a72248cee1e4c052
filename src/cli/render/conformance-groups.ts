/** Groups conformance issues by lower document, then item, naming the files compared (grouping only, no findings). */
import type { Issue } from "../../report/issue.js";
import { groupIssues, type IssueGroup } from "../../report/render/group.js";

/** The issues of one lower document, grouped by item, with the file names of the chain. */
export interface LowerDocumentGroup {
  /** File of the lower document. */
  file: string;
  /** File of the list just above it (the one its header is compared with). */
  upperFile: string;
  items: IssueGroup[];
  /** not-claimed findings, listed together after the items. */
  unclaimed: Issue[];
}

/**
 * Groups a conformance report. `files` are the compared files in chain order (upper first); an
 * issue without `lower` (checkConformance) belongs to the second file.
 */
export function groupByLowerDocument(issues: readonly Issue[], files: readonly string[]): LowerDocumentGroup[] {
  const byLower = new Map<number, Issue[]>();
  for (const issue of issues) {
    const lower = issue.lower ?? 1;
    byLower.set(lower, [...(byLower.get(lower) ?? []), issue]);
  }
  return [...byLower].map(([lower, list]) => ({
    file: files[lower] ?? String(lower),
    upperFile: files[lower - 1] ?? String(lower - 1),
    // File names are shown per document, so item groups must not split on them.
    items: groupIssues(list.filter((i) => i.rule !== "not-claimed").map(({ file: _file, ...rest }) => rest)),
    unclaimed: list.filter((i) => i.rule === "not-claimed"),
  }));
}

/** The file an issue's upperPath points into. */
export function upperFileOf(issue: Issue, files: readonly string[]): string | undefined {
  return files[issue.upper ?? 0];
}
