/** Renders a catalogue diff as text: summary, reform figures, then added, removed and changed items. */
import pc from "picocolors";
import type { CatalogueDiff, MetricSet } from "../../diff/catalogue/types.js";
import type { Locale } from "../../i18n/locale.js";
import { message } from "../../i18n/messages.js";
import { fieldLabel } from "../../schema/field-label.js";
import { formatMetric, formatValue } from "./diff-format.js";

/** Renders a catalogue diff as text; `color` switches ANSI colours on. */
export function renderCatalogueDiffText(diff: CatalogueDiff, locale: Locale, color: boolean): string {
  const c = color ? pc : pc.createColors(false);
  const m = (id: Parameters<typeof message>[0]) => message(id, locale);
  const lines = [c.bold(message("diff.catalogue.summary", locale, { ...diff.summary }))];
  for (const scope of ["all", "matched"] as const) {
    lines.push("", c.bold(`${m("diff.catalogue.metrics")} · ${m(`diff.catalogue.${scope}`)}`));
    for (const [key, metric] of Object.entries(diff.metrics[scope]) as [keyof MetricSet, MetricSet[keyof MetricSet]][]) {
      const shown = formatMetric(metric, locale);
      lines.push(`  ${m(`diff.metric.${key}`)}: ${shown.before} → ${shown.after} (${shown.change})`);
    }
  }
  if (diff.added.length > 0) lines.push("", c.bold(m("diff.catalogue.added")), ...diff.added.map((i) => c.green(`  + ${i.key} ${i.name}`)));
  if (diff.removed.length > 0) lines.push("", c.bold(m("diff.catalogue.removed")), ...diff.removed.map((i) => c.red(`  - ${i.key} ${i.name}`)));
  if (diff.changed.length > 0) {
    lines.push("", c.bold(m("diff.catalogue.changed")));
    for (const item of diff.changed) {
      lines.push(c.yellow(`  ~ ${item.key} ${item.name}`));
      for (const ch of item.changes) {
        const what = ch.kind === "changed" ? `${formatValue(ch.before)} → ${formatValue(ch.after)}` : formatValue(ch.kind === "added" ? ch.after : ch.before);
        lines.push(`      ${fieldLabel(ch.path, locale)} ${c.dim(ch.path)} ${m(`diff.kind.${ch.kind}`)}: ${what}`);
      }
    }
  }
  if (diff.added.length + diff.removed.length + diff.changed.length === 0) lines.push("", c.green(m("diff.catalogue.clean")));
  return lines.join("\n") + "\n";
}
