/** One schema pair per change id: the change found, its path, its classification and the bump it requires. */
import { describe, expect, it } from "vitest";
import { changeIds, diffSchemas, type Bump } from "../../src/diff/index.js";

interface Case {
  name: string;
  old: unknown;
  new: unknown;
  change: string;
  path: string;
  backward: boolean;
  forward: boolean;
  bump: Bump;
  /** The rendered message in both locales, which pins the change's parameters. */
  message: { "zh-CN": string; en: string };
}

const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: "object", properties, additionalProperties: false, ...extra });
const str = (extra: Record<string, unknown> = {}) => ({ type: "string", ...extra });

const CASES: Case[] = [
  { name: "title edited", old: str({ title: "名称" }), new: str({ title: "事项名称" }), change: "annotation-changed", path: "/title", backward: true, forward: true, bump: "patch", message: { "zh-CN": "注释 title 已修改：名称 → 事项名称", en: "annotation title changed: 名称 → 事项名称" } },
  { name: "$ref moved to an identical definition", old: { $defs: { A: str(), B: str() }, $ref: "#/$defs/A" }, new: { $defs: { A: str(), B: str() }, $ref: "#/$defs/B" }, change: "ref-target-changed", path: "/$ref", backward: true, forward: true, bump: "patch", message: { "zh-CN": "引用目标已修改：#/$defs/A → #/$defs/B", en: "reference target changed: #/$defs/A → #/$defs/B" } },
  { name: "integer widened to number", old: { type: "integer" }, new: { type: "number" }, change: "type-widened", path: "/type", backward: true, forward: false, bump: "minor", message: { "zh-CN": "类型放宽：integer → number", en: "type widened: integer → number" } },
  { name: "string|null narrowed to string", old: { type: ["string", "null"] }, new: { type: "string" }, change: "type-narrowed", path: "/type", backward: false, forward: true, bump: "major", message: { "zh-CN": "类型收窄：[\"string\",\"null\"] → string", en: "type narrowed: [\"string\",\"null\"] → string" } },
  { name: "string changed to integer", old: { type: "string" }, new: { type: "integer" }, change: "type-changed", path: "/type", backward: false, forward: false, bump: "major", message: { "zh-CN": "类型改变：string → integer", en: "type changed: string → integer" } },
  { name: "string changed to number (only integer is within number)", old: { type: "string" }, new: { type: "number" }, change: "type-changed", path: "/type", backward: false, forward: false, bump: "major", message: { "zh-CN": "类型改变：string → number", en: "type changed: string → number" } },
  { name: "enum introduced", old: str(), new: str({ enum: ["a"] }), change: "enum-added", path: "/enum", backward: false, forward: true, bump: "major", message: { "zh-CN": "新增取值限制 enum [\"a\"]", en: "enum added: [\"a\"]" } },
  { name: "enum dropped", old: str({ enum: ["a"] }), new: str(), change: "enum-removed", path: "/enum", backward: true, forward: false, bump: "minor", message: { "zh-CN": "取消取值限制 enum [\"a\"]", en: "enum removed: [\"a\"]" } },
  { name: "code added to an enum", old: { enum: ["1", "2"] }, new: { enum: ["1", "2", "3"] }, change: "enum-value-added", path: "/enum/2", backward: true, forward: false, bump: "minor", message: { "zh-CN": "新增代码值 3", en: "enum value 3 added" } },
  { name: "code removed from an enum", old: { enum: ["1", "2", "3"] }, new: { enum: ["1", "3"] }, change: "enum-value-removed", path: "/enum/1", backward: false, forward: true, bump: "major", message: { "zh-CN": "删除代码值 2", en: "enum value 2 removed" } },
  { name: "const introduced", old: str(), new: str({ const: "basic" }), change: "const-added", path: "/const", backward: false, forward: true, bump: "major", message: { "zh-CN": "新增固定值 basic", en: "const basic added" } },
  { name: "const dropped", old: str({ const: "basic" }), new: str(), change: "const-removed", path: "/const", backward: true, forward: false, bump: "minor", message: { "zh-CN": "取消固定值 basic", en: "const basic removed" } },
  { name: "const changed", old: { const: "basic" }, new: { const: "standard" }, change: "const-changed", path: "/const", backward: false, forward: false, bump: "major", message: { "zh-CN": "固定值改变：basic → standard", en: "const changed: basic → standard" } },
  { name: "const widened to an enum that keeps it: only the new value is named", old: { const: "a" }, new: { enum: ["a", "b"] }, change: "enum-value-added", path: "/enum/1", backward: true, forward: false, bump: "minor", message: { "zh-CN": "新增代码值 b", en: "enum value b added" } },
  { name: "enum narrowed to one const: the value dropped is named, not the one kept", old: { enum: ["a", "b"] }, new: { const: "a" }, change: "enum-value-removed", path: "/const", backward: false, forward: true, bump: "major", message: { "zh-CN": "删除代码值 b", en: "enum value b removed" } },
  { name: "const replaced by an enum without it", old: { const: "a" }, new: { enum: ["b"] }, change: "const-changed", path: "/enum", backward: false, forward: false, bump: "major", message: { "zh-CN": "固定值改变：a → [\"b\"]", en: "const changed: a → [\"b\"]" } },
  { name: "maximum lowered", old: { type: "integer", maximum: 9 }, new: { type: "integer", maximum: 5 }, change: "maximum-decreased", path: "/maximum", backward: false, forward: true, bump: "major", message: { "zh-CN": "最大值收紧：9 → 5", en: "maximum lowered: 9 → 5" } },
  { name: "maximum raised", old: { type: "integer", maximum: 9 }, new: { type: "integer", maximum: 99 }, change: "maximum-increased", path: "/maximum", backward: true, forward: false, bump: "minor", message: { "zh-CN": "最大值放宽：9 → 99", en: "maximum raised: 9 → 99" } },
  { name: "minimum raised", old: { type: "integer", minimum: 0 }, new: { type: "integer", minimum: 1 }, change: "minimum-increased", path: "/minimum", backward: false, forward: true, bump: "major", message: { "zh-CN": "最小值收紧：0 → 1", en: "minimum raised: 0 → 1" } },
  { name: "minimum lowered", old: { type: "integer", minimum: 1 }, new: { type: "integer", minimum: 0 }, change: "minimum-decreased", path: "/minimum", backward: true, forward: false, bump: "minor", message: { "zh-CN": "最小值放宽：1 → 0", en: "minimum lowered: 1 → 0" } },
  { name: "exclusiveMaximum lowered", old: { exclusiveMaximum: 10 }, new: { exclusiveMaximum: 5 }, change: "exclusive-maximum-decreased", path: "/exclusiveMaximum", backward: false, forward: true, bump: "major", message: { "zh-CN": "开区间上限收紧：10 → 5", en: "exclusiveMaximum lowered: 10 → 5" } },
  { name: "exclusiveMaximum removed", old: { exclusiveMaximum: 10 }, new: {}, change: "exclusive-maximum-increased", path: "/exclusiveMaximum", backward: true, forward: false, bump: "minor", message: { "zh-CN": "开区间上限放宽：10 → —", en: "exclusiveMaximum raised: 10 → —" } },
  { name: "exclusiveMinimum added", old: {}, new: { exclusiveMinimum: 0 }, change: "exclusive-minimum-increased", path: "/exclusiveMinimum", backward: false, forward: true, bump: "major", message: { "zh-CN": "开区间下限收紧：— → 0", en: "exclusiveMinimum raised: — → 0" } },
  { name: "exclusiveMinimum lowered", old: { exclusiveMinimum: 1 }, new: { exclusiveMinimum: 0 }, change: "exclusive-minimum-decreased", path: "/exclusiveMinimum", backward: true, forward: false, bump: "minor", message: { "zh-CN": "开区间下限放宽：1 → 0", en: "exclusiveMinimum lowered: 1 → 0" } },
  { name: "multipleOf added", old: { type: "number" }, new: { type: "number", multipleOf: 0.5 }, change: "multiple-of-added", path: "/multipleOf", backward: false, forward: true, bump: "major", message: { "zh-CN": "新增倍数约束 0.5", en: "multipleOf 0.5 added" } },
  { name: "multipleOf removed", old: { type: "number", multipleOf: 0.5 }, new: { type: "number" }, change: "multiple-of-removed", path: "/multipleOf", backward: true, forward: false, bump: "minor", message: { "zh-CN": "取消倍数约束 0.5", en: "multipleOf 0.5 removed" } },
  { name: "multipleOf 2 → 4 narrows", old: { multipleOf: 2 }, new: { multipleOf: 4 }, change: "multiple-of-changed", path: "/multipleOf", backward: false, forward: true, bump: "major", message: { "zh-CN": "倍数约束改变：2 → 4", en: "multipleOf changed: 2 → 4" } },
  { name: "multipleOf 4 → 2 widens", old: { multipleOf: 4 }, new: { multipleOf: 2 }, change: "multiple-of-changed", path: "/multipleOf", backward: true, forward: false, bump: "minor", message: { "zh-CN": "倍数约束改变：4 → 2", en: "multipleOf changed: 4 → 2" } },
  { name: "maxLength lowered", old: str({ maxLength: 200 }), new: str({ maxLength: 100 }), change: "max-length-decreased", path: "/maxLength", backward: false, forward: true, bump: "major", message: { "zh-CN": "最大长度收紧：200 → 100", en: "maxLength lowered: 200 → 100" } },
  { name: "maxLength widened (trap: minor)", old: str({ maxLength: 200 }), new: str({ maxLength: 500 }), change: "max-length-increased", path: "/maxLength", backward: true, forward: false, bump: "minor", message: { "zh-CN": "最大长度放宽：200 → 500", en: "maxLength raised: 200 → 500" } },
  { name: "minLength raised", old: str(), new: str({ minLength: 1 }), change: "min-length-increased", path: "/minLength", backward: false, forward: true, bump: "major", message: { "zh-CN": "最小长度收紧：0 → 1", en: "minLength raised: 0 → 1" } },
  { name: "minLength lowered", old: str({ minLength: 2 }), new: str({ minLength: 1 }), change: "min-length-decreased", path: "/minLength", backward: true, forward: false, bump: "minor", message: { "zh-CN": "最小长度放宽：2 → 1", en: "minLength lowered: 2 → 1" } },
  { name: "pattern added", old: str(), new: str({ pattern: "^\\d{12}$" }), change: "pattern-added", path: "/pattern", backward: false, forward: true, bump: "major", message: { "zh-CN": "新增格式正则 ^\\d{12}$", en: "pattern ^\\d{12}$ added" } },
  { name: "pattern removed", old: str({ pattern: "^\\d{12}$" }), new: str(), change: "pattern-removed", path: "/pattern", backward: true, forward: false, bump: "minor", message: { "zh-CN": "取消格式正则 ^\\d{12}$", en: "pattern ^\\d{12}$ removed" } },
  { name: "pattern changed, even if wider in fact", old: str({ pattern: "^\\d{12}$" }), new: str({ pattern: "^\\d{12,15}$" }), change: "pattern-changed", path: "/pattern", backward: false, forward: false, bump: "major", message: { "zh-CN": "格式正则改变（无法证明更宽，视为不兼容）：^\\d{12}$ → ^\\d{12,15}$", en: "pattern changed (not provably wider, so breaking): ^\\d{12}$ → ^\\d{12,15}$" } },
  { name: "format added", old: str(), new: str({ format: "date" }), change: "format-added", path: "/format", backward: false, forward: true, bump: "major", message: { "zh-CN": "新增格式 date", en: "format date added" } },
  { name: "format removed", old: str({ format: "date" }), new: str(), change: "format-removed", path: "/format", backward: true, forward: false, bump: "minor", message: { "zh-CN": "取消格式 date", en: "format date removed" } },
  { name: "format changed", old: str({ format: "date" }), new: str({ format: "date-time" }), change: "format-changed", path: "/format", backward: false, forward: false, bump: "major", message: { "zh-CN": "格式改变：date → date-time", en: "format changed: date → date-time" } },
  { name: "minItems raised", old: { type: "array" }, new: { type: "array", minItems: 1 }, change: "min-items-increased", path: "/minItems", backward: false, forward: true, bump: "major", message: { "zh-CN": "最少条目数收紧：0 → 1", en: "minItems raised: 0 → 1" } },
  { name: "minItems lowered", old: { type: "array", minItems: 1 }, new: { type: "array" }, change: "min-items-decreased", path: "/minItems", backward: true, forward: false, bump: "minor", message: { "zh-CN": "最少条目数放宽：1 → 0", en: "minItems lowered: 1 → 0" } },
  { name: "maxItems lowered", old: { type: "array", maxItems: 9 }, new: { type: "array", maxItems: 3 }, change: "max-items-decreased", path: "/maxItems", backward: false, forward: true, bump: "major", message: { "zh-CN": "最多条目数收紧：9 → 3", en: "maxItems lowered: 9 → 3" } },
  { name: "maxItems raised", old: { type: "array", maxItems: 3 }, new: { type: "array", maxItems: 9 }, change: "max-items-increased", path: "/maxItems", backward: true, forward: false, bump: "minor", message: { "zh-CN": "最多条目数放宽：3 → 9", en: "maxItems raised: 3 → 9" } },
  { name: "uniqueItems added", old: { type: "array" }, new: { type: "array", uniqueItems: true }, change: "unique-items-added", path: "/uniqueItems", backward: false, forward: true, bump: "major", message: { "zh-CN": "新增条目不得重复约束", en: "uniqueItems added" } },
  { name: "uniqueItems removed", old: { type: "array", uniqueItems: true }, new: { type: "array", uniqueItems: false }, change: "unique-items-removed", path: "/uniqueItems", backward: true, forward: false, bump: "minor", message: { "zh-CN": "取消条目不得重复约束", en: "uniqueItems removed" } },
  { name: "minProperties raised", old: { type: "object" }, new: { type: "object", minProperties: 1 }, change: "min-properties-increased", path: "/minProperties", backward: false, forward: true, bump: "major", message: { "zh-CN": "最少属性数收紧：0 → 1", en: "minProperties raised: 0 → 1" } },
  { name: "minProperties lowered", old: { type: "object", minProperties: 2 }, new: { type: "object", minProperties: 1 }, change: "min-properties-decreased", path: "/minProperties", backward: true, forward: false, bump: "minor", message: { "zh-CN": "最少属性数放宽：2 → 1", en: "minProperties lowered: 2 → 1" } },
  { name: "maxProperties lowered", old: { type: "object", maxProperties: 5 }, new: { type: "object", maxProperties: 2 }, change: "max-properties-decreased", path: "/maxProperties", backward: false, forward: true, bump: "major", message: { "zh-CN": "最多属性数收紧：5 → 2", en: "maxProperties lowered: 5 → 2" } },
  { name: "maxProperties raised", old: { type: "object", maxProperties: 2 }, new: { type: "object", maxProperties: 5 }, change: "max-properties-increased", path: "/maxProperties", backward: true, forward: false, bump: "minor", message: { "zh-CN": "最多属性数放宽：2 → 5", en: "maxProperties raised: 2 → 5" } },
  { name: "optional property added to a closed object (trap: minor)", old: obj({ a: str() }), new: obj({ a: str(), b: str() }), change: "property-added", path: "/properties/b", backward: true, forward: false, bump: "minor", message: { "zh-CN": "封闭对象新增属性 b", en: "property b added to closed object" } },
  { name: "typed property added to an open object (old documents may use the name freely)", old: { type: "object", properties: { a: str() } }, new: { type: "object", properties: { a: str(), b: str() } }, change: "property-added", path: "/properties/b", backward: false, forward: true, bump: "major", message: { "zh-CN": "开放对象新增属性 b", en: "property b added to open object" } },
  { name: "unconstrained property added to an open object (documents: patch)", old: { type: "object" }, new: { type: "object", properties: { b: { description: "any JSON" } } }, change: "property-added", path: "/properties/b", backward: true, forward: true, bump: "patch", message: { "zh-CN": "开放对象新增属性 b", en: "property b added to open object" } },
  { name: "optional property removed from a closed object (trap: major)", old: obj({ a: str(), b: str() }), new: obj({ a: str() }), change: "property-removed", path: "/properties/b", backward: false, forward: true, bump: "major", message: { "zh-CN": "封闭对象删除属性 b", en: "property b removed from closed object" } },
  { name: "optional property removed from an open object", old: { type: "object", properties: { a: str(), b: str() } }, new: { type: "object", properties: { a: str() } }, change: "property-removed", path: "/properties/b", backward: true, forward: false, bump: "minor", message: { "zh-CN": "开放对象删除属性 b", en: "property b removed from open object" } },
  { name: "optional → required (trap: major)", old: obj({ a: str() }), new: obj({ a: str() }, { required: ["a"] }), change: "required-added", path: "/required/0", backward: false, forward: true, bump: "major", message: { "zh-CN": "属性 a 改为必填", en: "property a is now required" } },
  { name: "required → optional (trap: minor)", old: obj({ a: str() }, { required: ["a"] }), new: obj({ a: str() }), change: "required-removed", path: "/required/0", backward: true, forward: false, bump: "minor", message: { "zh-CN": "属性 a 改为选填", en: "property a is no longer required" } },
  { name: "object closed", old: { type: "object", properties: { a: str() } }, new: obj({ a: str() }), change: "additional-properties-closed", path: "/additionalProperties", backward: false, forward: true, bump: "major", message: { "zh-CN": "对象改为封闭（不再允许未声明的属性）", en: "object closed: undeclared properties no longer allowed" } },
  { name: "object opened", old: obj({ a: str() }), new: { type: "object", properties: { a: str() }, additionalProperties: true }, change: "additional-properties-opened", path: "/additionalProperties", backward: true, forward: false, bump: "minor", message: { "zh-CN": "对象改为开放（允许未声明的属性）", en: "object opened: undeclared properties now allowed" } },
  { name: "allOf constraint added", old: { allOf: [{ type: "object" }] }, new: { allOf: [{ type: "object" }, { required: ["a"] }] }, change: "constraint-added", path: "/allOf/1", backward: false, forward: true, bump: "major", message: { "zh-CN": "allOf 新增约束分支", en: "allOf constraint added" } },
  { name: "allOf constraint removed", old: { allOf: [{ type: "object" }, { required: ["a"] }] }, new: { allOf: [{ type: "object" }] }, change: "constraint-removed", path: "/allOf/1", backward: true, forward: false, bump: "minor", message: { "zh-CN": "allOf 删除约束分支", en: "allOf constraint removed" } },
  { name: "oneOf variant added", old: { oneOf: [str(), { type: "integer" }] }, new: { oneOf: [str(), { type: "integer" }, { type: "boolean" }] }, change: "variant-added", path: "/oneOf/2", backward: true, forward: false, bump: "minor", message: { "zh-CN": "oneOf 新增可选分支", en: "oneOf variant added" } },
  { name: "anyOf variant removed", old: { anyOf: [str(), { type: "integer" }] }, new: { anyOf: [str()] }, change: "variant-removed", path: "/anyOf/1", backward: false, forward: true, bump: "major", message: { "zh-CN": "anyOf 删除可选分支", en: "anyOf variant removed" } },
  { name: "anyOf introduced", old: {}, new: { anyOf: [str(), { type: "integer" }] }, change: "constraint-added", path: "/anyOf", backward: false, forward: true, bump: "major", message: { "zh-CN": "anyOf 新增约束分支", en: "anyOf constraint added" } },
  { name: "oneOf dropped", old: { oneOf: [str(), { type: "integer" }] }, new: {}, change: "constraint-removed", path: "/oneOf", backward: true, forward: false, bump: "minor", message: { "zh-CN": "oneOf 删除约束分支", en: "oneOf constraint removed" } },
  { name: "allOf introduced", old: {}, new: { allOf: [{ required: ["a"] }] }, change: "constraint-added", path: "/allOf", backward: false, forward: true, bump: "major", message: { "zh-CN": "allOf 新增约束分支", en: "allOf constraint added" } },
  { name: "allOf dropped", old: { allOf: [{ required: ["a"] }] }, new: {}, change: "constraint-removed", path: "/allOf", backward: true, forward: false, bump: "minor", message: { "zh-CN": "allOf 删除约束分支", en: "allOf constraint removed" } },
  { name: "items made impossible", old: { type: "array", items: str() }, new: { type: "array", items: false }, change: "schema-rejects-all", path: "/items", backward: false, forward: true, bump: "major", message: { "zh-CN": "模式改为拒绝一切取值", en: "schema now rejects every value" } },
  { name: "items made possible", old: { type: "array", items: false }, new: { type: "array", items: str() }, change: "schema-accepts-values", path: "/items", backward: true, forward: false, bump: "minor", message: { "zh-CN": "模式不再拒绝一切取值", en: "schema no longer rejects every value" } },
  { name: "definition added", old: { $defs: { A: str() } }, new: { $defs: { A: str(), B: str() } }, change: "definition-added", path: "/$defs/B", backward: true, forward: false, bump: "minor", message: { "zh-CN": "新增共享定义 B", en: "definition B added" } },
  { name: "definition removed", old: { $defs: { A: str(), B: str() } }, new: { $defs: { A: str() } }, change: "definition-removed", path: "/$defs/B", backward: false, forward: true, bump: "major", message: { "zh-CN": "删除共享定义 B（外部引用将失效）", en: "definition B removed (external references break)" } },
  { name: "unmodelled keyword changed", old: { not: { type: "null" } }, new: { not: { type: "string" } }, change: "keyword-changed", path: "/not", backward: false, forward: false, bump: "major", message: { "zh-CN": "关键字 not 已修改（未建模，视为不兼容）：{\"type\":\"null\"} → {\"type\":\"string\"}", en: "keyword not changed (not modelled, so breaking): {\"type\":\"null\"} → {\"type\":\"string\"}" } },
];

describe("diffSchemas: one pair per change id", () => {
  it.each(CASES)("$name → $change ($bump)", (c) => {
    const diff = diffSchemas(c.old, c.new, { locale: "en" });
    expect(diff.changes).toEqual([{ path: c.path, change: c.change, backward: c.backward, forward: c.forward, message: c.message.en }]);
    expect(diff.bump).toBe(c.bump);
    expect(diffSchemas(c.old, c.new).changes.map((change) => change.message)).toEqual([c.message["zh-CN"]]);
  });

  it("covers every change id except the set-level ones", () => {
    const covered = new Set(CASES.map((c) => c.change));
    expect(changeIds.filter((id) => !covered.has(id))).toEqual(["schema-added", "schema-removed"]);
  });

  it.each([
    ["same maxLength", str({ maxLength: 5 }), str({ maxLength: 5 })],
    ["enum reordered", { enum: ["1", "2"] }, { enum: ["2", "1"] }],
    ["required reordered", obj({ a: str(), b: str() }, { required: ["a", "b"] }), obj({ a: str(), b: str() }, { required: ["b", "a"] })],
    ["identical pattern", str({ pattern: "^a$" }), str({ pattern: "^a$" })],
    ["minLength 0 made explicit", str(), str({ minLength: 0 })],
    ["integer spelled as [integer, number]", { type: "number" }, { type: ["integer", "number"] }],
    ["additionalProperties true made explicit", { type: "object" }, { type: "object", additionalProperties: true }],
    ["uniqueItems false made explicit", { type: "array" }, { type: "array", uniqueItems: false }],
    ["an empty allOf made explicit", {}, { allOf: [] }],
    ["a const object with its keys reordered", { const: { a: 1, b: 2 } }, { const: { b: 2, a: 1 } }],
    ["an enum of objects with their keys reordered", { enum: [{ a: 1, b: 2 }] }, { enum: [{ b: 2, a: 1 }] }],
    ["const beside an enum holding it, against that enum alone (the values both allow)", { const: "a", enum: ["a"] }, { enum: ["a"] }],
    ["inline schema replaced by a $ref to the same schema", { $defs: { A: str({ maxLength: 3 }) }, properties: { a: str({ maxLength: 3 }) } }, { $defs: { A: str({ maxLength: 3 }) }, properties: { a: { $ref: "#/$defs/A" } } }],
  ])("near miss: %s is no change", (_name, a, b) => {
    expect(diffSchemas(a, b)).toEqual({ bump: "none", changes: [] });
  });
});

describe("const and enum compared as sets of allowed values", () => {
  it("an enum of one value and the same const are no change", () => {
    expect(diffSchemas({ enum: ["a"] }, { const: "a" })).toEqual({ bump: "none", changes: [] });
  });
});

describe("oneOf branches", () => {
  it("a branch added to a plain oneOf may overlap an old one: breaking both ways", () => {
    const [change] = diffSchemas({ oneOf: [{ type: "string" }] }, { oneOf: [{ type: "string" }, { type: "string", maxLength: 3 }] }).changes;
    expect(change).toMatchObject({ change: "variant-added", backward: false, forward: false });
  });
  it("a branch added to a discriminated oneOf widens", () => {
    const branch = (kind: string) => ({ type: "object", properties: { kind: { const: kind } }, required: ["kind"] });
    const d = { propertyName: "kind" };
    const diff = diffSchemas({ discriminator: d, oneOf: [branch("a")] }, { discriminator: d, oneOf: [branch("a"), branch("b")] });
    expect(diff.bump).toBe("minor");
    expect(diff.changes[0]).toMatchObject({ change: "variant-added", backward: true, forward: false });
  });
});

describe("a property added where additionalProperties is a schema: judged against that schema", () => {
  const open = (extra: Record<string, unknown> = {}) => ({ type: "object", additionalProperties: str({ maxLength: 10 }), ...extra });
  it("a property wider than the schema it replaces accepts every old value: minor", () => {
    expect(diffSchemas(open(), open({ properties: { b: str({ maxLength: 20 }) } }), { locale: "en" }).changes).toEqual([
      { path: "/properties/b", change: "property-added", backward: true, forward: false, message: "property b added to object" },
    ]);
  });
  it("wider in one bound and narrower in another, it is neither: breaking both ways", () => {
    const diff = diffSchemas(open(), open({ properties: { b: str({ maxLength: 20, minLength: 1 }) } }), { locale: "en" });
    expect(diff.changes).toEqual([{ path: "/properties/b", change: "property-added", backward: false, forward: false, message: "property b added to object" }]);
    expect(diff.bump).toBe("major");
  });
});

describe("$refs resolve by $id", () => {
  // Two files named codes.schema.json in different folders: only the $id tells them apart.
  const codes = (folder: string, maxLength: number) => ({ $id: `https://example.org/${folder}/codes.schema.json`, $defs: { Code: str({ maxLength }) } });
  const item = (ref: string) => ({ $id: "https://example.org/v2/item.schema.json", type: "object", properties: { code: { $ref: ref } } });
  const options = { locale: "en" as const, oldRefs: { "v1-codes": codes("v1", 5), "v2-codes": codes("v2", 5) }, newRefs: { "v1-codes": codes("v1", 5), "v2-codes": codes("v2", 3) } };
  const expected = [{ path: "v2-codes#/$defs/Code/maxLength", change: "max-length-decreased", backward: false, forward: true, message: "maxLength lowered: 5 → 3" }];

  it("a relative $ref resolves against the referring schema's $id", () => {
    const ref = "codes.schema.json#/$defs/Code";
    expect(diffSchemas(item(ref), item(ref), options).changes).toEqual(expected);
  });
  it("an absolute $ref names the file by its $id", () => {
    const ref = "https://example.org/v2/codes.schema.json#/$defs/Code";
    expect(diffSchemas(item(ref), item(ref), options).changes).toEqual(expected);
  });
});
