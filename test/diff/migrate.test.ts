/** migrate(): identity within a major, chains of registered steps, and clear errors for unknown pairs. */
import { describe, expect, it } from "vitest";
import { migrate, MigrationError, migrationSteps, type MigrationStep } from "../../src/migrate/index.js";
import fc from "fast-check";
import { validate } from "../../src/index.js";
import { readJson } from "../helpers/examples.js";

/** Test-only steps of a pretend v2 and v3: each records itself in the document. */
const step = (from: string, to: string): MigrationStep => ({
  from, to, description: `${from} → ${to}`,
  migrate: (doc) => ({ ...(doc as object), schemaVersion: `${to.slice(1)}.0`, trail: [...((doc as { trail?: string[] }).trail ?? []), to] }),
});

describe("migrate", () => {
  it("v1 → v1 is the identity, returning a copy", () => {
    const doc = readJson("examples/4-county-gusu.json");
    const out = migrate(doc, { from: "v1", to: "v1" });
    expect(out).toEqual(doc);
    expect(out).not.toBe(doc);
  });

  it("ships v1 → v2 and back", () => {
    expect(migrationSteps.map((s) => `${s.from}→${s.to}`)).toEqual(["v1→v2", "v2→v1"]);
  });

  it("an unknown version or a pair without steps is a MigrationError naming it", () => {
    expect(() => migrate({}, { from: "v1", to: "v9" })).toThrow(MigrationError);
    expect(() => migrate({}, { from: "v1", to: "v9" })).toThrow(/未知的标准版本"v9"/);
    expect(() => migrate({}, { from: "v0", to: "v1" })).toThrow(/未知的标准版本"v0"/);
    expect(() => migrate({}, { from: "v2", to: "v1", steps: [step("v1", "v2")] })).toThrow("没有从 v2 到 v1 的迁移");
  });

  it("chains registered steps in order, without touching the input", () => {
    const steps = [step("v2", "v3"), step("v1", "v2")];
    const doc = { schemaVersion: "1.0" };
    expect(migrate(doc, { from: "v1", to: "v3", steps })).toEqual({ schemaVersion: "3.0", trail: ["v2", "v3"] });
    expect(doc).toEqual({ schemaVersion: "1.0" });
  });
});

describe("migrate v1 ↔ v2", () => {
  const V1_FILES = ["test/fixtures/v1/catalogue/valid/full-implementation.json", "test/fixtures/v1/catalogue/valid/standard-list.json", "examples/4-county-gusu.json", "examples/1-province-basic.json"];

  it("a clean v1 document migrates to a clean v2 document, with 办结时限说明 as 承诺办结时限说明", () => {
    const doc = readJson(V1_FILES[0]!);
    const out = migrate(doc, { from: "v1", to: "v2" }) as typeof doc;
    expect(out.schemaVersion).toBe("2.0");
    expect(out.items[0].timeLimit).toEqual({ ...doc.items[0].timeLimit, note: undefined, promisedNote: doc.items[0].timeLimit.note });
    expect(Object.keys(out.items[0].timeLimit)).not.toContain("note");
    expect(validate(out).issues).toEqual([]);
  });

  it("v2 → v1 drops what v1 cannot hold and reports each dropped element", () => {
    const dropped: string[] = [];
    const out = migrate(readJson("test/fixtures/v2/catalogue/valid/full-implementation.json"), { from: "v2", to: "v1", onDropped: (p) => dropped.push(p) }) as { schemaVersion: string };
    expect(out.schemaVersion).toBe("1.0");
    expect(validate(out).issues).toEqual([]);
    expect(dropped).toEqual(expect.arrayContaining(["/items/0/situations", "/items/0/state", "/items/0/materials/1/exemptible", "/items/0/fees/basis", "/items/0/faqs"]));
    // Near miss: a v2 document with nothing v1 lacks drops nothing.
    const none: string[] = [];
    migrate(migrate(readJson(V1_FILES[0]!), { from: "v1", to: "v2" }), { from: "v2", to: "v1", onDropped: (p) => none.push(p) });
    expect(none).toEqual([]);
  });

  it("is lossless: v1 → v2 → v1 gives the original v1 document exactly (property, over generated v1 catalogues)", () => {
    const sources = V1_FILES.map((f) => readJson(f));
    const catalogue = fc.record({
      source: fc.constantFrom(...sources),
      pick: fc.array(fc.nat(), { maxLength: 6 }),
      notes: fc.array(fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: undefined }), { minLength: 6, maxLength: 6 }),
    }).map(({ source, pick, notes }) => {
      const doc = structuredClone(source);
      const items = source.items.length === 0 ? [] : pick.map((i, k) => {
        const item = structuredClone(source.items[i % source.items.length]);
        if (item.timeLimit) {
          if (notes[k] === undefined) delete item.timeLimit.note;
          else item.timeLimit.note = notes[k];
        }
        return item;
      });
      return { ...doc, items };
    });
    fc.assert(fc.property(catalogue, (doc) => {
      const there = migrate(doc, { from: "v1", to: "v2" });
      const dropped: string[] = [];
      const back = migrate(there, { from: "v2", to: "v1", onDropped: (p) => dropped.push(p) });
      expect(back).toEqual(doc);
      expect(JSON.stringify(back)).toBe(JSON.stringify(doc));
      expect(dropped).toEqual([]);
    }), { numRuns: 200 });
  });
});
