/**
 * Messages of the TypeErrors a library function throws when it is called wrongly (an unknown option
 * value, text that is not a string). A small area of its own, so `validate` carries these few lines and
 * not every library error's; errors.ts includes it, so the CLI rewords them like any other.
 */
import { catalogueArea, fixedText } from "../entry.js";

/** Messages of misused arguments, by id ("error.argument.<problem>"). */
export const argumentMessages = /* @__PURE__ */ catalogueArea(() => ({
  "error.argument.document-type": { "zh-CN": (p) => `未知的文档类型"${p.value}"`, en: (p) => `unknown document type "${p.value}"` },
  "error.argument.locale": { "zh-CN": (p) => `locale 须为 zh-CN 或 en（实际为"${p.value}"）`, en: (p) => `locale must be zh-CN or en (got "${p.value}")` },
  "error.argument.item-kind": {
    "zh-CN": (p) => `item 须为 basic、standard 或 implementation（实际为"${p.value}"）`,
    en: (p) => `item must be basic, standard or implementation (got "${p.value}")`,
  },
  "error.argument.schema-version": {
    "zh-CN": (p) => `schemaVersion 须为标准的主版本之一：${p.known}（实际为"${p.value}"）`,
    en: (p) => `schemaVersion must name a major of the standard: ${p.known} (got "${p.value}")`,
  },
  "error.argument.schema-option": {
    "zh-CN": (p) => `${p.caller}：schema 须为 ${p.known} 之一（实际为 ${p.value}）`,
    en: (p) => `${p.caller}: schema must be one of ${p.known} (got ${p.value})`,
  },
  "error.argument.csv-text": fixedText("sheetFromCsv：text 须为字符串或 UTF-8 字节（Uint8Array）", "sheetFromCsv: text must be a string or UTF-8 bytes (Uint8Array)"),
  "error.argument.max-rows": {
    "zh-CN": (p) => `sheetFromCsv：maxRows 须为正整数（实际为 ${p.value}）`,
    en: (p) => `sheetFromCsv: maxRows must be a positive whole number (got ${p.value})`,
  },
  "error.argument.records-max-rows": {
    "zh-CN": (p) => `sheetFromRecords：maxRows 须为正整数（实际为 ${p.value}）`,
    en: (p) => `sheetFromRecords: maxRows must be a positive whole number (got ${p.value})`,
  },
  "error.argument.xlsx-no-visible-sheet": fixedText("writeXlsx：sheets 须至少含一个不隐藏的工作表", "writeXlsx: sheets must hold at least one visible sheet"),
  "error.argument.message-id": { "zh-CN": (p) => `未知的消息编号"${p.value}"`, en: (p) => `unknown message id "${p.value}"` },
}));
