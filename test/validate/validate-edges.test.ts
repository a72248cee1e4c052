/**
 * validate() at its edges: documents that are no object, a header the catalogue rules cannot read, the item
 * rules skipped or run on a standalone item by validity and draft mode, and the item count of each report.
 * Whole reports, messages in zh-CN and en.
 */
import { describe, expect, it } from "vitest";
import { validate, type ValidateOptions } from "../../src/validate/index.js";
import { readJson } from "../helpers/examples.js";
import { whole } from "../helpers/whole-issue.js";

const CODE = "11320508MB1H3K5E5P4000123018000";
const county = () => readJson("examples/4-county-gusu.json");
/** The report in zh-CN with each issue's message in both locales. */
function both(document: unknown, options: ValidateOptions = {}) {
  const zh = validate(document, options);
  return { ...zh, issues: whole(zh.issues, validate(document, { ...options, locale: "en" }).issues) };
}

describe("validate() of what is no catalogue", () => {
  it.each([null, "x", 7])("%j: one type error at the root, no item, no crash", (document) => {
    expect(both(document)).toEqual({
      ok: false,
      summary: { errors: 1, warnings: 0, infos: 0, items: 0 },
      issues: [{
        rule: "schema", severity: "error", path: "", keyword: "type",
        params: { root: true, element: "政务服务事项目录", property: "catalogue", type: "object" },
        message: { "zh-CN": "政务服务事项目录应为对象", en: "the catalogue must be object" },
      }],
    });
  });

  it("items that are no list: the schema's error, zero items, and no rule reads them", () => {
    expect(both({ ...county(), items: "no" })).toEqual({
      ok: false,
      summary: { errors: 1, warnings: 0, infos: 0, items: 0 },
      issues: [{
        rule: "schema", severity: "error", path: "/items", keyword: "type",
        params: { element: "事项", property: "items", type: "array" },
        message: { "zh-CN": "「事项」应为列表", en: '"items" must be array' },
      }],
    });
  });
});

describe("catalogue rules need a sound header", () => {
  const withRepeat = () => {
    const doc = county();
    doc.items.push(structuredClone(doc.items[0]));
    return doc;
  };

  it("a repeated item is a duplicate when the header is sound (near miss)", () => {
    const report = both(withRepeat());
    expect(report.summary).toEqual({ errors: 1, warnings: 0, infos: 0, items: 6 });
    expect(report.issues).toEqual([{
      rule: "duplicate-item", severity: "error", path: "/items/5/implementationCode", itemCode: CODE,
      message: { "zh-CN": `事项 ${CODE} 重复，首次出现于 /items/0`, en: `item ${CODE} is duplicated; first seen at /items/0` },
    }]);
  });

  it("without the header's kind only the schema speaks: the catalogue rules do not run", () => {
    const doc = withRepeat();
    delete doc.kind;
    expect(both(doc)).toEqual({
      ok: false,
      summary: { errors: 1, warnings: 0, infos: 0, items: 6 },
      issues: [{
        rule: "schema", severity: "error", path: "", keyword: "required",
        params: { element: "目录类型", property: "kind" },
        message: { "zh-CN": "缺少必填要素「目录类型」", en: 'missing required element "kind"' },
      }],
    });
  });
});

describe("a standalone item", () => {
  const item = () => county().items[0];
  const onlineDepthVisits = {
    rule: "online-depth-visits", severity: "error", path: "/visits", itemCode: CODE,
    message: { "zh-CN": "网上办理深度为Ⅳ级（全程网办），到办事现场次数应为0，实际为 2", en: "online depth IV (fully online) requires zero visits, found 2" },
  };
  const nameNotText = {
    rule: "schema", severity: "error", path: "/name", itemCode: CODE, keyword: "type",
    params: { element: "事项名称", property: "name", type: "string" },
    message: { "zh-CN": "「事项名称」应为文本", en: '"name" must be string' },
  };
  // The v1 item fails v2 too; unpinned, the newest major reports, and v2 does not define v1's timeLimit.note.
  const noteUndefined = {
    rule: "schema", severity: "error", path: "/timeLimit", itemCode: CODE, keyword: "additionalProperties",
    params: { element: "办结时限", property: "timeLimit", extra: "note" },
    message: { "zh-CN": "「办结时限」中有标准未定义的属性 note", en: '"timeLimit" has a property the standard does not define: "note"' },
  };

  it("valid: the item rules run, and the report counts one item", () => {
    expect(both({ ...item(), visits: 2, onlineDepth: 4 }, { as: "implementation-item" })).toEqual({
      ok: false, summary: { errors: 1, warnings: 0, infos: 0, items: 1 }, issues: [onlineDepthVisits],
    });
  });

  it("invalid: only the schema's errors (the rules assume a well-formed item)", () => {
    expect(both({ ...item(), visits: 2, onlineDepth: 4, name: 5 }, { as: "implementation-item" })).toEqual({
      ok: false, summary: { errors: 2, warnings: 0, infos: 0, items: 1 }, issues: [nameNotText, noteUndefined],
    });
  });

  it("pinned to 1.0, only v1's schema speaks (v1 defines timeLimit.note); unpinned, the newest major's (near miss above)", () => {
    expect(both({ ...item(), name: 5 }, { as: "implementation-item", schemaVersion: "1.0" }).issues).toEqual([nameNotText]);
    expect(both(item(), { as: "implementation-item", schemaVersion: "1.0" }).summary).toEqual({ errors: 0, warnings: 0, infos: 0, items: 1 });
  });

  it("invalid in draft mode: the schema's errors and the item rules", () => {
    expect(both({ ...item(), visits: 2, onlineDepth: 4, name: 5 }, { as: "implementation-item", draft: true }).issues).toEqual([nameNotText, noteUndefined, onlineDepthVisits]);
  });

  it.each([null, 7])("%j in draft mode: the type error at the root, and no rule runs on it", (document) => {
    expect(both(document, { as: "implementation-item", draft: true })).toEqual({
      ok: false,
      summary: { errors: 1, warnings: 0, infos: 0, items: 1 },
      issues: [{
        rule: "schema", severity: "error", path: "", keyword: "type",
        params: { root: true, element: "实施清单事项", property: "item", type: "object" },
        message: { "zh-CN": "实施清单事项应为对象", en: "the item must be object" },
      }],
    });
  });
});

describe("validate: catalogue findings name their item", () => {
  it("a duplicate at /items/10 carries item 10's code, not item 1's (the index is read whole, past one digit)", () => {
    const doc = county();
    doc.items = Array.from({ length: 12 }, (_, i) => structuredClone(doc.items[i % doc.items.length]));
    const issues = validate(doc).issues.filter((i) => i.rule === "duplicate-item");
    expect(issues.map((i) => [i.path, i.itemCode])).toEqual(
      [5, 6, 7, 8, 9, 10, 11].map((i) => [`/items/${i}/implementationCode`, doc.items[i].implementationCode]),
    );
    // Items 1 and 10 are different items, so the mutant reading one digit would name the wrong one.
    expect(doc.items[1].implementationCode).not.toBe(doc.items[10].implementationCode);
  });
});

describe("validate: one broken item does not silence the rules on the others", () => {
  it("a schema error in item 0 only: the catalogue's rules (duplicates among the other items) still run", () => {
    const doc = county();
    doc.items = [...doc.items, structuredClone(doc.items[1])]; // the last item repeats item 1
    doc.items[0].name = 12;
    const issues = validate(doc).issues.map((i) => [i.rule, i.path]);
    expect(issues).toContainEqual(["schema", "/items/0/name"]);
    expect(issues).toContainEqual(["duplicate-item", `/items/${doc.items.length - 1}/implementationCode`]);
    // Near miss: a header error is a broken header, and then no catalogue rule runs.
    const header = { ...doc, region: { ...doc.region, code: 7 } };
    expect(validate(header).issues.map((i) => i.rule).filter((r) => r === "duplicate-item")).toEqual([]);
  });
});
