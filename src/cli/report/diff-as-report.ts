/**
 * A catalogue diff as report entries, so CI formats (SARIF, JUnit, annotations) can carry it: one
 * info per added or removed item and per changed element, with paths into the new catalogue (the
 * old one for removals). A reshaping of the diff, not new findings.
 */
import { itemKeyOf } from "../../diff/catalogue/diff-catalogues.js";
import type { CatalogueDiff } from "../../diff/catalogue/types.js";
import type { Locale } from "../../i18n/locale.js";
import { cliMessage } from "../../i18n/cli-messages.js";
import { message } from "../../i18n/messages.js";
import { buildReport, type Issue, type Report } from "../../report/issue.js";
import { fieldLabel } from "../../schema/field-label.js";
import { formatValue } from "../render/diff-format.js";

/** The index of each item of a catalogue by its key. */
function indexByKey(catalogue: unknown): Map<string, number> {
  const items = (catalogue as { items?: unknown[] }).items ?? [];
  return new Map(items.map((item, i) => [itemKeyOf(item) ?? "", i]));
}

/** The diff as a report of infos; `files` are the old and new file names. */
export function diffAsReport(diff: CatalogueDiff, before: unknown, after: unknown, files: readonly [string, string], locale: Locale): Report {
  const oldIndex = indexByKey(before);
  const newIndex = indexByKey(after);
  const issues: Issue[] = [];
  const entry = (rule: "diff-item-added" | "diff-item-removed" | "diff-item-changed", path: string, itemCode: string, file: string, params: Record<string, string>): Issue =>
    ({ rule, severity: "info", path, itemCode, message: cliMessage(rule, locale, params), file });
  for (const item of diff.added) issues.push(entry("diff-item-added", `/items/${newIndex.get(item.key)}`, item.key, files[1], { ...item }));
  for (const item of diff.removed) issues.push(entry("diff-item-removed", `/items/${oldIndex.get(item.key)}`, item.key, files[0], { ...item }));
  for (const item of diff.changed) {
    for (const change of item.changes) {
      const what = change.kind === "changed" ? `${formatValue(change.before)} → ${formatValue(change.after)}` : formatValue(change.kind === "added" ? change.after : change.before);
      const params = { key: item.key, name: item.name, field: fieldLabel(change.path, locale), kind: message(`diff.kind.${change.kind}`, locale), what };
      issues.push(entry("diff-item-changed", `/items/${newIndex.get(item.key)}${change.path}`, item.key, files[1], params));
    }
  }
  return buildReport(issues, diff.summary.added + diff.summary.changed + diff.summary.unchanged);
}
