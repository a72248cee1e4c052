/**
 * The version seam: validate() picks the major from a catalogue's schemaVersion (1.x → v1, 2.x → v2),
 * each major's entry accepts only its own documents, and items (which carry no schemaVersion) are
 * read as the newest major that accepts them unless a schemaVersion pins one.
 */
import { describe, expect, it } from "vitest";
import { validate } from "../../src/index.js";
import { majorOf, majors } from "../../src/schema/majors.js";
import { validate as validateV1 } from "../../src/v1.js";
import { validate as validateV2, SCHEMA_VERSION as V2_VERSION } from "../../src/v2.js";
import { SCHEMA_VERSION as ROOT_VERSION } from "../../src/index.js";
import { readJson } from "../helpers/examples.js";

const v1Doc = () => readJson("test/fixtures/v1/catalogue/valid/full-implementation.json");
const v2Doc = () => readJson("test/fixtures/v2/catalogue/valid/full-implementation.json");
const compact = (issues: { rule: string; severity: string; path: string; keyword?: string }[]) =>
  issues.map((i) => ({ rule: i.rule, severity: i.severity, path: i.path, keyword: i.keyword }));

describe("majorOf", () => {
  it("maps any minor of a major to it, and a broken version to the major it starts with", () => {
    expect(majors.map((m) => m.id)).toEqual(["v1", "v2"]);
    expect(majorOf("1.0")?.id).toBe("v1");
    expect(majorOf("1.7")?.id).toBe("v1");
    expect(majorOf("2.0")?.id).toBe("v2");
    expect(majorOf("2.13")?.id).toBe("v2");
    expect(majorOf("1.0.0")?.id).toBe("v1");
    expect(majorOf("01.0")?.id).toBe("v1");
  });

  it("near misses: no major for 3.0, text or a number", () => {
    for (const value of ["3.0", "v2", "", 2, undefined, null]) expect(majorOf(value)).toBeUndefined();
  });
});

describe("validate() across majors", () => {
  it("the root entry takes a clean document of either major clean", () => {
    expect(validate(v1Doc()).issues).toEqual([]);
    expect(validate(v2Doc()).issues).toEqual([]);
    expect(ROOT_VERSION).toBe(V2_VERSION);
    expect(V2_VERSION).toBe("2.0");
  });

  it("a v1 document keeps v1's reading: the combined 办结时限说明 is valid in 1.0 and an unknown property in 2.0", () => {
    const doc = v1Doc();
    expect(doc.items[0].timeLimit.note).toBeDefined();
    expect(validate(doc).ok).toBe(true);
    doc.schemaVersion = "2.0";
    expect(compact(validate(doc, { locale: "en" }).issues).filter((i) => i.keyword === "additionalProperties")).toContainEqual({ rule: "schema", severity: "error", path: "/items/0/timeLimit", keyword: "additionalProperties" });
  });

  it("each major's entry accepts only its own major: the other's schemaVersion fails its pattern", () => {
    expect(validateV2(v2Doc()).ok).toBe(true);
    expect(validateV1(v1Doc()).ok).toBe(true);
    expect(compact(validateV1(v2Doc(), { locale: "en" }).issues).filter((i) => i.path === "/schemaVersion")).toEqual([{ rule: "schema", severity: "error", path: "/schemaVersion", keyword: "pattern" }]);
    expect(compact(validateV2(v1Doc(), { locale: "en" }).issues).filter((i) => i.path === "/schemaVersion")).toEqual([{ rule: "schema", severity: "error", path: "/schemaVersion", keyword: "pattern" }]);
  });

  it("an unknown schemaVersion is reported by the newest major's pattern", () => {
    const doc = v2Doc();
    doc.schemaVersion = "3.0";
    expect(compact(validate(doc, { locale: "en" }).issues)).toEqual([{ rule: "schema", severity: "error", path: "/schemaVersion", keyword: "pattern" }]);
  });

  it("items: read as the newest major that accepts them; schemaVersion pins a major", () => {
    const v1Item = v1Doc().items[0];
    const v2Item = v2Doc().items[0];
    expect(validate(v1Item, { as: "implementation-item" }).ok).toBe(true);
    expect(validate(v2Item, { as: "implementation-item" }).ok).toBe(true);
    expect(validate(v1Item, { as: "implementation-item", schemaVersion: "1.0" }).ok).toBe(true);
    const pinned = validate(v2Item, { as: "implementation-item", schemaVersion: "1.0", locale: "en" });
    expect(pinned.ok).toBe(false);
    expect(pinned.issues.every((i) => i.keyword === "additionalProperties")).toBe(true);
    // Near miss: an item that no major accepts gets the newest major's errors (here: v1's note is unknown to v2).
    const broken = { ...v1Item, name: "" };
    expect(compact(validate(broken, { as: "implementation-item", locale: "en" }).issues)).toEqual([
      { rule: "schema", severity: "error", path: "/name", keyword: "minLength" },
      { rule: "schema", severity: "error", path: "/timeLimit", keyword: "additionalProperties" },
    ]);
  });
});
