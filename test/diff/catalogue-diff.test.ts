/** diffCatalogues: exact summaries and reform metrics on hand-computed fixtures; order never matters. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CatalogueDiffError, diffCatalogues } from "../../src/diff/index.js";
import { readJson } from "../helpers/examples.js";

const material = (id: string, name: string, necessity = "required") => ({ id, name, necessity, medium: "paper" });
const fee = (name: string, amount: number) => ({ name, standard: `每件${amount}元`, basis: "价格文件", amount });
/** A minimal implementation item: only the fields the diff and the metrics read. */
function item(code: string, name: string, days: number, extra: Record<string, unknown> = {}) {
  return {
    implementationCode: code, name, timeLimit: { promised: { value: days, unit: "working_day" } },
    materials: [material("M1", "申请表"), material("M2", "身份证明"), material("M3", "承诺书", "optional")],
    fees: { charged: false, items: [] as unknown[] }, visits: 1, onlineDepth: 3, levels: ["3", "4"], ...extra,
  };
}
const catalogue = (items: any[]) => ({ kind: "implementation", items });
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

// Before: A 10 days, B 20 days (2 fees), C 5 calendar days (not counted in working days), D 0 days removed later.
const BEFORE = catalogue([
  item("A", "事项甲", 10),
  item("B", "事项乙", 20, { fees: { charged: true, items: [fee("工本费", 10), fee("检测费", 200)] } }),
  item("C", "事项丙", 5, { timeLimit: { promised: { value: 5, unit: "natural_day" } }, visits: 0 }),
  item("D", "事项丁", 0, { visits: 0, onlineDepth: 4 }),
]);
// After: A 10 → 4 days and drops 身份证明; B drops 检测费 and goes fully online; C unchanged; D cancelled; E new.
const AFTER = catalogue([
  item("A", "事项甲", 4, { materials: [material("M1", "申请表"), material("M3", "承诺书", "optional")] }),
  item("B", "事项乙", 20, { fees: { charged: true, items: [fee("工本费", 10)] }, visits: 0, onlineDepth: 4 }),
  clone(BEFORE.items[2]),
  item("E", "事项戊", 3, { visits: 0 }),
]);

describe("diffCatalogues on a hand-computed fixture", () => {
  // Computed in each test, not here: a mutation run attributes code to the test that runs it.
  const diff = () => diffCatalogues(BEFORE, AFTER);

  it("summarises added, removed, changed and unchanged items", () => {
    expect(diff().summary).toEqual({ added: 1, removed: 1, changed: 2, unchanged: 1 });
    expect(diff().added).toEqual([{ key: "E", name: "事项戊" }]);
    expect(diff().removed).toEqual([{ key: "D", name: "事项丁" }]);
  });

  it("lists each item's changes with paths into the new item (the old one for removals)", () => {
    expect(diff().changed).toEqual([
      { key: "A", name: "事项甲", changes: [
        { path: "/timeLimit/promised/value", kind: "changed", before: 10, after: 4 },
        { path: "/materials/1", kind: "removed", before: material("M2", "身份证明") },
      ] },
      { key: "B", name: "事项乙", changes: [
        { path: "/fees/items/1", kind: "removed", before: fee("检测费", 200) },
        { path: "/visits", kind: "changed", before: 1, after: 0 },
        { path: "/onlineDepth", kind: "changed", before: 3, after: 4 },
      ] },
    ]);
  });

  it("computes the reform metrics over all items", () => {
    // Working days before: A 10 + B 20 + D 0 = 30 over 3 items; after: A 4 + B 20 + E 3 = 27 over 3.
    // Required materials: 2 per item, A drops one. Zero visits: C, D → B, C, E. Depth 4: D → B. Fees: 2 → 1.
    expect(diff().metrics.all).toEqual({
      items: { before: 4, after: 4, change: 0 },
      promisedWorkingDays: { before: 30, after: 27, change: -10 },
      averagePromisedWorkingDays: { before: 10, after: 9, change: -10 },
      requiredMaterials: { before: 8, after: 7, change: -12.5 },
      // Undated documents are read as the newest major: no material is 免提交 and no capability is listed, so 0, not n/a.
      exemptMaterialShare: { before: 0, after: 0, change: null },
      zeroVisitItems: { before: 2, after: 3, change: 50 },
      onlineDepth4Items: { before: 1, after: 1, change: 0 },
      onlineCapabilities: { before: 0, after: 0, change: null },
      onlineServicesOn: { before: 0, after: 0, change: null },
      feeItems: { before: 2, after: 1, change: -50 },
    });
  });

  it("computes the same metrics over the items in both (A, B, C)", () => {
    // Working days: A 10 + B 20 = 30 → 4 + 20 = 24 (−20%); average 15 → 12. Depth 4: 0 → 1 (before is 0: null).
    expect(diff().metrics.matched).toEqual({
      items: { before: 3, after: 3, change: 0 },
      promisedWorkingDays: { before: 30, after: 24, change: -20 },
      averagePromisedWorkingDays: { before: 15, after: 12, change: -20 },
      requiredMaterials: { before: 6, after: 5, change: -16.7 },
      exemptMaterialShare: { before: 0, after: 0, change: null },
      zeroVisitItems: { before: 1, after: 2, change: 100 },
      onlineDepth4Items: { before: 0, after: 1, change: null },
      onlineCapabilities: { before: 0, after: 0, change: null },
      onlineServicesOn: { before: 0, after: 0, change: null },
      feeItems: { before: 2, after: 1, change: -50 },
    });
  });

  it("near miss: a catalogue against itself has no changes and 0% everywhere (null where before is 0)", () => {
    const same = diffCatalogues(BEFORE, clone(BEFORE));
    expect(same.summary).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 4 });
    expect(same.changed).toEqual([]);
    expect(Object.values(same.metrics.all).map((m) => m.change)).toEqual([0, 0, 0, 0, null, 0, 0, null, null, 0]);
  });

  it("matches materials by id before name, and by normalised name when ids are absent", () => {
    const noIds = (c: any) => ({ ...c, items: c.items.map((i: any) => ({ ...i, materials: i.materials.map(({ id: _id, ...m }: any) => m) })) });
    const renamed = clone(noIds(BEFORE));
    renamed.items[0].materials[0].name = " 申请表 ";
    renamed.items[0].materials[1].name = "身份证明（）";
    expect(diffCatalogues(noIds(BEFORE), renamed).summary.changed).toBe(1); // the names differ as text: the first item changed …
    expect(diffCatalogues(noIds(BEFORE), renamed).changed[0]!.changes.map((c) => c.kind)).toEqual(["changed", "changed"]); // … but matched, not removed + added
    const sameId = clone(BEFORE);
    sameId.items[0].materials[0].name = "申请书";
    expect(diffCatalogues(BEFORE, sameId).changed[0]!.changes).toEqual([{ path: "/materials/0/name", kind: "changed", before: "申请表", after: "申请书" }]);
  });

  it("keys implementation items by handlingItemCode when present, basic items by basicCode", () => {
    const handled = clone(BEFORE);
    handled.items[0].handlingItemCode = "A01";
    expect(diffCatalogues(BEFORE, handled).summary).toEqual({ added: 1, removed: 1, changed: 0, unchanged: 3 });
    const basic = { kind: "basic", items: [{ basicCode: "000123018000", name: "甲" }] };
    expect(diffCatalogues(basic, basic).summary.unchanged).toBe(1);
  });

  it("rejects what cannot be diffed with CatalogueDiffError", () => {
    expect(() => diffCatalogues({}, BEFORE)).toThrow(CatalogueDiffError);
    expect(() => diffCatalogues(catalogue([{ name: "无编码" }]), BEFORE)).toThrow("旧目录：/items/0 没有 implementationCode / basicCode");
    expect(() => diffCatalogues(catalogue([item("A", "甲", 1), item("A", "甲", 1)]), BEFORE)).toThrow("旧目录：/items/1 重复了编码 A");
    expect(() => diffCatalogues({ kind: "basic", items: [] }, BEFORE)).toThrow('不能比较 kind 为 "basic" 的目录与 kind 为 "implementation" 的目录');
  });
});

describe("order never matters", () => {
  /** A random permutation of a list, driven by fast-check. */
  const shuffled = <T>(list: T[], keys: number[]) => list.map((v, i) => [keys[i % keys.length]! + i / 1000, v] as const).sort((a, b) => a[0] - b[0]).map(([, v]) => v);
  const keysArb = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 12 });

  it("any permutation of items, materials, fees, levels and legal citations is no change", () => {
    const base = readJson("examples/county-gusu-batch-2.json");
    fc.assert(fc.property(keysArb, keysArb, (k1, k2) => {
      const permuted = clone(base);
      permuted.items = shuffled(permuted.items, k1).map((it: any) => ({
        ...it,
        materials: shuffled(it.materials, k2),
        fees: { ...it.fees, items: shuffled(it.fees.items, k1) },
        levels: shuffled(it.levels, k2),
        legalBasis: shuffled(it.legalBasis, k1),
      }));
      const diff = diffCatalogues(base, permuted);
      expect(diff.summary).toEqual({ added: 0, removed: 0, changed: 0, unchanged: base.items.length });
      expect(diffCatalogues(readJson("examples/county-gusu-batch-1.json"), permuted).metrics)
        .toEqual(diffCatalogues(readJson("examples/county-gusu-batch-1.json"), base).metrics);
    }), { numRuns: 50 });
  });

  it("near miss: reordering the process steps' content (not the list) is a change", () => {
    const base = readJson("examples/county-gusu-batch-2.json");
    const edited = clone(base);
    edited.items[0].process[0].timeLimit.value = 2;
    expect(diffCatalogues(base, edited).changed[0]!.changes).toEqual([{ path: "/process/0/timeLimit/value", kind: "changed", before: 1, after: 2 }]);
  });
});

describe("the v2 reform figures: 免提交率, 网上办理能力 and the 是否… online services", () => {
  const v2 = (items: any[]) => ({ schemaVersion: "2.0", kind: "implementation", items });
  const exempt = (id: string) => ({ ...material(id, `材料${id}`), exemptible: true, exemptionMode: "data_sharing", dataSourceDepartment: "市公安局" });
  // Before: X has 4 materials (M1 免提交; M3 says false), Y 1: 1 of 5 = 20%. Capabilities X 2. Flags on: X online, Y online = 2 (appointment false is off).
  const OLD = v2([
    { ...item("X", "事项X", 5), materials: [exempt("M1"), material("M2", "材料M2"), { ...material("M3", "材料M3"), exemptible: false }, material("M4", "材料M4")],
      onlineCapabilities: ["1", "2"], online: true, appointment: false },
    { ...item("Y", "事项Y", 5), materials: [material("M1", "材料M1")], online: true },
  ]);
  // After: X 2 of 4, Y 1 of 1, Z 0 of 3 (its "true" is a string: not counted) = 3 of 8 = 37.5%.
  // Capabilities X 4 + Y 1 = 5 (Z's depth 4 is not a capability). Flags on: X online, appointment, onlinePayment + Y online = 4 (Z online false).
  const NEW = v2([
    { ...item("X", "事项X", 5), materials: [exempt("M1"), exempt("M2"), { ...material("M3", "材料M3"), exemptible: false }, material("M4", "材料M4")],
      onlineCapabilities: ["1", "2", "3", "4"], online: true, appointment: true, onlinePayment: true },
    { ...item("Y", "事项Y", 5), materials: [exempt("M1")], onlineCapabilities: ["1"], online: true },
    { ...item("Z", "事项Z", 5), materials: [{ ...material("M1", "材料M1"), exemptible: "true" }, material("M2", "材料M2"), material("M3", "材料M3")],
      online: false, onlineDepth: 4 },
  ]);
  // Computed in each test, not here: a mutation run attributes code to the test that runs it.
  const diff = () => diffCatalogues(OLD, NEW);

  it("computes them over all items (hand-computed)", () => {
    expect(diff().metrics.all.exemptMaterialShare).toEqual({ before: 20, after: 37.5, change: 87.5 });
    expect(diff().metrics.all.onlineCapabilities).toEqual({ before: 2, after: 5, change: 150 });
    expect(diff().metrics.all.onlineServicesOn).toEqual({ before: 2, after: 4, change: 100 });
  });

  it("computes them over the items in both (X, Y)", () => {
    // Materials 1 of 5 → 3 of 5 = 20% → 60% (+200%); capabilities 2 → 5; flags 2 → 4.
    expect(diff().metrics.matched.exemptMaterialShare).toEqual({ before: 20, after: 60, change: 200 });
    expect(diff().metrics.matched.onlineCapabilities).toEqual({ before: 2, after: 5, change: 150 });
    expect(diff().metrics.matched.onlineServicesOn).toEqual({ before: 2, after: 4, change: 100 });
  });

  it("rounds the share to 1 decimal and computes its change from the unrounded shares", () => {
    // 1 of 3 = 33.33…% → 2 of 3 = 66.66…%: +100% exactly (from the rounded 33.3 → 66.7 it would be +100.3%).
    const one = v2([{ ...item("X", "事项X", 5), materials: [exempt("M1"), material("M2", "材料M2"), material("M3", "材料M3")] }]);
    const two = v2([{ ...item("X", "事项X", 5), materials: [exempt("M1"), exempt("M2"), material("M3", "材料M3")] }]);
    expect(diffCatalogues(one, two).metrics.all.exemptMaterialShare).toEqual({ before: 33.3, after: 66.7, change: 100 });
  });

  it("near miss: without materials the share is unknown (null), not 0; a capability listed twice counts once", () => {
    const bare = v2([{ ...item("X", "事项X", 5), materials: [], onlineCapabilities: ["1", "1"] }]);
    expect(diffCatalogues(bare, bare).metrics.all.exemptMaterialShare).toEqual({ before: null, after: null, change: null });
    expect(diffCatalogues(bare, bare).metrics.all.onlineCapabilities).toEqual({ before: 1, after: 1, change: 0 });
  });

  it("are not applicable (not 0) to v1 documents, even when they carry the v2 fields as stray data", () => {
    const v1 = (c: any) => ({ ...c, schemaVersion: "1.0" });
    const notApplicable = { before: null, after: null, change: null, notApplicable: true };
    const metrics = diffCatalogues(v1(OLD), v1(NEW)).metrics;
    for (const scope of [metrics.all, metrics.matched]) {
      expect(scope.exemptMaterialShare).toEqual(notApplicable);
      expect(scope.onlineCapabilities).toEqual(notApplicable);
      expect(scope.onlineServicesOn).toEqual(notApplicable);
    }
    expect(metrics.all.requiredMaterials).toEqual(diff().metrics.all.requiredMaterials);
  });
});

describe("the two Gusu batches in examples/", () => {
  // Computed in each test, not here: a mutation run attributes code to the test that runs it.
  const diff = () => diffCatalogues(readJson("examples/county-gusu-batch-1.json"), readJson("examples/county-gusu-batch-2.json"));

  it("show the cancelled, new and reformed items", () => {
    expect(diff().summary).toEqual({ added: 1, removed: 1, changed: 3, unchanged: 1 });
    expect(diff().added.map((i) => i.name)).toEqual(["优抚对象医疗保障"]);
    expect(diff().removed.map((i) => i.name)).toEqual(["机动车驾驶证补领"]);
    expect(diff().changed.map((i) => i.name)).toEqual(["饮用水供水单位卫生许可", "最低生活保障对象认定", "残疾人证新办"]);
  });

  it("show the reform figures of the items kept (hand-computed)", () => {
    // Working days kept: 5 + 15 + 0 = 20 → 3 + 10 + 0 = 13 (残疾人证新办 promises calendar days).
    expect(diff().metrics.matched.promisedWorkingDays).toEqual({ before: 20, after: 13, change: -35 });
    expect(diff().metrics.matched.averagePromisedWorkingDays).toEqual({ before: 6.67, after: 4.33, change: -35 });
    expect(diff().metrics.matched.requiredMaterials).toEqual({ before: 10, after: 8, change: -20 });
    expect(diff().metrics.all.feeItems).toEqual({ before: 1, after: 0, change: -100 });
  });

  it("are v1: 免提交率 and the online capabilities are not applicable", () => {
    expect(diff().metrics.all.exemptMaterialShare).toEqual({ before: null, after: null, change: null, notApplicable: true });
    expect(diff().metrics.matched.onlineServicesOn).toEqual({ before: null, after: null, change: null, notApplicable: true });
  });
});
