/**
 * The reform figures at their edges: what each figure counts and what it leaves out (a near miss per
 * filter), the percentage change's rounding and sign, and which document's major decides.
 */
import { describe, expect, it } from "vitest";
import { diffCatalogues, percentChange } from "../../src/diff/index.js";

const v2 = (items: unknown[]) => ({ schemaVersion: "2.0", kind: "implementation", items });
const item = (code: string, extra: Record<string, unknown> = {}) => ({ implementationCode: code, ...extra });
/** The figures of a list, read from a diff of the list against itself (before = after). */
const figures = (items: unknown[]) => Object.fromEntries(Object.entries(diffCatalogues(v2(items), v2(items)).metrics.all).map(([k, m]) => [k, m.before]));

describe("percentChange", () => {
  it("is relative to before, rounded to one decimal", () => {
    expect(percentChange(3, 4)).toBe(33.3);
    expect(percentChange(3, 2)).toBe(-33.3);
    expect(percentChange(8, 9)).toBe(12.5);
  });
  it("a decrease too small to show is 0, not -0", () => {
    expect(Object.is(percentChange(100_000, 99_999), 0)).toBe(true);
  });
  it("is null when before is 0 or either side unknown", () => {
    expect(percentChange(0, 5)).toBeNull();
    expect(percentChange(null, 5)).toBeNull();
    expect(percentChange(5, null)).toBeNull();
  });
});

describe("what each figure counts", () => {
  it("working days: promises in working days with a number only", () => {
    expect(figures([
      item("A", { timeLimit: { promised: { value: 4, unit: "working_day" } } }),
      item("B", { timeLimit: { promised: { value: 6, unit: "working_day" } } }),
      item("C", { timeLimit: { promised: { value: 7, unit: "natural_day" } } }),
      item("D", { timeLimit: { promised: { value: "8", unit: "working_day" } } }),
      item("E"),
    ])).toMatchObject({ items: 5, promisedWorkingDays: 10, averagePromisedWorkingDays: 5 });
    expect(figures([item("A")])).toMatchObject({ promisedWorkingDays: 0, averagePromisedWorkingDays: null });
  });
  it("averages keep two decimals", () => {
    const days = (code: string, value: number) => item(code, { timeLimit: { promised: { value, unit: "working_day" } } });
    expect(figures([days("A", 1), days("B", 1), days("C", 2)])).toMatchObject({ averagePromisedWorkingDays: 1.33 });
  });
  it("required materials: necessity required only; the exemptible share of all materials", () => {
    const m = (necessity: string, exemptible?: unknown) => ({ necessity, ...(exemptible === undefined ? {} : { exemptible }) });
    expect(figures([item("A", { materials: [m("required", true), m("optional", true), m("required", "true"), m("deferrable")] }), item("B", { materials: "none" })]))
      .toMatchObject({ requiredMaterials: 2, exemptMaterialShare: 50 });
  });
  it("zero visits, depth 4, capabilities, online services and fees", () => {
    expect(figures([
      item("A", { visits: 0, onlineDepth: 4, onlineCapabilities: ["1", "2"], online: true, appointment: true, fees: { items: [{}, {}] } }),
      item("B", { visits: "0", onlineDepth: 3, onlineCapabilities: "1", online: "true", fees: { items: "x" } }),
    ])).toMatchObject({ zeroVisitItems: 1, onlineDepth4Items: 1, onlineCapabilities: 2, onlineServicesOn: 2, feeItems: 2 });
  });
});

describe("the major of the figures", () => {
  it("the old document's, else the new one's, else the newest", () => {
    const na = { before: null, after: null, change: null, notApplicable: true };
    const undated = { kind: "implementation", items: [] };
    expect(diffCatalogues(undated, { ...undated, schemaVersion: "1.0" }).metrics.all.onlineCapabilities).toEqual(na);
    expect(diffCatalogues({ ...undated, schemaVersion: "1.0" }, undated).metrics.all.onlineCapabilities).toEqual(na);
    expect(diffCatalogues(undated, undated).metrics.all.onlineCapabilities).toEqual({ before: 0, after: 0, change: null });
  });
});
