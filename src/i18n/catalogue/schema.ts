/**
 * Messages of schema findings (rule "schema"), one per JSON Schema keyword. Zh names the element by
 * its Chinese title (`element`, e.g. 「承诺办结时限 › 时限单位」), en by its property path
 * (`property`, e.g. "timeLimit.promised.unit"); src/validate/schema-message.ts computes both.
 */
import { catalogueArea, type MessageParams } from "../entry.js";

const TYPE_ZH: Record<string, string> = { string: "文本", integer: "整数", number: "数字", boolean: "布尔值（true 或 false）", object: "对象", array: "列表", null: "空值" };
const FORMAT_ZH: Record<string, string> = { date: "日期（YYYY-MM-DD）", "date-time": "日期时间", uri: "网址", email: "电子邮箱", "uri-reference": "网址" };
/** The element in zh: 「title › title」, or the document's own name at its root. */
const el = (p: MessageParams) => (p.root ? String(p.element) : `「${p.element}」`);
/** The element in en: "a.b.c", or "the item" at its root. */
const prop = (p: MessageParams) => (p.root ? `the ${p.property}` : `"${p.property}"`);
const typeZh = (t: unknown) => String(t).split(",").map((x) => TYPE_ZH[x] ?? x).join("或");

/** Messages of schema findings, by "schema.<keyword>". */
export const schemaMessages = /* @__PURE__ */ catalogueArea(() => ({
  "schema.required": { "zh-CN": (p) => `缺少必填要素${el(p)}`, en: (p) => `missing required element ${prop(p)}` },
  "schema.enum": { "zh-CN": (p) => `${el(p)}不在代码集中`, en: (p) => `${prop(p)} is not in the code set` },
  "schema.const": { "zh-CN": (p) => `${el(p)}应为 ${p.allowed}`, en: (p) => `${prop(p)} must be ${p.allowed}` },
  "schema.type": { "zh-CN": (p) => `${el(p)}应为${typeZh(p.type)}`, en: (p) => `${prop(p)} must be ${String(p.type).replace(/,/g, " or ")}` },
  "schema.pattern": { "zh-CN": (p) => `${el(p)}格式不符：应匹配 ${p.pattern}`, en: (p) => `${prop(p)} does not match ${p.pattern}` },
  "schema.format": {
    "zh-CN": (p) => `${el(p)}不是有效的${FORMAT_ZH[String(p.format)] ?? String(p.format)}`,
    en: (p) => `${prop(p)} is not a valid ${p.format}`,
  },
  "schema.minimum": { "zh-CN": (p) => `${el(p)}应不小于 ${p.limit}`, en: (p) => `${prop(p)} must be at least ${p.limit}` },
  "schema.maximum": { "zh-CN": (p) => `${el(p)}应不大于 ${p.limit}`, en: (p) => `${prop(p)} must be at most ${p.limit}` },
  "schema.exclusiveMinimum": { "zh-CN": (p) => `${el(p)}应大于 ${p.limit}`, en: (p) => `${prop(p)} must be greater than ${p.limit}` },
  "schema.exclusiveMaximum": { "zh-CN": (p) => `${el(p)}应小于 ${p.limit}`, en: (p) => `${prop(p)} must be less than ${p.limit}` },
  "schema.minLength": { "zh-CN": (p) => `${el(p)}不能少于 ${p.limit} 个字符`, en: (p) => `${prop(p)} must have at least ${p.limit} character${p.limit === 1 ? "" : "s"}` },
  "schema.maxLength": { "zh-CN": (p) => `${el(p)}不能多于 ${p.limit} 个字符`, en: (p) => `${prop(p)} must have at most ${p.limit} characters` },
  "schema.minItems": { "zh-CN": (p) => `${el(p)}至少应有 ${p.limit} 项`, en: (p) => `${prop(p)} must have at least ${p.limit} entr${p.limit === 1 ? "y" : "ies"}` },
  "schema.maxItems": { "zh-CN": (p) => `${el(p)}至多只能有 ${p.limit} 项`, en: (p) => `${prop(p)} must have at most ${p.limit} entries` },
  "schema.uniqueItems": { "zh-CN": (p) => `${el(p)}的第 ${p.first} 项与第 ${p.second} 项重复`, en: (p) => `${prop(p)} repeats entry ${p.first} as entry ${p.second}` },
  "schema.additionalProperties": {
    "zh-CN": (p) => `${el(p)}中有标准未定义的属性 ${p.extra}`,
    en: (p) => `${prop(p)} has a property the standard does not define: "${p.extra}"`,
  },
  "schema.anyOf": { "zh-CN": (p) => `${el(p)}不符合任何一种允许的形式`, en: (p) => `${prop(p)} matches none of the allowed forms` },
  "schema.oneOf": { "zh-CN": (p) => `${el(p)}不符合恰好一种允许的形式`, en: (p) => `${prop(p)} does not match exactly one of the allowed forms` },
  "schema.dependentRequired": {
    "zh-CN": (p) => `有${el(p)}时还须填写「${p.dependency}」`,
    en: (p) => `${prop(p)} also requires "${p.dependencyProperty}"`,
  },
  "schema.if": { "zh-CN": (p) => `${el(p)}不满足条件要求`, en: (p) => `${prop(p)} does not meet the conditional requirement` },
  "schema.other": { "zh-CN": (p) => `${el(p)}不符合标准的 ${p.keyword} 约束`, en: (p) => `${prop(p)} fails the schema's ${p.keyword} constraint` },
}));
