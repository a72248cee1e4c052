/** allOf/anyOf/oneOf in the schema diff: how old and new branches are paired, and when a new oneOf branch widens or may overlap. */
import { describe, expect, it } from "vitest";
import { diffSchemas } from "../../src/diff/index.js";

const en = { locale: "en" as const };
const str = (extra: Record<string, unknown> = {}) => ({ type: "string", ...extra });

describe("branches are paired by $ref, then by content, then in order", () => {
  it("reordered branches: no change", () => {
    expect(diffSchemas({ anyOf: [str(), { type: "integer" }, { type: "null" }] }, { anyOf: [{ type: "null" }, str(), { type: "integer" }] }, en).changes).toEqual([]);
  });

  it("a branch inserted in the middle is the one change", () => {
    expect(diffSchemas({ anyOf: [str(), { type: "null" }] }, { anyOf: [str(), { type: "boolean" }, { type: "null" }] }, en).changes).toEqual([
      { path: "/anyOf/1", change: "variant-added", backward: true, forward: false, message: "anyOf variant added" },
    ]);
  });

  it("a $ref branch keeps its partner when moved; the rest pair in order and show their own edit", () => {
    const defs = { $defs: { A: str({ maxLength: 9 }) } };
    const diff = diffSchemas({ ...defs, anyOf: [{ $ref: "#/$defs/A" }, str({ maxLength: 5 })] }, { ...defs, anyOf: [str({ maxLength: 3 }), { $ref: "#/$defs/A" }] }, en);
    expect(diff.changes).toEqual([{ path: "/anyOf/0/maxLength", change: "max-length-decreased", backward: false, forward: true, message: "maxLength lowered: 5 → 3" }]);
  });

  it("$ref branches swapped and each edited pair by their $ref: each edit at its own branch, no target change", () => {
    const defs = { $defs: { A: str(), B: str() } };
    const before = { ...defs, anyOf: [{ $ref: "#/$defs/A", maxLength: 5 }, { $ref: "#/$defs/B", maxLength: 5 }] };
    const after = { ...defs, anyOf: [{ $ref: "#/$defs/B", maxLength: 4 }, { $ref: "#/$defs/A", maxLength: 3 }] };
    expect(diffSchemas(before, after, en).changes).toEqual([
      { path: "/anyOf/1/maxLength", change: "max-length-decreased", backward: false, forward: true, message: "maxLength lowered: 5 → 3" },
      { path: "/anyOf/0/maxLength", change: "max-length-decreased", backward: false, forward: true, message: "maxLength lowered: 5 → 4" },
    ]);
  });

  it("a branch that is no schema (null) is refused where it is, not a crash", () => {
    expect(() => diffSchemas({ anyOf: [str(), null] }, { anyOf: [null, str()] }, en)).toThrow(expect.objectContaining({
      name: "SchemaDiffError", messageId: "error.schema-diff.not-schema", message: "/anyOf/1 is not a JSON Schema (an object or a boolean)",
    }));
  });

  it("two edited branches pair in their order", () => {
    const diff = diffSchemas({ allOf: [str({ maxLength: 5 }), str({ minLength: 1 })] }, { allOf: [str({ maxLength: 3 }), str({ minLength: 2 })] }, en);
    expect(diff.changes).toEqual([
      { path: "/allOf/0/maxLength", change: "max-length-decreased", backward: false, forward: true, message: "maxLength lowered: 5 → 3" },
      { path: "/allOf/1/minLength", change: "min-length-increased", backward: false, forward: true, message: "minLength raised: 1 → 2" },
    ]);
  });
});

describe("a oneOf branch added outside a discriminated union", () => {
  const added = (before: unknown[], after: unknown[]) => diffSchemas({ oneOf: before }, { oneOf: after }, en).changes.map(({ change, backward, forward }) => ({ change, backward, forward }));
  const widening = [{ change: "variant-added", backward: true, forward: false }];
  const overlapping = [{ change: "variant-added", backward: false, forward: false }];

  it("widens when its type is no other branch's", () => {
    expect(added([str(), { type: "null" }], [str(), { type: "null" }, { type: "array" }])).toEqual(widening);
    expect(added([{ type: ["string", "null"] }], [{ type: ["string", "null"] }, { type: ["object", "array"] }])).toEqual(widening);
  });

  it("may overlap when it shares a type with any other branch (integer counts as number)", () => {
    expect(added([{ type: "number" }], [{ type: "number" }, { type: "integer" }])).toEqual(overlapping);
    expect(added([{ type: "integer" }], [{ type: "integer" }, { type: "number" }])).toEqual(overlapping);
    expect(added([str(), { type: "null" }], [str(), { type: "null" }, { type: ["boolean", "null"] }])).toEqual(overlapping);
    expect(added([{ type: "null" }, str()], [{ type: "null" }, str(), { type: ["boolean", "string"] }])).toEqual(overlapping);
  });

  it("may overlap when it or another branch declares no type", () => {
    expect(added([str()], [str(), { minimum: 1 }])).toEqual(overlapping);
    expect(added([{ minLength: 1 }], [{ minLength: 1 }, { type: "boolean" }])).toEqual(overlapping);
  });

  it("an added branch that declares nothing (null) may overlap, and so may one beside it: reported, not a crash", () => {
    const overlap = (j: number) => ({ path: `/oneOf/${j}`, change: "variant-added", backward: false, forward: false, message: "oneOf variant added" });
    expect(diffSchemas({ oneOf: [] }, { oneOf: [null, { type: "integer" }] }, en).changes).toEqual([overlap(0), overlap(1)]);
  });

  it("an anyOf branch always widens (matching two branches is allowed)", () => {
    const diff = diffSchemas({ anyOf: [str()] }, { anyOf: [str(), str({ maxLength: 3 })] }, en);
    expect(diff.changes).toEqual([{ path: "/anyOf/1", change: "variant-added", backward: true, forward: false, message: "anyOf variant added" }]);
  });
});

describe("a composition keyword appearing or disappearing", () => {
  it("an empty allOf dropped: no change; an anyOf appearing around nothing: a constraint", () => {
    expect(diffSchemas({ allOf: [] }, {}, en).changes).toEqual([]);
    expect(diffSchemas({}, { oneOf: [] }, en).changes).toEqual([
      { path: "/oneOf", change: "constraint-added", backward: false, forward: true, message: "oneOf constraint added" },
    ]);
  });
});
