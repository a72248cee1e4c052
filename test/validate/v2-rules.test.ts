/** The v2 validation rules, each issue asserted whole (rule, severity, path, item code, rendered text in both locales). */
import { describe, expect, it } from "vitest";
import { validate } from "../../src/index.js";
import { readJson } from "../helpers/examples.js";

const doc = () => readJson("test/fixtures/v2/catalogue/valid/full-implementation.json");
const CODE = doc().items[0].implementationCode as string;

describe("v2 validation rules", () => {
  it("situation-material-unknown names the situation and the material", () => {
    const d = doc();
    d.items[0].situations[1].materials.push("M9999");
    expect(validate(d).issues).toEqual([{
      rule: "situation-material-unknown", severity: "error", path: "/items/0/situations/1/materials/1", itemCode: CODE,
      message: "办理情形「延续」所列材料 M9999 不是本事项的申请材料",
    }]);
    expect(validate(d, { locale: "en" }).issues[0]!.message).toBe('situation "延续" names material M9999, which the item does not have');
  });

  it("lifecycle-dates-order: cancellation before the effective date", () => {
    const d = doc();
    d.items[0].plannedCancelDate = "2023-12-31";
    expect(validate(d).issues).toEqual([{
      rule: "lifecycle-dates-order", severity: "error", path: "/items/0/plannedCancelDate", itemCode: CODE,
      message: "计划取消日期 2023-12-31 早于计划生效日期 2024-01-01",
    }]);
    expect(validate(d, { locale: "en" }).issues[0]!.message).toBe("planned cancellation date 2023-12-31 is before the planned effective date 2024-01-01");
  });

  it("exemption-source-missing: e_licence without licence, data_sharing without department (warnings, report stays ok)", () => {
    const d = doc();
    const material = d.items[0].materials[1];
    delete material.licenceName;
    const report = validate(d);
    expect(report.ok).toBe(true);
    expect(report.issues).toEqual([{
      rule: "exemption-source-missing", severity: "warning", path: "/items/0/materials/1", itemCode: CODE,
      message: `材料「${material.name}」可凭电子证照免提交，但未写证照类型代码或电子证照名称`,
    }]);
    material.exemptionMode = "data_sharing";
    delete material.dataSourceDepartment;
    expect(validate(d, { locale: "en" }).issues.map((i) => i.message)).toEqual([`material "${material.name}" may be replaced by shared data but names no source department`]);
  });

  it("duplicate-item: v2 accepts an item listed whole beside its own handling items; 1.x still reports it", () => {
    expect(validate(readJson("test/fixtures/v2/catalogue/valid/near-miss-whole-beside-handling-items.json")).issues).toEqual([]);
    const v1 = readJson("test/fixtures/v1/catalogue/invalid/duplicate-whole-and-split.json");
    expect(validate(v1).issues.map((i) => [i.rule, i.path])).toEqual([["duplicate-item", "/items/1/handlingItemCode"]]);
    // The same list declared 2.0 (with v2's name for the time note) is clean.
    v1.schemaVersion = "2.0";
    for (const item of v1.items) {
      if (item.timeLimit?.note !== undefined) {
        item.timeLimit.promisedNote = item.timeLimit.note;
        delete item.timeLimit.note;
      }
    }
    expect(validate(v1).issues).toEqual([]);
  });
});
