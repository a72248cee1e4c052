/** Groups report issues by file and item for the text and Markdown renderers (grouping only, no findings). */
import type { Issue } from "../issue.js";

/** Issues of one item (or of the document header when `itemCode` is undefined) in one file. */
export interface IssueGroup {
  file?: string;
  itemCode?: string;
  issues: Issue[];
}

/** Groups issues in report order, keeping the first-seen order of groups. */
export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const key = `${issue.file ?? ""}\u0000${issue.itemCode ?? ""}`;
    let group = groups.get(key);
    if (!group) {
      group = { ...(issue.file !== undefined ? { file: issue.file } : {}), ...(issue.itemCode !== undefined ? { itemCode: issue.itemCode } : {}), issues: [] };
      groups.set(key, group);
    }
    group.issues.push(issue);
  }
  return [...groups.values()];
}

/** Where an issue sits outside its JSON Pointer: `事项!O12` for a spreadsheet cell, `L12` for a JSONL line. */
export function locationOf(issue: Issue): string | undefined {
  if (issue.sheet !== undefined) return `${issue.sheet}!${issue.column ?? ""}${issue.line ?? ""}`;
  return issue.line !== undefined ? `L${issue.line}` : undefined;
}
