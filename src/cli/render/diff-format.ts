/** Presentation helpers shared by the diff renderers: value, percentage and change-class formatting. */
import type { Metric } from "../../diff/catalogue/types.js";
import type { SchemaChange } from "../../diff/schema/types.js";
import type { Locale } from "../../i18n/locale.js";
import { message } from "../../i18n/messages.js";
import { stringifyJson } from "../../internal/stringify-json.js";

/** How a schema change affects users: breaks old documents, adds what old readers reject, or annotates. */
export type ChangeClass = "breaking" | "additive" | "annotation";

/** The class of a schema change, from its backward/forward flags. */
export const changeClass = (c: Pick<SchemaChange, "backward" | "forward">): ChangeClass =>
  !c.backward ? "breaking" : !c.forward ? "additive" : "annotation";

const CLASS_ORDER: readonly ChangeClass[] = ["breaking", "additive", "annotation"];

/** The changes with breaking ones first, then additive, then annotations (stable within a class). */
export const byClass = <C extends Pick<SchemaChange, "backward" | "forward">>(changes: readonly C[]): C[] =>
  [...changes].sort((a, b) => CLASS_ORDER.indexOf(changeClass(a)) - CLASS_ORDER.indexOf(changeClass(b)));

/** A value shown in a diff: a record by its name, a list element by element, anything else as short JSON. */
export function formatValue(value: unknown, nested = false): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  // Only the top list is listed element by element: a deeply nested one is short JSON, not a deep recursion.
  if (Array.isArray(value) && !nested) return value.map((v) => formatValue(v, true)).join("、");
  if (typeof value === "object" && value !== null && typeof (value as { name?: unknown }).name === "string") return (value as { name: string }).name;
  const text = stringifyJson(value) ?? "";
  return text.length > 80 ? text.slice(0, 77) + "…" : text;
}

/** A percentage change: "+50.0%", "-35.0%", "0.0%", or "—" when undefined. */
function formatPercent(change: number | null): string {
  if (change === null) return "—";
  return `${change > 0 ? "+" : ""}${change.toFixed(1)}%`;
}

/** A metric value ("—" when null). */
const formatNumber = (value: number | null) => (value === null ? "—" : String(value));

/** A reform figure's before, after and change, or "not applicable" three times for a figure the major cannot hold. */
export function formatMetric(metric: Metric, locale: Locale): { before: string; after: string; change: string } {
  if (metric.notApplicable) {
    const na = message("diff.metric.notApplicable", locale);
    return { before: na, after: na, change: na };
  }
  return { before: formatNumber(metric.before), after: formatNumber(metric.after), change: formatPercent(metric.change) };
}
