/**
 * Reduces a raw cell to a plain value: formulas give their cached result (never evaluated), rich
 * text and hyperlinks give their text, and what cannot be read becomes a problem.
 */
import { stringifyJson } from "../internal/stringify-json.js";
import type { RawCell } from "./sheet-data.js";

/** A cell reduced to a plain value. */
export type PlainCell =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "date"; value: Date };

/** A finding about a cell, before it is placed: the rule id and its message parameters. */
export interface CellProblem {
  rule: string;
  params: Record<string, string | number>;
}

/** The plain value of a cell, with a note when it came from a formula's cached result. */
export interface ReadCell {
  cell: PlainCell;
  problem?: CellProblem;
  /** The formula whose cached result was used. */
  formula?: string;
}

const EMPTY: PlainCell = { kind: "empty" };

/** Reads one raw cell. */
export function readCell(raw: RawCell): ReadCell {
  if (raw === null || raw === undefined) return { cell: EMPTY };
  if (typeof raw === "string") return { cell: raw.trim() === "" ? EMPTY : { kind: "text", text: raw } };
  if (typeof raw === "number") return { cell: Number.isFinite(raw) ? { kind: "number", value: raw } : EMPTY };
  if (typeof raw === "boolean") return { cell: { kind: "boolean", value: raw } };
  if (raw instanceof Date) return { cell: Number.isNaN(raw.getTime()) ? EMPTY : { kind: "date", value: raw } };
  if (typeof raw !== "object") return { cell: EMPTY, problem: { rule: "cell-unreadable", params: { value: String(raw), reason: "type" } } };
  const obj = raw as Record<string, unknown>;
  if ("formula" in obj || "sharedFormula" in obj) {
    const formula = String(obj.formula ?? obj.sharedFormula);
    if (obj.result === undefined || obj.result === null) return { cell: EMPTY, problem: { rule: "cell-formula-no-result", params: { formula } } };
    const inner = readCell(obj.result);
    return { ...inner, formula };
  }
  if ("error" in obj) return { cell: EMPTY, problem: { rule: "cell-error-value", params: { value: String(obj.error) } } };
  if (Array.isArray(obj.richText)) {
    const text = (obj.richText as { text?: unknown }[]).map((r) => String(r.text ?? "")).join("");
    return readCell(text);
  }
  // Hyperlink cells: { text, hyperlink }, where text may itself be rich text.
  if ("text" in obj) return readCell(obj.text);
  return { cell: EMPTY, problem: { rule: "cell-unreadable", params: { value: shortText(raw), reason: "type" } } };
}

/** At most 80 characters of a value for a message; a cyclic object (only a library caller can pass one) is named as an object. */
function shortText(raw: object): string {
  try {
    return (stringifyJson(raw) ?? String(raw)).slice(0, 80);
  } catch {
    return "[object]";
  }
}
