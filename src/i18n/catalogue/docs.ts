/** Words of the generated standard document (docs/standard.md and the site's standard page). */
import { catalogueArea } from "../entry.js";

/** Messages of the standard reference, by id. */
export const docsMessages = /* @__PURE__ */ catalogueArea(() => ({
  "docs.title": { "zh-CN": (p) => `政务服务事项标准 v${p.version} 参考`, en: (p) => `zwfw-standard v${p.version} reference` },
  "docs.intro": {
    "zh-CN": () => "本文由 JSON Schema、代码集和校验规则自动生成，是“同一事项、同一标准”的人读版本。",
    en: () => "Generated from the JSON Schemas, the code sets and the validation rules: the human-readable form of the standard.",
  },
  "docs.contents": { "zh-CN": () => "目录", en: () => "Contents" },
  "docs.documents": { "zh-CN": () => "文档", en: () => "Documents" },
  "docs.definitions": { "zh-CN": () => "共享定义", en: () => "Shared definitions" },
  "docs.identifiers": { "zh-CN": () => "标识符与代码", en: () => "Identifiers and codes" },
  "docs.codeSets": { "zh-CN": () => "代码集", en: () => "Code sets" },
  "docs.rules": { "zh-CN": () => "校验规则", en: () => "Rule catalogue" },
  "docs.rules.validation": { "zh-CN": () => "单份清单校验", en: () => "Validation of one list" },
  "docs.rules.conformance": { "zh-CN": () => "上下级一致性", en: () => "Conformance between levels" },
  "docs.versioning": { "zh-CN": () => "版本策略", en: () => "Versioning policy" },
  "docs.changelog": { "zh-CN": () => "变更记录", en: () => "Changelog" },
  "docs.col.title": { "zh-CN": () => "中文名称", en: () => "Chinese title" },
  "docs.col.key": { "zh-CN": () => "英文名", en: () => "Name" },
  "docs.col.type": { "zh-CN": () => "类型", en: () => "Type" },
  "docs.col.required": { "zh-CN": () => "必填", en: () => "Required" },
  "docs.col.codeSet": { "zh-CN": () => "代码集", en: () => "Code set" },
  "docs.col.constraints": { "zh-CN": () => "约束", en: () => "Constraints" },
  "docs.col.example": { "zh-CN": () => "示例", en: () => "Example" },
  "docs.col.description": { "zh-CN": () => "说明", en: () => "Description" },
  "docs.col.code": { "zh-CN": () => "代码", en: () => "Code" },
  "docs.col.labelZh": { "zh-CN": () => "中文", en: () => "Chinese" },
  "docs.col.labelEn": { "zh-CN": () => "英文", en: () => "English" },
  "docs.col.rule": { "zh-CN": () => "规则", en: () => "Rule" },
  "docs.col.severity": { "zh-CN": () => "默认级别", en: () => "Default severity" },
  "docs.col.source": { "zh-CN": () => "来源", en: () => "Source" },
  "docs.yes": { "zh-CN": () => "是", en: () => "yes" },
  "docs.no": { "zh-CN": () => "否", en: () => "no" },
  "docs.oneOf": { "zh-CN": () => "按 kind 取以下之一", en: () => "one of, by kind" },
  "docs.closed": { "zh-CN": () => "封闭对象：不允许未定义的属性", en: () => "closed: no other properties allowed" },
  "docs.open": { "zh-CN": () => "开放对象：键和值不限", en: () => "open: any keys and values" },
  "docs.rationale": { "zh-CN": () => "依据", en: () => "Rationale" },
  "docs.versioning.text": {
    "zh-CN": (p) => `JSON Schema 按语义化版本发布：拒绝旧版本所接受文档的变更为主版本（新开 schemas/v2/，与 v1 并存），只接受更多文档的变更为次版本，仅改标题、说明、示例为修订版本。文档的 schemaVersion 记录其遵循的 主版本.次版本（本版为 ${p.version}）。${p.more ? "详见 " + p.more + "。" : ""}`,
    en: (p) => `The JSON Schemas follow semantic versioning: a change that rejects a document the previous release accepted is major (it opens schemas/v2/ beside v1), a change that only accepts more is minor, and a change of titles, descriptions or examples is a patch. A document's schemaVersion records the major.minor it follows (this release: ${p.version}).${p.more ? " Details: " + p.more + "." : ""}`,
  },
  "docs.changelog.text": {
    "zh-CN": (p) => `每次发布的变更记录见 ${p.link}（由 changeset version 生成）。`,
    en: (p) => `The changes of every release are in ${p.link} (written by changeset version).`,
  },
}));
