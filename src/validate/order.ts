/** The order of issues in a report: document order (header first, then items by index), stable otherwise. */
import type { Issue } from "../report/issue.js";
import { itemIndexOf } from "../internal/json-pointer.js";

/** Compares two issues by file, line, then item index; equal issues keep their order (Array.sort is stable). */
export function compareIssues(a: Issue, b: Issue): number {
  if ((a.file ?? "") !== (b.file ?? "")) return (a.file ?? "") < (b.file ?? "") ? -1 : 1;
  if ((a.line ?? 0) !== (b.line ?? 0)) return (a.line ?? 0) - (b.line ?? 0);
  return (itemIndexOf(a.path) ?? -1) - (itemIndexOf(b.path) ?? -1);
}
