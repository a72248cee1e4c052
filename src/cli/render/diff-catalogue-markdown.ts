/** Renders a catalogue diff as Markdown for a published notice: summary and reform tables first, then per item. */
import type { CatalogueDiff, MetricSet } from "../../diff/catalogue/types.js";
import type { Locale } from "../../i18n/locale.js";
import { message } from "../../i18n/messages.js";
import { fieldLabel } from "../../schema/field-label.js";
import { formatMetric, formatValue } from "./diff-format.js";
import { cell } from "../../report/render/markdown.js";

/** Renders a catalogue diff as Markdown; `title` names the two batches. */
export function renderCatalogueDiffMarkdown(diff: CatalogueDiff, locale: Locale, title = message("diff.catalogue.title", locale)): string {
  const m = (id: Parameters<typeof message>[0]) => message(id, locale);
  const s = diff.summary;
  const out = [`## ${title}`, ""];
  out.push(`| ${m("diff.catalogue.added")} | ${m("diff.catalogue.removed")} | ${m("diff.catalogue.changed")} | ${m("diff.catalogue.unchanged")} |`);
  out.push("|---:|---:|---:|---:|", `| ${s.added} | ${s.removed} | ${s.changed} | ${s.unchanged} |`, "");
  out.push(`### ${m("diff.catalogue.metrics")}`, "");
  const scopes = ["all", "matched"] as const;
  out.push(`| ${m("diff.col.metric")} | ${scopes.map((sc) => `${m(`diff.catalogue.${sc}`)}：${m("diff.col.before")} | ${m("diff.col.after")} | ${m("diff.col.delta")}`).join(" | ")} |`);
  out.push(`|---|${scopes.map(() => "---:|---:|---:").join("|")}|`);
  for (const key of Object.keys(diff.metrics.all) as (keyof MetricSet)[]) {
    const cells = scopes.map((sc) => {
      const shown = formatMetric(diff.metrics[sc][key], locale);
      return `${shown.before} | ${shown.after} | ${shown.change}`;
    });
    out.push(`| ${m(`diff.metric.${key}`)} | ${cells.join(" | ")} |`);
  }
  out.push("");
  for (const [heading, items] of [["diff.catalogue.added", diff.added], ["diff.catalogue.removed", diff.removed]] as const) {
    if (items.length === 0) continue;
    out.push(`### ${m(heading)}`, "", `| ${m("diff.col.key")} | ${m("diff.col.name")} |`, "|---|---|");
    for (const item of items) out.push(`| \`${item.key}\` | ${cell(item.name)} |`);
    out.push("");
  }
  if (diff.changed.length > 0) out.push(`### ${m("diff.catalogue.changed")}`, "");
  for (const item of diff.changed) {
    out.push(`#### ${cell(item.name)}（\`${item.key}\`）`, "");
    out.push(`| ${m("diff.col.field")} | ${m("diff.col.path")} | ${m("diff.col.kind")} | ${m("diff.col.before")} | ${m("diff.col.after")} |`, "|---|---|---|---|---|");
    for (const ch of item.changes) {
      out.push(`| ${cell(fieldLabel(ch.path, locale))} | \`${ch.path}\` | ${m(`diff.kind.${ch.kind}`)} | ${cell(formatValue(ch.before))} | ${cell(formatValue(ch.after))} |`);
    }
    out.push("");
  }
  if (s.added + s.removed + s.changed === 0) out.push(m("diff.catalogue.clean"), "");
  return out.join("\n");
}
