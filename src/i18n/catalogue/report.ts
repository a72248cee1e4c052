/** Words the report renderers print (headings, summary lines), in both languages. */
import { catalogueArea } from "../entry.js";

/** Messages of the report renderers. */
export const reportMessages = /* @__PURE__ */ catalogueArea(() => ({
  "report.header": { "zh-CN": () => "文档", en: () => "document" },
  "report.item": { "zh-CN": (p) => `事项 ${p.code}`, en: (p) => `item ${p.code}` },
  "report.summary": {
    "zh-CN": (p) => `共 ${p.items} 个事项：${p.errors} 个错误，${p.warnings} 个警告，${p.infos} 个提示`,
    en: (p) => `${p.items} item(s): ${p.errors} error(s), ${p.warnings} warning(s), ${p.infos} info(s)`,
  },
  "report.truncated": {
    "zh-CN": (p) => `仅列出前 ${p.kept} 个问题，另有 ${p.omitted} 个未列出（已计入汇总；可用 --max-issues 调整）`,
    en: (p) => `only the first ${p.kept} issues are listed; ${p.omitted} more are counted in the summary (see --max-issues)`,
  },
  "report.clean": { "zh-CN": () => "未发现问题", en: () => "no issues found" },
  "report.severity.error": { "zh-CN": () => "错误", en: () => "error" },
  "report.severity.warning": { "zh-CN": () => "警告", en: () => "warning" },
  "report.severity.info": { "zh-CN": () => "提示", en: () => "info" },
  "report.upper": { "zh-CN": (p) => `上级：${p.path}`, en: (p) => `upper: ${p.path}` },
  "report.title": { "zh-CN": () => "校验报告", en: () => "Validation report" },
  "report.rule": { "zh-CN": () => "规则", en: () => "Rule" },
  "report.count": { "zh-CN": () => "数量", en: () => "Count" },
  "report.path": { "zh-CN": () => "位置", en: () => "Path" },
  "report.message": { "zh-CN": () => "说明", en: () => "Message" },
  "report.severity": { "zh-CN": () => "级别", en: () => "Severity" },
  "report.example": { "zh-CN": () => "示例", en: () => "e.g." },
}));
