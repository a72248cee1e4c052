/** Draft mode: absent required elements are one info per item; every other rule still runs. */
import { describe, expect, it } from "vitest";
import { validate } from "../../src/validate/validate.js";
import { readJson } from "../helpers/examples.js";

/** The Gusu list with elements removed from two items and the header. */
function draftOfGusu() {
  const doc = readJson("examples/4-county-gusu.json");
  delete doc.publisher.name;
  delete doc.items[0].serviceObjects;
  delete doc.items[0].agency.creditCode;
  delete doc.items[1].materials[0].necessity;
  return doc;
}

describe("validate(doc, { draft: true })", () => {
  it("reports one element-missing info per item (and one for the header) listing what is missing", () => {
    const doc = draftOfGusu();
    expect(validate(doc, { draft: true })).toEqual({
      ok: true,
      summary: { errors: 0, warnings: 0, infos: 3, items: doc.items.length },
      issues: [
        { rule: "element-missing", severity: "info", path: "", message: "草稿：缺少 1 个必填要素：publisher/name" },
        { rule: "element-missing", severity: "info", path: "/items/0", itemCode: doc.items[0].implementationCode, message: "草稿：缺少 2 个必填要素：serviceObjects、agency/creditCode" },
        { rule: "element-missing", severity: "info", path: "/items/1", itemCode: doc.items[1].implementationCode, message: "草稿：缺少 1 个必填要素：materials/0/necessity" },
      ],
    });
    expect(validate(doc, { draft: true, locale: "en" }).issues[1]!.message).toBe("draft: 2 required elements missing: serviceObjects, agency/creditCode");
  });

  it("without draft the same document has a schema error per missing element (near miss)", () => {
    const report = validate(draftOfGusu());
    expect(report.issues.map((i) => [i.rule, i.severity, i.path])).toEqual([
      ["schema", "error", "/publisher"],
      ["schema", "error", "/items/0"],
      ["schema", "error", "/items/0/agency"],
      ["schema", "error", "/items/1/materials/0"],
    ]);
  });

  it("runs the item rules on items that lack elements (skipped on schema failure without draft)", () => {
    const doc = draftOfGusu();
    doc.items[1].timeLimit.promised.value = doc.items[1].timeLimit.statutory.value + 1;
    const rules = (report: ReturnType<typeof validate>) => report.issues.filter((i) => i.rule === "promised-exceeds-statutory").map((i) => [i.severity, i.path]);
    expect(rules(validate(doc, { draft: true }))).toEqual([["error", "/items/1/timeLimit/promised"]]);
    expect(rules(validate(doc))).toEqual([]);
  });

  it("other schema errors stay errors, and a lowercase credit code gets its fix in both modes", () => {
    const doc = readJson("examples/4-county-gusu.json");
    const code: string = doc.items[2].agency.creditCode;
    doc.items[2].agency.creditCode = code.toLowerCase();
    for (const draft of [true, false]) {
      const found = validate(doc, { draft }).issues.filter((i) => i.rule === "schema");
      expect(found).toEqual([
        expect.objectContaining({ severity: "error", path: "/items/2/agency/creditCode", keyword: "pattern", suggestion: code, itemCode: doc.items[2].implementationCode }),
      ]);
      expect(found[0]!.message).toContain(`；“${code.toLowerCase()}”含小写字母，应为 ${code}`);
    }
  });

  it("no suggestion where capitals do not make a valid code (near miss)", () => {
    const doc = readJson("examples/4-county-gusu.json");
    doc.items[2].agency.creditCode = "11511301452259996a";
    const found = validate(doc).issues.filter((i) => i.rule === "schema");
    expect(found).toHaveLength(1);
    expect(found[0]!.suggestion).toBeUndefined();
  });

  it("a standalone item in draft: element-missing at the item, with its code", () => {
    const item = readJson("examples/4-county-gusu.json").items[0];
    delete item.name;
    expect(validate(item, { as: "implementation-item", draft: true, schemaVersion: "1.0" }).issues).toEqual([
      { rule: "element-missing", severity: "info", path: "", itemCode: item.implementationCode, message: "草稿：缺少 1 个必填要素：name" },
    ]);
  });
});
