/** Renders the standard reference model as HTML: the same sections and tables as docs/standard.md. */
import type { ElementTable, MajorMapping, ScalarDefinition, StandardDoc, TypeLabel } from "../../../src/docs/doc-model.js";
import { both, mappedElementText, SECTIONS, severityWords, yesNo } from "../../../src/docs/words.js";
import { message, type MessageId } from "../../../src/i18n/all-messages.js";
import { h, type Child } from "../view/dom.js";

const link = (t: TypeLabel): Child => (t.anchor ? h("a", { href: `#${t.anchor}` }, t.text) : t.text);
const codeSetLink = (c?: { anchor: string; zh: string; en: string }): Child => (c ? h("a", { href: `#${c.anchor}` }, `${c.zh} ${c.en}`) : "");
const code = (s?: string): Child => (s ? h("code", {}, s) : "");
const head = (...ids: string[]) => h("thead", {}, h("tr", {}, ids.map((id) => h("th", { scope: "col" }, both(`docs.col.${id}` as MessageId)))));
const table = (thead: HTMLElement, rows: HTMLElement[]) => h("div", { class: "table-scroll" }, h("table", { class: "doc-table" }, thead, h("tbody", {}, rows)));
const constraints = (list: readonly string[]) => list.map((c, i) => [i > 0 ? h("br") : null, c]);

function elementTable(t: ElementTable): HTMLElement {
  return h("section", { id: t.anchor },
    h("h3", {}, `${t.name} · ${t.title}`),
    h("p", {}, t.description),
    t.variants ? h("p", {}, `${both("docs.oneOf")}: `, t.variants.map((v, i) => [i > 0 ? ", " : "", link(v)])) : null,
    t.closed !== undefined ? h("p", { class: "hint" }, both(t.closed ? "docs.closed" : "docs.open")) : null,
    table(head("title", "key", "type", "required", "codeSet", "constraints", "example", "description"), t.rows.map((r) =>
      h("tr", {}, h("td", {}, r.title), h("td", { class: "key" }, code(r.key)), h("td", {}, link(r.type)), h("td", {}, yesNo(r.required)),
        h("td", {}, codeSetLink(r.codeSet)), h("td", {}, constraints(r.constraints)), h("td", { class: "example" }, code(r.example)), h("td", {}, r.description)))));
}

function scalarTable(scalars: readonly ScalarDefinition[]): HTMLElement {
  return table(head("key", "title", "type", "codeSet", "constraints", "example", "description"), scalars.map((s) =>
    h("tr", { id: s.anchor }, h("td", { class: "key" }, code(s.name)), h("td", {}, s.title), h("td", {}, s.type), h("td", {}, codeSetLink(s.codeSet)),
      h("td", {}, constraints(s.constraints)), h("td", {}, code(s.example)), h("td", {}, s.description))));
}

function mappingTable(mapping: MajorMapping, version: string): HTMLElement {
  return h("section", {}, h("h3", {}, both("docs.mapping.from", { from: mapping.from, version })),
    table(head("oldElement", "newElement", "change"), mapping.rows.map((r) =>
      h("tr", { "data-change": r.change }, h("td", {}, mappedElementText(r.from)), h("td", {}, mappedElementText(r.to)), h("td", {}, both(`docs.change.${r.change}`))))));
}

const section = (id: string, title: MessageId, ...children: Child[]) => h("section", { id, class: "doc-section" }, h("h2", {}, both(title)), ...children);

/** Renders the whole reference with its contents list. */
export function standardView(doc: StandardDoc): HTMLElement {
  const toc = (id: string, title: MessageId, tables: readonly ElementTable[] = []) =>
    h("li", {}, h("a", { href: `#${id}` }, both(title)), tables.length ? h("ul", {}, tables.map((t) => h("li", {}, h("a", { href: `#${t.anchor}` }, `${t.name} · ${t.title}`)))) : null);
  const more = doc.links.versioning ?? "";
  return h("article", { class: "standard", "data-testid": "standard" },
    h("h2", {}, both("docs.title", { version: doc.version })),
    h("p", {}, message("docs.intro", "zh-CN")), h("p", {}, message("docs.intro", "en")),
    h("nav", { "aria-label": both("docs.contents") }, h("ul", { class: "toc" },
      toc(SECTIONS.documents, "docs.documents", doc.documents), toc(SECTIONS.definitions, "docs.definitions", doc.definitions),
      toc(SECTIONS.identifiers, "docs.identifiers"), toc(SECTIONS.codeSets, "docs.codeSets"), toc(SECTIONS.rules, "docs.rules"),
      doc.mappings.length > 0 ? toc(SECTIONS.mapping, "docs.mapping") : null,
      toc(SECTIONS.versioning, "docs.versioning"), toc(SECTIONS.changelog, "docs.changelog"))),
    section(SECTIONS.documents, "docs.documents", doc.documents.map(elementTable)),
    section(SECTIONS.definitions, "docs.definitions", doc.definitions.map(elementTable)),
    section(SECTIONS.identifiers, "docs.identifiers", scalarTable(doc.scalars)),
    section(SECTIONS.codeSets, "docs.codeSets", doc.codeSets.map((set) => h("section", { id: set.anchor },
      h("h3", {}, `${set.id} · ${set.title.zh} · ${set.title.en}`), h("p", { class: "hint" }, `${both("docs.col.source")}: ${set.source}`),
      table(head("code", "labelZh", "labelEn"), set.entries.map((e) => h("tr", {}, h("td", {}, code(String(e.code))), h("td", {}, e.zh), h("td", {}, e.en))))))),
    section(SECTIONS.rules, "docs.rules", doc.ruleGroups.map((g) => h("section", {},
      h("h3", {}, both(`docs.rules.${g.id}`)),
      g.rules.map((r) => h("section", { id: r.anchor, class: "rule-entry" },
        h("h4", {}, code(r.id), " ", h("span", { class: `badge ${r.severity}` }, severityWords(r.severity))),
        h("p", {}, `${r.title["zh-CN"]} · ${r.title.en}`),
        h("p", { lang: "zh-CN" }, h("strong", {}, `${message("docs.rationale", "zh-CN")}：`), r.rationale["zh-CN"]),
        h("p", { lang: "en" }, h("strong", {}, `${message("docs.rationale", "en")}: `), r.rationale.en),
        h("p", {}, h("strong", {}, `${both("docs.col.example")}: `), code(r.example))))))),
    doc.mappings.length > 0
      ? section(SECTIONS.mapping, "docs.mapping", h("p", {}, message("docs.mapping.text", "zh-CN")), h("p", {}, message("docs.mapping.text", "en")),
        doc.mappings.map((m) => mappingTable(m, doc.version)))
      : null,
    section(SECTIONS.versioning, "docs.versioning",
      h("p", {}, message("docs.versioning.text", "zh-CN", { version: doc.version, more })), h("p", {}, message("docs.versioning.text", "en", { version: doc.version, more }))),
    section(SECTIONS.changelog, "docs.changelog",
      h("p", {}, message("docs.changelog.text", "zh-CN", { link: doc.links.changelog })), h("p", {}, message("docs.changelog.text", "en", { link: doc.links.changelog }))));
}
