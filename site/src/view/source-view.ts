/**
 * An issue's place in its source: the lines of JSON text around the value a JSON Pointer names,
 * the value highlighted (JSON and JSONL inputs). Spreadsheet issues name sheet, row and column instead.
 */
import { PointerLocator } from "../../../src/internal/locate-pointers.js";
import type { Issue } from "../../../src/report/issue.js";
import type { ParsedInput } from "../input/parse-input.js";
import { h } from "./dom.js";

/** Lines shown before and after the value. */
const CONTEXT = 3;
/** At most this many lines of a long value. */
const MAX_VALUE_LINES = 12;

/** The text an issue points into, and the pointer within it: the document, or for JSONL the issue's line. */
function sourceOf(issue: Issue, input: ParsedInput): { text: string; pointer: string; firstLine: number } | undefined {
  if (input.format === "json") return { text: input.text, pointer: issue.path, firstLine: 1 };
  if (input.format === "jsonl" && issue.line !== undefined) {
    const text = input.lines?.[issue.line - 1];
    return text === undefined ? undefined : { text, pointer: issue.path, firstLine: issue.line };
  }
  return undefined;
}

/** Whether an issue can be shown in its source. */
export const hasSource = (issue: Issue, input: ParsedInput) => sourceOf(issue, input) !== undefined;

/** The excerpt of the source around an issue's value, the value in a <mark>. */
export function sourceView(issue: Issue, input: ParsedInput): HTMLElement | null {
  const source = sourceOf(issue, input);
  if (!source) return null;
  const at = new PointerLocator(source.text).locate(source.pointer);
  if (!at) return null;
  const lines = source.text.split("\n");
  const startLine = at.line;
  const endLine = Math.min(lineOf(source.text, at.offset + at.length), startLine + MAX_VALUE_LINES);
  const from = Math.max(1, startLine - CONTEXT);
  const to = Math.min(lines.length, endLine + CONTEXT);
  const rows = [];
  let offset = lines.slice(0, from - 1).reduce((n, l) => n + l.length + 1, 0);
  for (let n = from; n <= to; n++) {
    const text = lines[n - 1]!;
    const start = Math.max(0, at.offset - offset);
    const end = Math.min(text.length, at.offset + at.length - offset);
    const marked = end > start && start < text.length
      ? [text.slice(0, start), h("mark", {}, text.slice(start, end)), text.slice(end)]
      : [text];
    rows.push(h("span", { class: "source-line", "data-line": source.firstLine + n - 1 }, h("span", { class: "line-no" }, String(source.firstLine + n - 1)), ...marked, "\n"));
    offset += text.length + 1;
  }
  return h("pre", { class: "source", "data-testid": "source", "data-line": source.firstLine + startLine - 1, "data-column": at.column }, rows);
}

/** 1-based line of an offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
