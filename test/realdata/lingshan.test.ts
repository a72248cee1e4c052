/** The 灵山县 records of a Guangxi item API (AUDIT_* form under samples[].records) import through the national layout. */
import { describe, expect, it } from "vitest";
import { NATIONAL_COLUMNS } from "../../src/national/columns.js";
import { importNational, nationalFromCatalogue } from "../../src/national/index.js";
import { latestMajor } from "../../src/schema/majors.js";
import { hasRealData, readRealJson } from "../helpers/realdata.js";

const DATASET = "guangxi-lingshan";
const FILE = "lingshan-audit-items.json";
const OPTIONS = { region: "450721000000", publisher: "灵山县行政审批局", crosswalks: ["guangxi-time-unit"] };

/** A value at a property path. */
const at = (record: any, path: string) => path.split("/").reduce((node, key) => node?.[key], record);

describe.skipIf(!hasRealData(DATASET, FILE))("real data: 灵山县 AUDIT_* records", () => {
  const document = hasRealData(DATASET, FILE) ? readRealJson(DATASET, FILE) : { samples: [] };
  const records: any[] = document.samples.flatMap((s: any) => s.records);

  it("every record is an item, and every mapped text and number equals its source", () => {
    const { catalogue } = importNational(document, OPTIONS);
    const items = catalogue.items as any[];
    expect(items).toHaveLength(records.length);
    const text = ["task_code", "catalog_code", "task_name", "dept_name", "dept_code", "transact_addr", "transact_time", "link_way", "supervise_way"];
    items.forEach((item, i) => {
      const source = { ...records[i].AUDIT_ITEM, ...records[i].AUDIT_ITEM_WINDOW[0] };
      for (const column of text) if (source[column]) expect(at(item, NATIONAL_COLUMNS.items![column]!), column).toBe(String(source[column]));
      expect([item.timeLimit.statutory.value, item.timeLimit.promised.value, item.visits]).toEqual([source.anticipate_day, source.promise_day, source.limit_scene_num].map(Number));
      expect(item.handlingItemCode ?? "").toBe(source.ywcode ?? "");
      expect(item.materials.map((m: any) => m.name)).toEqual(records[i].AUDIT_MATERIAL.map((m: any) => m.material_name));
      expect(item.legalBasis.map((c: any) => c.lawName)).toEqual(records[i].AUDIT_ITEM_BYLAW.map((b: any) => b.law_name));
      expect(item.itemVersion).toBe(Number(source.task_version));
    });
  });

  it("imports into the newest major, each v2 place filled from its column and equal to its source", () => {
    const { catalogue } = importNational(document, OPTIONS);
    expect(catalogue.schemaVersion).toBe(latestMajor.schemaVersion);
    const items = catalogue.items as any[];
    const flag = (v: unknown) => (v === undefined || v === "" ? undefined : v === "1");
    items.forEach((item, i) => {
      const extend = records[i].AUDIT_ITEM_EXTEND;
      const source = { ...records[i].AUDIT_ITEM, ...(Array.isArray(extend) ? extend[0] : extend) };
      expect(item.state, "task_state").toBe(source.task_state === "1" ? "in_force" : undefined);
      expect([item.online, item.onlinePayment, item.expressDelivery, item.serviceHall, item.appointment, item.selfServiceTerminal]).toEqual(
        [source.is_online_handle, source.is_pay_online, source.is_express, source.is_entry_center, source.is_schedule, source.is_handle_machine].map(flag));
      expect(item.onlineUrl).toBe(source.handle_online_address || undefined);
      expect(item.exerciseContent).toBe(source.exercise_content || undefined);
      expect(item.timeLimit.statutoryNote).toBe(source.anticipate_day_explain || undefined);
      expect(item.faqs ?? []).toEqual(records[i].AUDIT_QA.map((q: any) => ({ question: q.question, answer: q.answer })));
      expect((item.specialProcedures ?? []).map((p: any) => [p.name, p.basis])).toEqual(records[i].AUDIT_ITEM_SPECIAL.map((p: any) => [p.special_name, p.special_desc]));
      item.materials.forEach((m: any, j: number) => {
        const row = records[i].AUDIT_MATERIAL[j];
        expect([m.originalCopies, m.photocopies, m.sourceNote, m.remark, m.exemptible]).toEqual([row.original_amount, row.copy_amount, row.source_explain || undefined, row.remark || undefined, flag(row.is_jzbm)]);
      });
      // Nothing dropped: what has no place stays under extensions (a QA row's other columns beside it).
      expect(item.extensions.AUDIT_ITEM_WINDOW).toEqual(records[i].AUDIT_ITEM_WINDOW);
      if (records[i].AUDIT_QA.length > 0) expect(item.extensions.AUDIT_QA.map((q: any) => q.ordernum)).toEqual(records[i].AUDIT_QA.map((q: any) => q.ordernum));
    });
  });

  it("export --to national then import gives the same catalogue", () => {
    const { catalogue } = importNational(document, OPTIONS);
    const back = importNational(JSON.parse(JSON.stringify(nationalFromCatalogue(catalogue))), { ...OPTIONS, crosswalks: [] });
    expect(back.catalogue.items).toEqual(catalogue.items);
  });

  it("codes go through the crosswalks: the Guangxi time unit, the national result type, 10/20/99 material sources", () => {
    const { catalogue, report } = importNational(document, OPTIONS);
    const items = catalogue.items as any[];
    expect(items.every((i) => i.timeLimit.promised.unit === "working_day")).toBe(true);
    expect(items[0].result.type).toBe("approval");
    expect(items[0].materials[0]).toMatchObject({ necessity: "required", source: "applicant" });
    expect(items[0].extensions.原值).toMatchObject({ "timeLimit/promised/unit": "1", "result/type": "20" });
    expect(report.issues.filter((i) => i.rule === "crosswalk-applied").length).toBeGreaterThanOrEqual(4);
  });

  it("without --crosswalk the time unit is not guessed: one code-ambiguous error per cell", () => {
    const { report } = importNational(document, { ...OPTIONS, crosswalks: [] });
    const ambiguous = report.issues.filter((i) => i.rule === "code-ambiguous");
    expect(ambiguous).toHaveLength(records.length * 2);
    expect(ambiguous.every((i) => i.severity === "error" && /timeLimit\/(statutory|promised)\/unit$/.test(i.path))).toBe(true);
  });

  it("the versions of one item are history (info), the whole item beside its 业务办理项 is no duplicate, and --latest keeps the newest", () => {
    const { report } = importNational(document, OPTIONS);
    expect(report.issues.filter((i) => i.rule === "duplicate-item")).toEqual([]);
    expect(report.issues.filter((i) => i.rule === "item-version-history").length).toBeGreaterThan(0);
    const latest = importNational(document, { ...OPTIONS, latest: true }).catalogue.items as any[];
    const keys = latest.map((i) => `${i.implementationCode} ${i.handlingItemCode ?? ""}`);
    expect(new Set(keys).size).toBe(keys.length);
    const whole = latest.filter((i) => i.implementationCode === "11450721MB155808114000141005000");
    expect(whole.map((i) => [i.handlingItemCode ?? "", i.itemVersion]).sort()).toEqual([
      ["", 16], ["11450721MB15580811400014100500001", 8], ["11450721MB15580811400014100500002", 8],
    ]);
  });
});
