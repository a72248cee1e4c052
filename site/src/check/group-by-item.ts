/** Groups a report's issues by the item they are about, with the item's name, for the page (grouping only). */
import { itemIndexOf } from "../../../src/internal/json-pointer.js";
import type { Issue } from "../../../src/report/issue.js";
import type { ParsedInput } from "../input/parse-input.js";

/** The issues of one item, or of the document header (no code). */
export interface ItemGroup {
  key: string;
  code?: string;
  name?: string;
  issues: Issue[];
}

const nameIn = (value: unknown): string | undefined =>
  typeof value === "object" && value !== null && typeof (value as { name?: unknown }).name === "string" ? (value as { name: string }).name : undefined;

/** The item at a pointer of a document ("/items/3/…" → items[3]; "" or a field → the document itself when it is an item). */
function itemAt(document: unknown, path: string | undefined): unknown {
  if (path === undefined) return undefined;
  const index = itemIndexOf(path);
  const items = (document as { items?: unknown[] } | undefined)?.items;
  if (index !== undefined) return Array.isArray(items) ? items[index] : undefined;
  return Array.isArray(items) ? undefined : document;
}

/** The name of the item an issue is about, looked up in the inputs. */
function itemName(issue: Issue, main: ParsedInput, upper: ParsedInput | undefined): string | undefined {
  if (main.format === "jsonl") {
    // A streamed file keeps no lines: its issues are grouped by line without the item's name.
    const line = issue.line === undefined ? undefined : main.lines?.[issue.line - 1];
    try {
      return line === undefined ? undefined : nameIn(JSON.parse(line));
    } catch {
      return undefined;
    }
  }
  const own = nameIn(itemAt(main.document, issue.path));
  if (own !== undefined || !upper || upper.format === "jsonl") return own;
  // not-claimed points at the lower list as a whole ("/items") and at the upper item.
  return nameIn(itemAt(upper.document, issue.upperPath));
}

/** Groups issues in report order; groups keep the order in which they first appear. */
export function groupByItem(issues: readonly Issue[], main: ParsedInput, upperOf: (issue: Issue) => ParsedInput | undefined = () => undefined): ItemGroup[] {
  const groups = new Map<string, ItemGroup>();
  for (const issue of issues) {
    const key = issue.itemCode ?? (issue.line !== undefined ? `line:${issue.line}` : "header");
    let group = groups.get(key);
    if (!group) {
      const name = key === "header" ? undefined : itemName(issue, main, upperOf(issue));
      group = { key, ...(issue.itemCode !== undefined ? { code: issue.itemCode } : {}), ...(name !== undefined ? { name } : {}), issues: [] };
      groups.set(key, group);
    }
    group.issues.push(issue);
  }
  return [...groups.values()];
}

/** Issue counts by rule and severity, in order of first appearance. */
export function countByRule(issues: readonly Issue[]): { rule: string; severity: Issue["severity"]; count: number }[] {
  const counts = new Map<string, { rule: string; severity: Issue["severity"]; count: number }>();
  for (const issue of issues) {
    const key = `${issue.rule}\u0000${issue.severity}`;
    const entry = counts.get(key) ?? { rule: issue.rule, severity: issue.severity, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()];
}
