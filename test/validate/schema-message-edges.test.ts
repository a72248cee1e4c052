/**
 * Schema messages at their edges (src/validate/schema-message.ts, schema-issues.ts): keys with `/` and `~`,
 * an element whose title already holds its parent's, dependentRequired and exclusive bounds, a list's own
 * pointer, a standalone item's root, no major known, and which vague errors (oneOf, anyOf, if,
 * discriminator) are dropped beside a precise one.
 */
import { describe, expect, it } from "vitest";
import { message } from "../../src/i18n/messages.js";
import { majors } from "../../src/schema/majors.js";
import type { ValidatorError } from "../../src/schema/validator.js";
import { schemaIssues } from "../../src/validate/index.js";
import { schemaMessageOf } from "../../src/validate/schema-message.js";
import { whole } from "../helpers/whole-issue.js";

const error = (keyword: string, instancePath: string, params: Record<string, unknown> = {}): ValidatorError =>
  ({ keyword, instancePath, params, schemaPath: "#" }) as unknown as ValidatorError;

describe.each(majors.map((m) => [m.id, m] as const))("schema messages of %s at their edges", (_id, major) => {
  /** The id, params and both texts of one error in a catalogue (or another document). */
  const worded = (e: ValidatorError, document: "catalogue" | "implementation-item" = "catalogue") => {
    const { id, params } = schemaMessageOf(e, { major, document });
    return { id, params, zh: message(id, "zh-CN", params), en: message(id, "en", params) };
  };

  it("an element whose title holds its parent's is named by its own title alone", () => {
    expect(worded(error("type", "/items/0/agency/nature", { type: "string" }))).toEqual({
      id: "schema.type", params: { element: "实施主体性质", property: "agency.nature", type: "string" },
      zh: "「实施主体性质」应为文本", en: '"agency.nature" must be string',
    });
  });

  it("keys with / and ~ are unescaped from the pointer and escaped into it (required names a child)", () => {
    const named = { element: "扩展字段 › a/b~c", property: "extensions.a/b~c" };
    expect(worded(error("required", "/items/0/extensions", { missingProperty: "a/b~c" }))).toEqual({
      id: "schema.required", params: named, zh: "缺少必填要素「扩展字段 › a/b~c」", en: 'missing required element "extensions.a/b~c"',
    });
    expect(worded(error("type", "/items/0/extensions/a~1b~0c", { type: "string" })).params).toEqual({ ...named, type: "string" });
  });

  it("indexes of two digits are list indexes too: item 12's tenth material is named like item 0's first", () => {
    const named = { element: "申请材料 › 材料名称", property: "materials.name", type: "string" };
    expect(worded(error("type", "/items/12/materials/10/name", { type: "string" }))).toEqual({
      id: "schema.type", params: named, zh: "「申请材料 › 材料名称」应为文本", en: '"materials.name" must be string',
    });
    expect(worded(error("type", "/items/0/materials/0/name", { type: "string" })).params).toEqual(named);
  });

  it("a key with digits in it is a key, not an index (an extension's own keys are free)", () => {
    expect(worded(error("type", "/items/0/extensions/x1", { type: "string" }))).toEqual({
      id: "schema.type", params: { element: "扩展字段 › x1", property: "extensions.x1", type: "string" },
      zh: "「扩展字段 › x1」应为文本", en: '"extensions.x1" must be string',
    });
    expect(worded(error("type", "/items/0/extensions/2x", { type: "string" })).params).toEqual({ element: "扩展字段 › 2x", property: "extensions.2x", type: "string" });
  });

  it("dependentRequired names the element that needs another and the one it needs", () => {
    expect(worded(error("dependentRequired", "/items/0", { property: "fees", missingProperty: "name" }))).toEqual({
      id: "schema.dependentRequired", params: { element: "收费", property: "fees", dependency: "事项名称", dependencyProperty: "name" },
      zh: "有「收费」时还须填写「事项名称」", en: '"fees" also requires "name"',
    });
  });

  it("exclusiveMinimum carries its limit", () => {
    expect(worded(error("exclusiveMinimum", "/items/0/visits", { limit: 0, comparison: ">" }))).toEqual({
      id: "schema.exclusiveMinimum", params: { element: "到办事现场次数", property: "visits", limit: 0 },
      zh: "「到办事现场次数」应大于 0", en: '"visits" must be greater than 0',
    });
  });

  it("the item list itself is the element 事项 (near miss of an item's root)", () => {
    expect(worded(error("minItems", "/items", { limit: 1 }))).toEqual({
      id: "schema.minItems", params: { element: "事项", property: "items", limit: 1 },
      zh: "「事项」至少应有 1 项", en: '"items" must have at least 1 entry',
    });
  });

  it("in a standalone item, elements are named from the item, and its root by the document's title", () => {
    expect(worded(error("required", "", { missingProperty: "name" }), "implementation-item").params).toEqual({ element: "事项名称", property: "name" });
    expect(worded(error("type", "/materials/0/name", { type: "string" }), "implementation-item").params).toEqual({ element: "申请材料 › 材料名称", property: "materials.name", type: "string" });
    expect(worded(error("type", "", { type: "object" }), "implementation-item")).toEqual({
      id: "schema.type", params: { root: true, element: "实施清单事项", property: "item", type: "object" },
      zh: "实施清单事项应为对象", en: "the item must be object",
    });
  });
});

describe("schemaIssues", () => {
  it("without a major, names elements by their keys and the root 文档", () => {
    const errors = [error("type", "/items/0/timeLimit/unit", { type: "string" }), error("type", "", { type: "object" })];
    expect(whole(schemaIssues(errors, "zh-CN"), schemaIssues(errors, "en"))).toEqual([
      {
        rule: "schema", severity: "error", path: "/items/0/timeLimit/unit", keyword: "type",
        params: { element: "timeLimit › unit", property: "items.timeLimit.unit", type: "string" },
        message: { "zh-CN": "「timeLimit › unit」应为文本", en: '"items.timeLimit.unit" must be string' },
      },
      {
        rule: "schema", severity: "error", path: "", keyword: "type",
        params: { root: true, element: "文档", property: "item", type: "object" },
        message: { "zh-CN": "文档应为对象", en: "the item must be object" },
      },
    ]);
  });

  it.each(["oneOf", "anyOf", "if", "discriminator"])("drops a vague %s beside a precise error, keeps it alone", (vague) => {
    const precise = error("required", "/items/0", { missingProperty: "name" });
    const keywords = (errors: ValidatorError[]) => schemaIssues(errors, "en").map((i) => i.keyword);
    expect(keywords([error(vague, "/items/0"), precise])).toEqual(["required"]);
    expect(keywords([error(vague, "/items/0")])).toEqual([vague]);
    // Two vague errors are no precise one: both stay.
    expect(keywords([error(vague, "/items/0"), error("oneOf", "")])).toEqual([vague, "oneOf"]);
  });

  it("gives each issue the item code found for its path", () => {
    const codes: string[] = [];
    const issues = schemaIssues([error("type", "/items/3/name", { type: "string" })], "en", (path) => (codes.push(path), "CODE3"));
    expect(codes).toEqual(["/items/3/name"]);
    expect(issues[0]).toMatchObject({ path: "/items/3/name", itemCode: "CODE3" });
    expect(schemaIssues([error("type", "/items/3/name", { type: "string" })], "en")[0]).not.toHaveProperty("itemCode");
  });
});
