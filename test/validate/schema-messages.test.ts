/**
 * Schema findings name the element (issue 10 point 6): zh by its Chinese titles, en by its property
 * path, for every ajv keyword the schemas use, in both majors; whole issues through validate().
 */
import { describe, expect, it } from "vitest";
import { validate } from "../../src/index.js";
import { message } from "../../src/i18n/messages.js";
import { majors } from "../../src/schema/majors.js";
import type { ValidatorError } from "../../src/schema/validator.js";
import { schemaMessageOf } from "../../src/validate/schema-message.js";
import { readJson } from "../helpers/examples.js";
import { whole } from "../helpers/whole-issue.js";

const error = (keyword: string, instancePath: string, params: Record<string, unknown>): ValidatorError =>
  ({ keyword, instancePath, params, schemaPath: "#" }) as unknown as ValidatorError;

/** keyword, pointer, ajv params → the zh and en texts every major must give. */
const CASES: [string, string, Record<string, unknown>, string, string][] = [
  ["required", "/items/0", { missingProperty: "name" }, "缺少必填要素「事项名称」", 'missing required element "name"'],
  ["enum", "/items/3/timeLimit/promised/unit", { allowedValues: ["working_day", "natural_day"] }, "「承诺办结时限 › 时限单位」不在代码集中", '"timeLimit.promised.unit" is not in the code set'],
  ["const", "/kind", { allowedValue: "basic" }, '「目录类型」应为 "basic"', '"kind" must be "basic"'],
  ["type", "/items/0/visits", { type: "integer" }, "「到办事现场次数」应为整数", '"visits" must be integer'],
  ["pattern", "/items/0/basicCode", { pattern: "^\\d{12}$" }, "「基本编码」格式不符：应匹配 ^\\d{12}$", '"basicCode" does not match ^\\d{12}$'],
  ["format", "/publishedAt", { format: "date" }, "「发布日期」不是有效的日期（YYYY-MM-DD）", '"publishedAt" is not a valid date'],
  ["minimum", "/items/0/visits", { limit: 0, comparison: ">=" }, "「到办事现场次数」应不小于 0", '"visits" must be at least 0'],
  ["maximum", "/items/0/visits", { limit: 9, comparison: "<=" }, "「到办事现场次数」应不大于 9", '"visits" must be at most 9'],
  ["minLength", "/items/0/name", { limit: 1 }, "「事项名称」不能少于 1 个字符", '"name" must have at least 1 character'],
  ["maxLength", "/items/0/name", { limit: 200 }, "「事项名称」不能多于 200 个字符", '"name" must have at most 200 characters'],
  ["minItems", "/items/0/legalBasis", { limit: 1 }, "「设定依据」至少应有 1 项", '"legalBasis" must have at least 1 entry'],
  ["uniqueItems", "/items/0/levels", { i: 1, j: 0 }, "「行使层级」的第 0 项与第 1 项重复", '"levels" repeats entry 0 as entry 1'],
  ["additionalProperties", "/items/0", { additionalProperty: "remark" }, "事项中有标准未定义的属性 remark", 'the item has a property the standard does not define: "remark"'],
  ["anyOf", "/items/0/timeLimit", {}, "「办结时限」不符合任何一种允许的形式", '"timeLimit" matches none of the allowed forms'],
  ["oneOf", "", {}, "政务服务事项目录不符合恰好一种允许的形式", "the catalogue does not match exactly one of the allowed forms"],
  ["if", "/items/0/fees", {}, "「收费」不满足条件要求", '"fees" does not meet the conditional requirement'],
  ["not", "/items/0/name", {}, "「事项名称」不符合标准的 not 约束", '"name" fails the schema\'s not constraint'],
];

describe.each(majors.map((m) => [m.id, m] as const))("schema messages of %s", (_id, major) => {
  it.each(CASES)("%s at %s names the element", (keyword, pointer, params, zh, en) => {
    const { id, params: p } = schemaMessageOf(error(keyword, pointer, params), { major, document: "catalogue" });
    expect(message(id, "zh-CN", p)).toBe(zh);
    expect(message(id, "en", p)).toBe(en);
  });

  it("an extension's own keys are named as they are (they have no title)", () => {
    const { id, params } = schemaMessageOf(error("type", "/items/0/extensions/x", { type: "string" }), { major, document: "catalogue" });
    expect(params).toEqual({ element: "扩展字段 › x", property: "extensions.x", type: "string" });
    expect(message(id, "en", params)).toBe('"extensions.x" must be string');
  });
});

describe("validate() issues carry the element-named message and its params", () => {
  it.each([["v1", "examples/4-county-gusu.json"], ["v2", "test/fixtures/v2/catalogue/valid/full-implementation.json"]])("%s: a missing name and a unit outside its code set", (_major, file) => {
    const doc = readJson(file) as { items: Record<string, any>[] };
    const item = doc.items[0]!;
    delete item.name;
    item.timeLimit.promised.unit = "week";
    const zh = validate(doc).issues;
    const en = validate(doc, { locale: "en" }).issues;
    expect(whole(zh, en)).toEqual([
      {
        rule: "schema", severity: "error", path: "/items/0", itemCode: item.implementationCode, keyword: "required",
        params: { element: "事项名称", property: "name" },
        message: { "zh-CN": "缺少必填要素「事项名称」", en: 'missing required element "name"' },
      },
      {
        rule: "schema", severity: "error", path: "/items/0/timeLimit/promised/unit", itemCode: item.implementationCode, keyword: "enum",
        params: { element: "承诺办结时限 › 时限单位", property: "timeLimit.promised.unit" },
        message: { "zh-CN": "「承诺办结时限 › 时限单位」不在代码集中", en: '"timeLimit.promised.unit" is not in the code set' },
      },
    ]);
  });

  it("near miss: the same document untouched has no schema finding", () => {
    expect(validate(readJson("examples/4-county-gusu.json")).issues.filter((i) => i.rule === "schema")).toEqual([]);
  });
});
