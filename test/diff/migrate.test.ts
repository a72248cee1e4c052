/** migrate(): identity within a major, chains of registered steps, and clear errors for unknown pairs. */
import { describe, expect, it } from "vitest";
import { migrate, MigrationError, migrationSteps, type MigrationStep } from "../../src/migrate/index.js";
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

  it("ships no migration steps while v1 is the only major", () => {
    expect(migrationSteps).toEqual([]);
  });

  it("an unknown version or a pair without steps is a MigrationError naming it", () => {
    expect(() => migrate({}, { from: "v1", to: "v2" })).toThrow(MigrationError);
    expect(() => migrate({}, { from: "v1", to: "v2" })).toThrow(/unknown schema version "v2"/);
    expect(() => migrate({}, { from: "v0", to: "v1" })).toThrow(/unknown schema version "v0"/);
    expect(() => migrate({}, { from: "v2", to: "v1", steps: [step("v1", "v2")] })).toThrow(/no migration from v2 to v1/);
  });

  it("chains registered steps in order, without touching the input", () => {
    const steps = [step("v2", "v3"), step("v1", "v2")];
    const doc = { schemaVersion: "1.0" };
    expect(migrate(doc, { from: "v1", to: "v3", steps })).toEqual({ schemaVersion: "3.0", trail: ["v2", "v3"] });
    expect(doc).toEqual({ schemaVersion: "1.0" });
  });
});
