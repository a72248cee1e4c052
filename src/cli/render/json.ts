/** Renders a report as exactly one JSON document. */
import type { Report } from "../../report/issue.js";

/** Pretty-printed JSON of the report, newline-terminated. */
export function renderJson(report: unknown): string {
  return JSON.stringify(report as Report, null, 2) + "\n";
}
