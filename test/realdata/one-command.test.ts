/**
 * "A clerk can take the real sources to a v2 catalogue with one command": `zwfw import <file>` with the
 * layout detected (--from auto), per dataset, checked as the issue says. Each dataset skips with a note when absent.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { creditCodeProblem } from "../../src/identifiers/credit-code.js";
import { isLawName } from "../../src/spreadsheet/legal-basis-cell.js";
import { latestMajor } from "../../src/schema/majors.js";
import { jsonReport, runCli } from "../helpers/cli.js";
import { hasRealData, readRealJson, realFile } from "../helpers/realdata.js";
import { scratchDir } from "../helpers/scratch.js";

const dir = scratchDir("zwfw-one-command-");
const out = (name: string) => path.join(dir, name);

/** Runs `zwfw import` on a dataset's file and returns the report and the catalogue written. */
function importOnce(dataset: string, file: string, args: string[]) {
  const result = runCli(["import", realFile(dataset, file), ...args, "-o", out(`${dataset}.json`), "--report", "json"]);
  expect(result.code, result.stderr).toBeLessThan(2);
  return { report: jsonReport(result), catalogue: JSON.parse(fs.readFileSync(out(`${dataset}.json`), "utf8")) };
}

describe.skipIf(!hasRealData("guangxi-lingshan", "lingshan-audit-items.json"))("one command: 灵山县 AUDIT_* records", () => {
  it("imports into v2 with every mapped value equal to its source, the layout detected", () => {
    const { catalogue } = importOnce("guangxi-lingshan", "lingshan-audit-items.json", ["--crosswalk", "guangxi-time-unit", "--region", "450721000000", "--publisher", "灵山县行政审批局", "--force"]);
    const records: any[] = readRealJson("guangxi-lingshan", "lingshan-audit-items.json").samples.flatMap((s: any) => s.records);
    expect(catalogue.schemaVersion).toBe(latestMajor.schemaVersion);
    expect(catalogue.items).toHaveLength(records.length);
    catalogue.items.forEach((item: any, i: number) => {
      const source = records[i].AUDIT_ITEM;
      expect([item.implementationCode, item.basicCode, item.name, item.agency.name, item.itemVersion, item.timeLimit.promised.value]).toEqual(
        [source.task_code, source.catalog_code, source.task_name, source.dept_name, Number(source.task_version), Number(source.promise_day)]);
      expect(item.materials.map((m: any) => m.name)).toEqual(records[i].AUDIT_MATERIAL.map((m: any) => m.material_name));
      expect((item.faqs ?? []).map((q: any) => q.question)).toEqual(records[i].AUDIT_QA.map((q: any) => q.question));
    });
  });
});

describe.skipIf(!hasRealData("liaoning-catalogue", "government_data.json"))("one command: the Liaoning basic catalogue", () => {
  it("keeps every basic code and level, and no citation's law name is an article", () => {
    const { report, catalogue } = importOnce("liaoning-catalogue", "government_data.json", ["--region", "210000000000", "--publisher", "辽宁省人民政府"]);
    const records: any[] = readRealJson("liaoning-catalogue", "government_data.json");
    expect(report.summary.errors).toBe(0);
    // The template layout's major follows its own --schema option (the spreadsheet layer), not this test.
    expect(catalogue.items.map((i: any) => [i.basicCode, i.levels])).toEqual(records.map((r) => [r.职权编码, r.实施层级.split(",")]));
    const citations = catalogue.items.flatMap((i: any) => i.legalBasis ?? []);
    expect(citations.length).toBeGreaterThan(0);
    expect(citations.filter((c: any) => !isLawName(c.lawName))).toEqual([]);
  });
});

describe.skipIf(!hasRealData("jinan-huaiyin-guide", "workguide-list.json"))("one command: the 济南 guide list", () => {
  it("imports its items with their materials; what a guide lacks is info, its unreadable values are errors", () => {
    const { report, catalogue } = importOnce("jinan-huaiyin-guide", "workguide-list.json", ["--region", "370104010000", "--publisher", "济南市槐荫区张庄路街道办事处", "--force"]);
    const guides: any[] = readRealJson("jinan-huaiyin-guide", "workguide-list.json").content;
    expect(catalogue.schemaVersion).toBe(latestMajor.schemaVersion);
    expect(catalogue.items.map((i: any) => [i.name, i.agency.name, i.materials.map((m: any) => [m.name, m.necessity, m.note])])).toEqual(
      guides.map((g) => [g.name, "济南市槐荫区张庄路街道办事处", g.auditMaterials.map((m: any) => [m.name.trim(), m.required ? "required" : "optional", m.memo.trim()])]));
    expect(catalogue.items[0].implementationBasis[0].lawName).toMatch(/^《中共中央办公厅 国务院办公厅关于转发/);
    expect(report.issues.filter((i: any) => i.rule === "schema")).toEqual([]);
    expect(report.issues.filter((i: any) => i.rule === "element-missing").every((i: any) => i.severity === "info")).toBe(true);
    // Per item: 实施层级 "镇（街道）级", 承诺办结时限 "1个工作日内", 办理形式 "只跑一次" and 通办范围 "本辖区范围内" (no code says it).
    const errors = report.issues.filter((i: any) => i.severity === "error");
    expect(errors.map((i: any) => i.rule)).toEqual(Array(12).fill("cell-unreadable"));
    expect(errors.map((i: any) => i.path.replace(/^\/items\/\d+/, ""))).toEqual(Array(3).fill(["/level", "/timeLimit/promised/value", "/handlingForms", "/crossRegionScope"]).flat());
  });
});

describe.skipIf(!hasRealData("guangan-index", "bszl-data.js"))("one command: the 广安区 guide index (a script)", () => {
  it("imports as a draft: its credit-code faults are the errors, what an index lacks is one info per item", () => {
    const { report, catalogue } = importOnce("guangan-index", "bszl-data.js", ["--region", "511602000000", "--publisher", "广安市广安区人民政府", "--force"]);
    expect(catalogue.schemaVersion).toBe(latestMajor.schemaVersion);
    expect(catalogue.items).toHaveLength(1135);
    const faulty = catalogue.items.flatMap((item: any, i: number) => (creditCodeProblem(item.agency.creditCode) === undefined ? [] : [`/items/${i}/agency/creditCode`]));
    const errors = report.issues.filter((i: any) => i.severity === "error");
    expect(errors.map((e: any) => e.path)).toEqual(faulty);
    expect([errors.filter((e: any) => e.rule === "schema").length, errors.filter((e: any) => e.rule === "credit-code-checksum").length]).toEqual([146, 7]);
    expect(report.issues.filter((i: any) => i.rule === "element-missing" && i.severity === "info")).toHaveLength(1135);
    expect(catalogue.items[0]).toMatchObject({ name: "企业投资项目备案（技术改造）（市级/县级）", localBasicCode: "511Z07001006", agency: { name: "区经信局", creditCode: "11511301008778183N" } });
  });
});
