/** Renders a bundle list's check: per 一件事, what it saves (before, after, cut), from the library's report. */
import { BUNDLE_METRIC_KEYS, cutPercent, type BundleReport, type BundleResult } from "../../../src/bundle/index.js";
import { t } from "../i18n.js";
import { h } from "./dom.js";

const shown = (n: number | null) => (n === null ? "—" : String(n));

/** One bundle's savings table; each row carries data-metric, data-before and data-after for tests and styling. */
function bundleSavings(bundle: BundleResult): HTMLElement {
  return h("table", { class: "bundle-savings", "data-bundle": bundle.code },
    h("caption", {}, t("bundle.heading", { code: bundle.code, name: bundle.name })),
    h("thead", {}, h("tr", {},
      h("th", { scope: "col" }, t("bundle.metric")), h("th", { scope: "col", class: "num" }, t("bundle.before")),
      h("th", { scope: "col", class: "num" }, t("bundle.after")), h("th", { scope: "col", class: "num" }, t("bundle.cut")))),
    h("tbody", {}, BUNDLE_METRIC_KEYS.map((key) => {
      const figure = bundle.metrics[key];
      const cut = cutPercent(figure);
      return h("tr", { "data-metric": key, "data-before": shown(figure.before), "data-after": shown(figure.after) },
        h("th", { scope: "row" }, t(`bundle.metric.${key}`, { unit: bundle.timeUnit ?? "" })),
        h("td", { class: "num" }, shown(figure.before)), h("td", { class: "num" }, shown(figure.after)),
        h("td", { class: "num" }, cut === null ? "—" : `${cut.toFixed(1)}%`));
    })));
}

/** The savings of every bundle, under the bundle check's heading. */
export function bundleView(report: BundleReport): HTMLElement {
  return h("section", { class: "bundles", "data-testid": "bundles" },
    h("h3", {}, t("bundle.savings")),
    report.bundles.map(bundleSavings));
}
