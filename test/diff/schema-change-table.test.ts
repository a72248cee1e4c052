/** One schema pair per change id: the change found, its path, its classification and the bump it requires. */
import { describe, expect, it } from "vitest";
import { changeIds, diffSchemas, type Bump } from "../../src/diff/index.js";

interface Case {
  name: string;
  old: unknown;
  new: unknown;
  change: string;
  path: string;
  backward: boolean;
  forward: boolean;
  bump: Bump;
  refs?: Record<string, unknown>;
}

const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: "object", properties, additionalProperties: false, ...extra });
const str = (extra: Record<string, unknown> = {}) => ({ type: "string", ...extra });

const CASES: Case[] = [
  { name: "title edited", old: str({ title: "名称" }), new: str({ title: "事项名称" }), change: "annotation-changed", path: "/title", backward: true, forward: true, bump: "patch" },
  { name: "$ref moved to an identical definition", old: { $defs: { A: str(), B: str() }, $ref: "#/$defs/A" }, new: { $defs: { A: str(), B: str() }, $ref: "#/$defs/B" }, change: "ref-target-changed", path: "/$ref", backward: true, forward: true, bump: "patch" },
  { name: "integer widened to number", old: { type: "integer" }, new: { type: "number" }, change: "type-widened", path: "/type", backward: true, forward: false, bump: "minor" },
  { name: "string|null narrowed to string", old: { type: ["string", "null"] }, new: { type: "string" }, change: "type-narrowed", path: "/type", backward: false, forward: true, bump: "major" },
  { name: "string changed to integer", old: { type: "string" }, new: { type: "integer" }, change: "type-changed", path: "/type", backward: false, forward: false, bump: "major" },
  { name: "enum introduced", old: str(), new: str({ enum: ["a"] }), change: "enum-added", path: "/enum", backward: false, forward: true, bump: "major" },
  { name: "enum dropped", old: str({ enum: ["a"] }), new: str(), change: "enum-removed", path: "/enum", backward: true, forward: false, bump: "minor" },
  { name: "code added to an enum", old: { enum: ["1", "2"] }, new: { enum: ["1", "2", "3"] }, change: "enum-value-added", path: "/enum/2", backward: true, forward: false, bump: "minor" },
  { name: "code removed from an enum", old: { enum: ["1", "2", "3"] }, new: { enum: ["1", "3"] }, change: "enum-value-removed", path: "/enum/1", backward: false, forward: true, bump: "major" },
  { name: "const introduced", old: str(), new: str({ const: "basic" }), change: "const-added", path: "/const", backward: false, forward: true, bump: "major" },
  { name: "const dropped", old: str({ const: "basic" }), new: str(), change: "const-removed", path: "/const", backward: true, forward: false, bump: "minor" },
  { name: "const changed", old: { const: "basic" }, new: { const: "standard" }, change: "const-changed", path: "/const", backward: false, forward: false, bump: "major" },
  { name: "const widened to an enum that keeps it", old: { const: "a" }, new: { enum: ["a", "b"] }, change: "enum-value-added", path: "/enum", backward: true, forward: false, bump: "minor" },
  { name: "enum narrowed to one const", old: { enum: ["a", "b"] }, new: { const: "a" }, change: "enum-value-removed", path: "/const", backward: false, forward: true, bump: "major" },
  { name: "const replaced by an enum without it", old: { const: "a" }, new: { enum: ["b"] }, change: "const-changed", path: "/enum", backward: false, forward: false, bump: "major" },
  { name: "maximum lowered", old: { type: "integer", maximum: 9 }, new: { type: "integer", maximum: 5 }, change: "maximum-decreased", path: "/maximum", backward: false, forward: true, bump: "major" },
  { name: "maximum raised", old: { type: "integer", maximum: 9 }, new: { type: "integer", maximum: 99 }, change: "maximum-increased", path: "/maximum", backward: true, forward: false, bump: "minor" },
  { name: "minimum raised", old: { type: "integer", minimum: 0 }, new: { type: "integer", minimum: 1 }, change: "minimum-increased", path: "/minimum", backward: false, forward: true, bump: "major" },
  { name: "minimum lowered", old: { type: "integer", minimum: 1 }, new: { type: "integer", minimum: 0 }, change: "minimum-decreased", path: "/minimum", backward: true, forward: false, bump: "minor" },
  { name: "exclusiveMaximum lowered", old: { exclusiveMaximum: 10 }, new: { exclusiveMaximum: 5 }, change: "exclusive-maximum-decreased", path: "/exclusiveMaximum", backward: false, forward: true, bump: "major" },
  { name: "exclusiveMaximum removed", old: { exclusiveMaximum: 10 }, new: {}, change: "exclusive-maximum-increased", path: "/exclusiveMaximum", backward: true, forward: false, bump: "minor" },
  { name: "exclusiveMinimum added", old: {}, new: { exclusiveMinimum: 0 }, change: "exclusive-minimum-increased", path: "/exclusiveMinimum", backward: false, forward: true, bump: "major" },
  { name: "exclusiveMinimum lowered", old: { exclusiveMinimum: 1 }, new: { exclusiveMinimum: 0 }, change: "exclusive-minimum-decreased", path: "/exclusiveMinimum", backward: true, forward: false, bump: "minor" },
  { name: "multipleOf added", old: { type: "number" }, new: { type: "number", multipleOf: 0.5 }, change: "multiple-of-added", path: "/multipleOf", backward: false, forward: true, bump: "major" },
  { name: "multipleOf removed", old: { type: "number", multipleOf: 0.5 }, new: { type: "number" }, change: "multiple-of-removed", path: "/multipleOf", backward: true, forward: false, bump: "minor" },
  { name: "multipleOf 2 → 4 narrows", old: { multipleOf: 2 }, new: { multipleOf: 4 }, change: "multiple-of-changed", path: "/multipleOf", backward: false, forward: true, bump: "major" },
  { name: "multipleOf 4 → 2 widens", old: { multipleOf: 4 }, new: { multipleOf: 2 }, change: "multiple-of-changed", path: "/multipleOf", backward: true, forward: false, bump: "minor" },
  { name: "maxLength lowered", old: str({ maxLength: 200 }), new: str({ maxLength: 100 }), change: "max-length-decreased", path: "/maxLength", backward: false, forward: true, bump: "major" },
  { name: "maxLength widened (trap: minor)", old: str({ maxLength: 200 }), new: str({ maxLength: 500 }), change: "max-length-increased", path: "/maxLength", backward: true, forward: false, bump: "minor" },
  { name: "minLength raised", old: str(), new: str({ minLength: 1 }), change: "min-length-increased", path: "/minLength", backward: false, forward: true, bump: "major" },
  { name: "minLength lowered", old: str({ minLength: 2 }), new: str({ minLength: 1 }), change: "min-length-decreased", path: "/minLength", backward: true, forward: false, bump: "minor" },
  { name: "pattern added", old: str(), new: str({ pattern: "^\\d{12}$" }), change: "pattern-added", path: "/pattern", backward: false, forward: true, bump: "major" },
  { name: "pattern removed", old: str({ pattern: "^\\d{12}$" }), new: str(), change: "pattern-removed", path: "/pattern", backward: true, forward: false, bump: "minor" },
  { name: "pattern changed, even if wider in fact", old: str({ pattern: "^\\d{12}$" }), new: str({ pattern: "^\\d{12,15}$" }), change: "pattern-changed", path: "/pattern", backward: false, forward: false, bump: "major" },
  { name: "format added", old: str(), new: str({ format: "date" }), change: "format-added", path: "/format", backward: false, forward: true, bump: "major" },
  { name: "format removed", old: str({ format: "date" }), new: str(), change: "format-removed", path: "/format", backward: true, forward: false, bump: "minor" },
  { name: "format changed", old: str({ format: "date" }), new: str({ format: "date-time" }), change: "format-changed", path: "/format", backward: false, forward: false, bump: "major" },
  { name: "minItems raised", old: { type: "array" }, new: { type: "array", minItems: 1 }, change: "min-items-increased", path: "/minItems", backward: false, forward: true, bump: "major" },
  { name: "minItems lowered", old: { type: "array", minItems: 1 }, new: { type: "array" }, change: "min-items-decreased", path: "/minItems", backward: true, forward: false, bump: "minor" },
  { name: "maxItems lowered", old: { type: "array", maxItems: 9 }, new: { type: "array", maxItems: 3 }, change: "max-items-decreased", path: "/maxItems", backward: false, forward: true, bump: "major" },
  { name: "maxItems raised", old: { type: "array", maxItems: 3 }, new: { type: "array", maxItems: 9 }, change: "max-items-increased", path: "/maxItems", backward: true, forward: false, bump: "minor" },
  { name: "uniqueItems added", old: { type: "array" }, new: { type: "array", uniqueItems: true }, change: "unique-items-added", path: "/uniqueItems", backward: false, forward: true, bump: "major" },
  { name: "uniqueItems removed", old: { type: "array", uniqueItems: true }, new: { type: "array", uniqueItems: false }, change: "unique-items-removed", path: "/uniqueItems", backward: true, forward: false, bump: "minor" },
  { name: "minProperties raised", old: { type: "object" }, new: { type: "object", minProperties: 1 }, change: "min-properties-increased", path: "/minProperties", backward: false, forward: true, bump: "major" },
  { name: "minProperties lowered", old: { type: "object", minProperties: 2 }, new: { type: "object", minProperties: 1 }, change: "min-properties-decreased", path: "/minProperties", backward: true, forward: false, bump: "minor" },
  { name: "maxProperties lowered", old: { type: "object", maxProperties: 5 }, new: { type: "object", maxProperties: 2 }, change: "max-properties-decreased", path: "/maxProperties", backward: false, forward: true, bump: "major" },
  { name: "maxProperties raised", old: { type: "object", maxProperties: 2 }, new: { type: "object", maxProperties: 5 }, change: "max-properties-increased", path: "/maxProperties", backward: true, forward: false, bump: "minor" },
  { name: "optional property added to a closed object (trap: minor)", old: obj({ a: str() }), new: obj({ a: str(), b: str() }), change: "property-added", path: "/properties/b", backward: true, forward: false, bump: "minor" },
  { name: "typed property added to an open object (old documents may use the name freely)", old: { type: "object", properties: { a: str() } }, new: { type: "object", properties: { a: str(), b: str() } }, change: "property-added", path: "/properties/b", backward: false, forward: true, bump: "major" },
  { name: "unconstrained property added to an open object (documents: patch)", old: { type: "object" }, new: { type: "object", properties: { b: { description: "any JSON" } } }, change: "property-added", path: "/properties/b", backward: true, forward: true, bump: "patch" },
  { name: "optional property removed from a closed object (trap: major)", old: obj({ a: str(), b: str() }), new: obj({ a: str() }), change: "property-removed", path: "/properties/b", backward: false, forward: true, bump: "major" },
  { name: "optional property removed from an open object", old: { type: "object", properties: { a: str(), b: str() } }, new: { type: "object", properties: { a: str() } }, change: "property-removed", path: "/properties/b", backward: true, forward: false, bump: "minor" },
  { name: "optional → required (trap: major)", old: obj({ a: str() }), new: obj({ a: str() }, { required: ["a"] }), change: "required-added", path: "/required/0", backward: false, forward: true, bump: "major" },
  { name: "required → optional (trap: minor)", old: obj({ a: str() }, { required: ["a"] }), new: obj({ a: str() }), change: "required-removed", path: "/required/0", backward: true, forward: false, bump: "minor" },
  { name: "object closed", old: { type: "object", properties: { a: str() } }, new: obj({ a: str() }), change: "additional-properties-closed", path: "/additionalProperties", backward: false, forward: true, bump: "major" },
  { name: "object opened", old: obj({ a: str() }), new: { type: "object", properties: { a: str() }, additionalProperties: true }, change: "additional-properties-opened", path: "/additionalProperties", backward: true, forward: false, bump: "minor" },
  { name: "allOf constraint added", old: { allOf: [{ type: "object" }] }, new: { allOf: [{ type: "object" }, { required: ["a"] }] }, change: "constraint-added", path: "/allOf/1", backward: false, forward: true, bump: "major" },
  { name: "allOf constraint removed", old: { allOf: [{ type: "object" }, { required: ["a"] }] }, new: { allOf: [{ type: "object" }] }, change: "constraint-removed", path: "/allOf/1", backward: true, forward: false, bump: "minor" },
  { name: "oneOf variant added", old: { oneOf: [str(), { type: "integer" }] }, new: { oneOf: [str(), { type: "integer" }, { type: "boolean" }] }, change: "variant-added", path: "/oneOf/2", backward: true, forward: false, bump: "minor" },
  { name: "anyOf variant removed", old: { anyOf: [str(), { type: "integer" }] }, new: { anyOf: [str()] }, change: "variant-removed", path: "/anyOf/1", backward: false, forward: true, bump: "major" },
  { name: "items made impossible", old: { type: "array", items: str() }, new: { type: "array", items: false }, change: "schema-rejects-all", path: "/items", backward: false, forward: true, bump: "major" },
  { name: "items made possible", old: { type: "array", items: false }, new: { type: "array", items: str() }, change: "schema-accepts-values", path: "/items", backward: true, forward: false, bump: "minor" },
  { name: "definition added", old: { $defs: { A: str() } }, new: { $defs: { A: str(), B: str() } }, change: "definition-added", path: "/$defs/B", backward: true, forward: false, bump: "minor" },
  { name: "definition removed", old: { $defs: { A: str(), B: str() } }, new: { $defs: { A: str() } }, change: "definition-removed", path: "/$defs/B", backward: false, forward: true, bump: "major" },
  { name: "unmodelled keyword changed", old: { not: { type: "null" } }, new: { not: { type: "string" } }, change: "keyword-changed", path: "/not", backward: false, forward: false, bump: "major" },
];

describe("diffSchemas: one pair per change id", () => {
  it.each(CASES)("$name → $change ($bump)", (c) => {
    const diff = diffSchemas(c.old, c.new, { locale: "en" });
    expect(diff.changes.map(({ message: _m, ...rest }) => rest)).toEqual([{ path: c.path, change: c.change, backward: c.backward, forward: c.forward }]);
    expect(diff.bump).toBe(c.bump);
    expect(diff.changes[0]!.message.length).toBeGreaterThan(0);
  });

  it("covers every change id except the set-level ones", () => {
    const covered = new Set(CASES.map((c) => c.change));
    expect(changeIds.filter((id) => !covered.has(id))).toEqual(["schema-added", "schema-removed"]);
  });

  it.each([
    ["same maxLength", str({ maxLength: 5 }), str({ maxLength: 5 })],
    ["enum reordered", { enum: ["1", "2"] }, { enum: ["2", "1"] }],
    ["required reordered", obj({ a: str(), b: str() }, { required: ["a", "b"] }), obj({ a: str(), b: str() }, { required: ["b", "a"] })],
    ["identical pattern", str({ pattern: "^a$" }), str({ pattern: "^a$" })],
    ["minLength 0 made explicit", str(), str({ minLength: 0 })],
    ["integer spelled as [integer, number]", { type: "number" }, { type: ["integer", "number"] }],
    ["additionalProperties true made explicit", { type: "object" }, { type: "object", additionalProperties: true }],
    ["uniqueItems false made explicit", { type: "array" }, { type: "array", uniqueItems: false }],
    ["inline schema replaced by a $ref to the same schema", { $defs: { A: str({ maxLength: 3 }) }, properties: { a: str({ maxLength: 3 }) } }, { $defs: { A: str({ maxLength: 3 }) }, properties: { a: { $ref: "#/$defs/A" } } }],
  ])("near miss: %s is no change", (_name, a, b) => {
    expect(diffSchemas(a, b)).toEqual({ bump: "none", changes: [] });
  });
});

describe("const and enum compared as sets of allowed values", () => {
  it("an enum of one value and the same const are no change", () => {
    expect(diffSchemas({ enum: ["a"] }, { const: "a" })).toEqual({ bump: "none", changes: [] });
  });
});

describe("oneOf branches", () => {
  it("a branch added to a plain oneOf may overlap an old one: breaking both ways", () => {
    const [change] = diffSchemas({ oneOf: [{ type: "string" }] }, { oneOf: [{ type: "string" }, { type: "string", maxLength: 3 }] }).changes;
    expect(change).toMatchObject({ change: "variant-added", backward: false, forward: false });
  });
  it("a branch added to a discriminated oneOf widens", () => {
    const branch = (kind: string) => ({ type: "object", properties: { kind: { const: kind } }, required: ["kind"] });
    const d = { propertyName: "kind" };
    const diff = diffSchemas({ discriminator: d, oneOf: [branch("a")] }, { discriminator: d, oneOf: [branch("a"), branch("b")] });
    expect(diff.bump).toBe("minor");
    expect(diff.changes[0]).toMatchObject({ change: "variant-added", backward: true, forward: false });
  });
});
