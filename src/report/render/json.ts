/** Renders a report as exactly one JSON document. */
import { stringifyJson } from "../../internal/stringify-json.js";
import type { Report } from "../issue.js";

/** Pretty-printed JSON of the report, newline-terminated (at any depth: a diff carries values as deep as the input's). */
export function renderJson(report: unknown): string {
  return stringifyJson(report as Report, 2) + "\n";
}
