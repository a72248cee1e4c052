/**
 * The reform metrics of two batches as a plain SVG bar chart (no chart library): per metric, a bar
 * before and a bar after, scaled to that metric's larger value so each pair reads at a glance.
 */
import type { MetricRow, ReformMetrics } from "../check/reform-metrics.js";
import { t } from "../i18n.js";
import { h, svg } from "./dom.js";

const ROW = 48;
const LABEL = 250;
const WIDTH = 760;
const BAR = 15;
const SPAN = WIDTH - LABEL - 150;

const shown = (n: number | null) => (n === null ? "—" : String(n));
const change = (c: number | null) => (c === null ? "" : ` (${c > 0 ? "+" : ""}${c}%)`);

/** One metric's two bars, with values and the change next to the after bar. */
function metricRow(r: MetricRow, i: number): SVGElement {
  const y = i * ROW + 6;
  const max = Math.max(r.before ?? 0, r.after ?? 0);
  const width = (v: number | null) => (v === null || max === 0 ? 0 : (v / max) * SPAN);
  return svg("g", { "data-metric": r.id },
    svg("text", { x: 0, y: y + BAR + 5, class: "chart-label" }, t(`site.metric.${r.id}`)),
    svg("rect", { x: LABEL, y, width: Math.max(2, width(r.before)), height: BAR, class: "bar-before" }),
    svg("text", { x: LABEL + width(r.before) + 8, y: y + BAR - 3, class: "chart-value" }, shown(r.before)),
    svg("rect", { x: LABEL, y: y + BAR + 3, width: Math.max(2, width(r.after)), height: BAR, class: "bar-after" }),
    svg("text", { x: LABEL + width(r.after) + 8, y: y + 2 * BAR, class: "chart-value after" }, `${shown(r.after)}${change(r.change)}`));
}

/** Renders the chart with a legend, the item counts, and a table for screen readers. */
export function metricsChart(metrics: ReformMetrics): HTMLElement {
  const rows = metrics.rows;
  return h("figure", { class: "metrics", "data-testid": "metrics" },
    h("h3", { id: "metrics-title" }, t("site.metrics.heading")),
    h("p", {}, t("site.metrics.summary", { ...metrics.summary })),
    h("p", { class: "legend", "aria-hidden": "true" },
      h("span", { class: "swatch bar-before" }), t("site.metrics.before"), h("span", { class: "swatch bar-after" }), t("site.metrics.after")),
    svg("svg", { viewBox: `0 0 ${WIDTH} ${rows.length * ROW + 8}`, class: "chart", role: "img", "aria-labelledby": "metrics-title", "aria-describedby": "metrics-table" },
      rows.map(metricRow)),
    h("table", { id: "metrics-table", class: "visually-hidden" },
      h("tbody", {}, rows.map((r) => h("tr", {}, h("th", { scope: "row" }, t(`site.metric.${r.id}`)), h("td", {}, shown(r.before)), h("td", {}, `${shown(r.after)}${change(r.change)}`))))));
}
