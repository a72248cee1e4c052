/** The national exchange layout both ways: export then import gives the same items; versions; the AUDIT_* form. */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { importNational, nationalFromCatalogue } from "../../src/national/index.js";
import { readJson } from "../helpers/examples.js";

const EXAMPLES = fs.readdirSync("examples").filter((f) => /^\d.*\.json$/.test(f)).map((f) => `examples/${f}`);

/** The import options that give a catalogue's header back (the layout has no header of its own, nor a version: the examples are v1). */
const headerOf = (c: any) => ({ schema: "v1", kind: c.kind, region: c.region.code, level: c.region.level, publisher: c.publisher.name, ...(c.publisher.creditCode ? { publisherCreditCode: c.publisher.creditCode } : {}) });

describe("export --to national, then import --from national", () => {
  it.each(EXAMPLES)("%s: the same items, no error", (file) => {
    const original = readJson(file);
    const records = JSON.parse(JSON.stringify(nationalFromCatalogue(original)));
    const { catalogue, report } = importNational(records, headerOf(original));
    expect(catalogue.items).toEqual(original.items);
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("writes the national column names and codes as codes", () => {
    const [record] = nationalFromCatalogue(readJson("examples/4-county-gusu.json"));
    expect(record).toMatchObject({ task_code: expect.any(String), catalog_code: "000123018000", task_type: "01", use_level: "3,4", is_fee: "0", dept_type: expect.any(String) });
    expect(record!.materials[0]).toHaveProperty("material_name");
    expect(record!.by_laws[0]).toHaveProperty("law_name");
  });

  it("keeps CJK text longer than a chunk whole", () => {
    const original = readJson("examples/4-county-gusu.json");
    original.items[0].acceptanceConditions = "水利工程".repeat(20000);
    const { catalogue } = importNational(JSON.parse(JSON.stringify(nationalFromCatalogue(original))), headerOf(original));
    expect((catalogue.items as any[])[0].acceptanceConditions).toBe(original.items[0].acceptanceConditions);
  });
});

describe("versions and the AUDIT_* form", () => {
  const record = (version: number, name: string, extra = {}) => ({
    AUDIT_ITEM: { task_code: "11320508MB1H3K5E5P4000123018000", catalog_code: "000123018000", task_name: name, task_type: "01", use_level: "4", task_version: version, ...extra },
    AUDIT_ITEM_EXTEND: [{ result_name: "卫生许可证", extra_flag: "1" }],
    AUDIT_MATERIAL: [{ material_name: "申请书", is_need: "1", ordernum: 1 }],
    AUDIT_QA: [{ question: "问", answer: "答" }],
  });

  it("imports each version as an item; the same code in other versions is history (info), not a duplicate", () => {
    const { catalogue, report } = importNational({ samples: [{ records: [record(7, "旧名"), record(8, "新名")] }] }, { region: "320508000000", publisher: "某局" });
    expect((catalogue.items as any[]).map((i) => [i.name, i.extensions.task_version])).toEqual([["旧名", 7], ["新名", 8]]);
    const history = report.issues.filter((i) => i.rule === "item-version-history");
    expect(history).toEqual([expect.objectContaining({ severity: "info", path: "/items/1/implementationCode" })]);
    expect(history[0]!.message).toContain("第 8 版");
    expect(report.issues.filter((i) => i.rule === "duplicate-item")).toEqual([]);
  });

  it("--latest keeps the newest version only; the same version twice stays a duplicate (near miss)", () => {
    const latest = importNational([record(8, "新名"), record(7, "旧名")], { region: "320508000000", publisher: "某局", latest: true });
    expect((latest.catalogue.items as any[]).map((i) => i.name)).toEqual(["新名"]);
    const twice = importNational([record(8, "甲"), record(8, "乙")], { region: "320508000000", publisher: "某局" });
    expect(twice.report.issues.filter((i) => i.rule === "duplicate-item")).toHaveLength(1);
  });

  it("maps the basic, extension and material tables; keeps the rest under extensions and reports each column once", () => {
    const { catalogue, report } = importNational([record(1, "甲"), record(2, "甲")], { region: "320508000000", publisher: "某局" });
    const item = (catalogue.items as any[])[0];
    expect([item.name, item.result.name, item.materials[0]]).toEqual(["甲", "卫生许可证", { name: "申请书", necessity: "required" }]);
    expect(item.extensions).toMatchObject({ extra_flag: "1", AUDIT_QA: [{ question: "问", answer: "答" }], 申请材料: [{ ordernum: 1 }] });
    const kept = report.issues.filter((i) => i.rule === "column-extension").map((i) => i.message.match(/列“([^”]+)”/)![1]);
    expect(kept.sort()).toEqual(["AUDIT_QA", "extra_flag", "ordernum", "task_version"]);
  });

  it("refuses a document without records", () => {
    expect(() => importNational({ items: [] })).toThrow(TypeError);
  });
});
