/** The national exchange layout both ways: export then import gives the same items; versions; the AUDIT_* form. */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { importNational, nationalFromCatalogue } from "../../src/national/index.js";
import { readJson } from "../helpers/examples.js";
import { migrate } from "../../src/migrate/index.js";
import { latestMajor, majorOfDocument } from "../../src/schema/majors.js";
import { validate } from "../../src/validate/validate.js";

const EXAMPLES = fs.readdirSync("examples").filter((f) => /^\d.*\.json$/.test(f)).map((f) => `examples/${f}`);

/** A catalogue in the newest major (what import produces). */
const newest = (c: any): any => migrate(c, { from: majorOfDocument(c)!.id, to: latestMajor.id });

/** The import options that give a catalogue's header back (the layout has no header of its own). */
const headerOf = (c: any) => ({ kind: c.kind, region: c.region.code, level: c.region.level, publisher: c.publisher.name, ...(c.publisher.creditCode ? { publisherCreditCode: c.publisher.creditCode } : {}) });

describe("export --to national, then import --from national", () => {
  it.each(EXAMPLES)("%s: the same items, no error", (file) => {
    const original = readJson(file);
    const records = JSON.parse(JSON.stringify(nationalFromCatalogue(original)));
    const { catalogue, report } = importNational(records, headerOf(original));
    expect(catalogue.schemaVersion).toBe(latestMajor.schemaVersion);
    expect(catalogue.items).toEqual(newest(original).items);
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("a catalogue using the newest major's places (事项版本, 事项状态, 网办 flags, 常见问题, 特别程序, 免提交 …) comes back identical", () => {
    const original = newest(readJson("examples/4-county-gusu.json"));
    const item = original.items[0];
    Object.assign(item, {
      itemVersion: 3, state: "suspended", exerciseContent: "行使内容", authorityDivision: "权限划分",
      online: true, onlineUrl: "https://example.gov.cn/a", mobileUrl: "https://m.example.gov.cn/a", appointment: false,
      onlinePayment: true, expressDelivery: false, selfServiceTerminal: true, serviceHall: true,
      topics: { naturalPerson: ["010", "020"], legalPerson: ["040"] },
      faqs: [{ question: "多久办结？", answer: "五个工作日。" }],
      specialProcedures: [
        { kind: "2", name: "专家评审", timeLimit: { value: 15, unit: "working_day" }, countsTowardTimeLimit: false, basis: "《某某办法》第八条" },
        { kind: "1", name: "延长审批" },
      ],
    });
    item.timeLimit.statutoryNote = "不含公示时间";
    Object.assign(item.materials[0], { originalCopies: 1, photocopies: 2, sourceNote: "申请人自备", acceptanceStandard: "加盖公章", remark: "备注", exemptible: true });
    expect(validate(original).issues.filter((i) => i.severity === "error")).toEqual([]);
    const [record] = JSON.parse(JSON.stringify(nationalFromCatalogue(original)));
    expect(record).toMatchObject({ task_version: 3, task_state: "suspended", is_online: "1", theme_natural_type: "010,020", AUDIT_QA: [{ question: "多久办结？", answer: "五个工作日。" }] });
    expect(record.AUDIT_ITEM_SPECIAL[0]).toEqual({ special_name: "专家评审", special_type: "2", special_date: 15, special_date_type: "working_day", special_in_limit: "0", special_desc: "《某某办法》第八条" });
    expect(record.materials[0]).toMatchObject({ original_amount: 1, copy_amount: 2, is_jzbm: "1" });
    const { catalogue, report } = importNational([record, ...nationalFromCatalogue(original).slice(1)], headerOf(original));
    expect(catalogue.items).toEqual(original.items);
    expect(report.issues.filter((i) => i.rule === "column-extension")).toEqual([]);
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
    expect((catalogue.items as any[]).map((i) => [i.name, i.itemVersion])).toEqual([["旧名", 7], ["新名", 8]]);
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
    expect([item.name, item.itemVersion, item.result.name, item.materials[0], item.faqs]).toEqual(["甲", 1, "卫生许可证", { name: "申请书", necessity: "required" }, [{ question: "问", answer: "答" }]]);
    expect(item.extensions).toEqual({ extra_flag: "1", 申请材料: [{ ordernum: 1 }], 原值: { "materials/0/necessity": "1" } });
    const kept = report.issues.filter((i) => i.rule === "column-extension").map((i) => i.message.match(/列“([^”]+)”：?|列“([^”]+)”/)![1]);
    expect(kept.sort()).toEqual(["extra_flag", "ordernum"]);
  });

  it("a table row with more than its element keeps the rest beside it; a flag or state it cannot read stays under extensions (near misses)", () => {
    const qa = { question: "问", answer: "答", missex: "无" };
    const { catalogue, report } = importNational([{ ...record(1, "甲", { task_state: "9", is_online: "也许" }), AUDIT_QA: [qa] }], { region: "320508000000", publisher: "某局" });
    const item = (catalogue.items as any[])[0];
    expect([item.state, item.online, item.faqs]).toEqual([undefined, undefined, [{ question: "问", answer: "答" }]]);
    expect(item.extensions).toMatchObject({ task_state: "9", is_online: "也许", AUDIT_QA: [{ missex: "无" }] });
    const kept = report.issues.filter((i) => i.rule === "column-extension").map((i) => i.message.match(/列“([^”]+)”/)![1]);
    expect(kept.sort()).toEqual(["AUDIT_QA", "extra_flag", "is_online", "ordernum", "task_state"]);
    const back = importNational(nationalFromCatalogue(catalogue), { region: "320508000000", publisher: "某局" }).catalogue;
    expect(back.items).toEqual(catalogue.items);
  });

  it("refuses a document without records", () => {
    expect(() => importNational({ items: [] })).toThrow(TypeError);
  });
});
