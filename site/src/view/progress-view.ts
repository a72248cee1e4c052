/** The progress bar of a file validated in the worker; updated in place, so progress never re-renders the page. */
import { t } from "../i18n.js";
import { h } from "./dom.js";

/** How far a streamed validation is. */
export interface Progress {
  file: string;
  bytes: number;
  total: number;
  items: number;
}

const percentOf = (p: Progress) => (p.total === 0 ? 100 : Math.min(100, Math.floor((p.bytes / p.total) * 100)));

/** The bar and its line; `data-bytes` and `data-total` are for tests. */
export function progressView(p: Progress): HTMLElement {
  const view = h("div", { class: "progress", "data-testid": "progress", role: "status" },
    h("progress", { max: 100, value: percentOf(p) }), h("span", { class: "progress-text" }));
  updateProgress(view, p);
  return view;
}

/** Moves a rendered bar on. */
export function updateProgress(view: HTMLElement, p: Progress): void {
  const percent = percentOf(p);
  view.dataset.bytes = String(p.bytes);
  view.dataset.total = String(p.total);
  view.querySelector("progress")!.value = percent;
  view.querySelector(".progress-text")!.textContent = t("site.progress", { file: p.file, percent, items: p.items });
}
