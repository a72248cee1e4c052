/** The savings table of a bundle as label/before/after/cut cells, shared by the text and Markdown renderers. */
import { BUNDLE_METRIC_KEYS, cutPercent } from "../../bundle/metrics.js";
import type { BundleResult } from "../../bundle/types.js";
import type { Locale } from "../../i18n/locale.js";
import { message } from "../../i18n/messages.js";

/** One row of the savings table, formatted. */
export interface SavingsRow {
  label: string;
  before: string;
  after: string;
  cut: string;
}

const shown = (v: number | null) => (v === null ? "—" : String(v));

/** The savings rows of a bundle in report order; unknown figures and cuts show as "—". */
export function savingsRows(bundle: BundleResult, locale: Locale): SavingsRow[] {
  return BUNDLE_METRIC_KEYS.map((key) => {
    const figure = bundle.metrics[key];
    const cut = cutPercent(figure);
    return {
      label: message(`bundle.metric.${key}`, locale, { unit: bundle.timeUnit ?? "" }),
      before: shown(figure.before),
      after: shown(figure.after),
      cut: cut === null ? "—" : `${cut.toFixed(1)}%`,
    };
  });
}
