/**
 * The whole report as ONE self-contained HTML file: the report as the page shows it, with the page's
 * stylesheet inlined, no script, and a Content-Security-Policy that forbids every request, so it
 * opens offline from anywhere (e-mail, a file share) and reads the same. The findings keep their
 * data-rule/data-severity attributes and the summary its counts, as on the page.
 */
import { h } from "../view/dom.js";

/** What the file is titled and written in. */
export interface ReportHtmlOptions {
  title: string;
  lang: string;
  /** A line at the foot: tool, version, standard. */
  footer: string;
}

/** Nothing may be fetched: styles are inline, images (if any) are data: URLs. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The page's own stylesheet text (the built page inlines it in <style> elements). */
const pageCss = () => Array.from(document.querySelectorAll("style"), (style) => style.textContent ?? "").join("\n");

/** The report element as a document: controls that need the page (downloads) are left out. */
export function reportHtml(report: HTMLElement, o: ReportHtmlOptions): string {
  const copy = report.cloneNode(true) as HTMLElement;
  copy.querySelectorAll(".downloads").forEach((el) => el.remove());
  // A source excerpt that was not built stays out; built ones open with <details>, which needs no script.
  copy.querySelectorAll(".source-toggle").forEach((el) => el.querySelector('[data-testid="source"]') || el.remove());
  const head = h("head", {},
    h("meta", { charset: "utf-8" }),
    h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
    h("meta", { "http-equiv": "Content-Security-Policy", content: CSP }),
    h("title", {}, o.title),
    h("style", {}, pageCss()));
  const body = h("body", {}, h("main", {}, copy), h("footer", {}, o.footer));
  return `<!doctype html>\n<html lang="${o.lang}">${head.outerHTML}${body.outerHTML}</html>\n`;
}
