/** Renders a schema diff as Markdown for a pull request or release notes: summary table, then every change. */
import type { SchemaDiff } from "../../diff/schema/types.js";
import type { Locale } from "../../i18n/locale.js";
import { message } from "../../i18n/messages.js";
import { byClass, changeClass, type ChangeClass } from "./diff-format.js";
import { cell } from "../../report/render/markdown.js";

const CLASSES: readonly ChangeClass[] = ["breaking", "additive", "annotation"];

/** Renders a schema diff as Markdown. */
export function renderSchemaDiffMarkdown(diff: SchemaDiff, locale: Locale, title = message("diff.schema.title", locale)): string {
  const m = (id: Parameters<typeof message>[0]) => message(id, locale);
  const yesNo = (v: boolean) => (v ? m("diff.yes") : `**${m("diff.no")}**`);
  const out = [`## ${title}`, ""];
  out.push(`| ${m("diff.col.bump")} | ${CLASSES.map((c) => message(`diff.class.${c}`, locale)).join(" | ")} |`, `|---|${CLASSES.map(() => "---:").join("|")}|`);
  out.push(`| **${message(`diff.bump.${diff.bump}`, locale)}** | ${CLASSES.map((cls) => diff.changes.filter((c) => changeClass(c) === cls).length).join(" | ")} |`, "");
  if (diff.changes.length === 0) return [...out, m("diff.schema.clean"), ""].join("\n");
  out.push(`| ${m("diff.col.class")} | ${m("diff.col.change")} | ${m("diff.col.path")} | ${m("diff.col.backward")} | ${m("diff.col.forward")} | ${m("diff.col.message")} |`);
  out.push("|---|---|---|:-:|:-:|---|");
  for (const c of byClass(diff.changes)) {
    out.push(`| ${message(`diff.class.${changeClass(c)}`, locale)} | \`${c.change}\` | \`${cell(c.path || "/")}\` | ${yesNo(c.backward)} | ${yesNo(c.forward)} | ${cell(c.message)} |`);
  }
  out.push("");
  return out.join("\n");
}
