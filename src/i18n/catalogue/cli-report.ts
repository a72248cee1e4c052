/** Texts of the CLI's CI report forms that have no finding behind them: a catalogue diff's changes as report entries. */
import type { Entry } from "../entry.js";

/** Messages of diff changes in SARIF, JUnit and annotations, by id (the ids double as rule ids). */
export const cliReportMessages = {
  "diff-item-added": { "zh-CN": (p) => `新增事项：${p.name}（${p.key}）`, en: (p) => `item added: ${p.name} (${p.key})` },
  "diff-item-removed": { "zh-CN": (p) => `取消事项：${p.name}（${p.key}）`, en: (p) => `item removed: ${p.name} (${p.key})` },
  "diff-item-changed": {
    "zh-CN": (p) => `${p.name}（${p.key}）的“${p.field}”${p.kind}：${p.what}`,
    en: (p) => `${p.name} (${p.key}): ${p.field} ${p.kind}: ${p.what}`,
  },
} satisfies Record<string, Entry>;
