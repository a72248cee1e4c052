/** Renders a schema diff as text: one line per change, breaking ones first in colour on a terminal. */
import pc from "picocolors";
import type { SchemaDiff } from "../../diff/schema/types.js";
import type { Locale } from "../../i18n/locale.js";
import { message } from "../../i18n/messages.js";
import { byClass, changeClass, type ChangeClass } from "./diff-format.js";

const SYMBOL: Record<ChangeClass, string> = { breaking: "✖", additive: "+", annotation: "ℹ" };

/** The summary line of a schema diff, shared by the text and Markdown renderers. */
export function schemaDiffSummary(diff: SchemaDiff, locale: Locale): string {
  const count = (cls: ChangeClass) => diff.changes.filter((c) => changeClass(c) === cls).length;
  return message("diff.schema.summary", locale, {
    bump: message(`diff.bump.${diff.bump}`, locale),
    count: diff.changes.length,
    breaking: count("breaking"),
    additive: count("additive"),
    annotations: count("annotation"),
  });
}

/** Renders a schema diff as text; `color` switches ANSI colours on. */
export function renderSchemaDiffText(diff: SchemaDiff, locale: Locale, color: boolean): string {
  const c = color ? pc : pc.createColors(false);
  const paint: Record<ChangeClass, (s: string) => string> = { breaking: c.red, additive: c.yellow, annotation: c.blue };
  const lines: string[] = [];
  for (const change of byClass(diff.changes)) {
    const cls = changeClass(change);
    lines.push(`  ${paint[cls](`${SYMBOL[cls]} ${message(`diff.class.${cls}`, locale)}`)} ${c.dim(change.path || "/")} ${change.message} ${c.dim(`[${change.change}]`)}`);
  }
  if (diff.changes.length === 0) lines.push(c.green(message("diff.schema.clean", locale)));
  const summary = schemaDiffSummary(diff, locale);
  lines.push(diff.bump === "major" ? c.red(summary) : diff.bump === "minor" ? c.yellow(summary) : c.green(summary));
  return lines.join("\n") + "\n";
}
