/** The schema diff on the real v1 schemas: files, cross-file $refs, shared definitions, renames and bad input. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diffSchemas, diffSchemaSets, SchemaDiffError } from "../../src/diff/index.js";
import { ROOT } from "../helpers/cli.js";

/** The emitted v1 schemas (or the released copy), freshly parsed so a test may edit them. */
function v1(folder = "schemas/v1"): Record<string, any> {
  const dir = path.join(ROOT, folder);
  return Object.fromEntries(fs.readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => [f, JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"))]));
}
const strip = (changes: { message: string }[]) => changes.map(({ message: _m, ...rest }) => rest);

describe("diffSchemaSets on the v1 schemas", () => {
  it("the real v1 schemas against themselves: none", () => {
    expect(diffSchemaSets(v1(), v1())).toEqual({ bump: "none", changes: [] });
  });

  it("the emitted schemas match the frozen 1.0 release", () => {
    expect(diffSchemaSets(v1("schemas/v1/released"), v1()).bump).toBe("none");
  });

  it("every document against itself, resolving its $refs into defs.schema.json: none", () => {
    const set = v1();
    for (const name of Object.keys(set)) expect(diffSchemas(set[name], v1()[name], { oldRefs: set, newRefs: v1() }).bump).toBe("none");
  });

  it("a change in a shared definition is reported once, at its place in defs.schema.json", () => {
    const after = v1();
    after["defs.schema.json"].$defs.Material.properties.name.maxLength = 300;
    expect(strip(diffSchemaSets(v1(), after).changes)).toEqual([
      { path: "defs.schema.json#/$defs/Material/properties/name/maxLength", change: "max-length-increased", backward: true, forward: false },
    ]);
  });

  it("reached from a document, the shared definition's path carries its file; the document's own paths do not", () => {
    const after = v1();
    after["defs.schema.json"].$defs.Duration.properties.value.minimum = 1;
    after["standard-item.schema.json"].properties.visits.maximum = 5;
    const diff = diffSchemas(v1()["standard-item.schema.json"], after["standard-item.schema.json"], { oldRefs: v1(), newRefs: after });
    expect(strip(diff.changes)).toEqual([
      { path: "defs.schema.json#/$defs/Duration/properties/value/minimum", change: "minimum-increased", backward: false, forward: true },
      { path: "/properties/visits/maximum", change: "maximum-decreased", backward: false, forward: true },
    ]);
    expect(diff.bump).toBe("major");
  });

  it("a new optional element of an item (closed object) is minor", () => {
    const after = v1();
    after["standard-item.schema.json"].properties.guideUrl = { type: "string", format: "uri" };
    const diff = diffSchemaSets(v1(), after, { locale: "en" });
    expect(strip(diff.changes)).toEqual([{ path: "standard-item.schema.json#/properties/guideUrl", change: "property-added", backward: true, forward: false }]);
    expect(diff.bump).toBe("minor");
  });

  it("a rename is a removal plus an addition, paired in both messages when the types match", () => {
    const after = v1();
    const material = after["defs.schema.json"].$defs.Material;
    material.properties = Object.fromEntries(Object.entries(material.properties).map(([k, v]) => [k === "issuer" ? "issuingBody" : k, v]));
    const diff = diffSchemaSets(v1(), after, { locale: "en" });
    expect(strip(diff.changes)).toEqual([
      { path: "defs.schema.json#/$defs/Material/properties/issuer", change: "property-removed", backward: false, forward: true },
      { path: "defs.schema.json#/$defs/Material/properties/issuingBody", change: "property-added", backward: true, forward: false },
    ]);
    expect(diff.changes[0]!.message).toContain("renamed to issuingBody");
    expect(diff.changes[1]!.message).toContain("renamed from issuer");
    expect(diff.bump).toBe("major");
  });

  it("near miss: a removal and an addition of different types are not paired", () => {
    const after = v1();
    const props = after["defs.schema.json"].$defs.Material.properties;
    delete props.issuer;
    props.issuerCount = { type: "integer" };
    const messages = diffSchemaSets(v1(), after, { locale: "en" }).changes.map((c) => c.message);
    expect(messages.some((m) => m.includes("renamed"))).toBe(false);
  });

  it("a code added to a shared code set (enum) is minor; a code dropped is major", () => {
    const added = v1();
    added["defs.schema.json"].$defs.LevelCode.enum.push("7");
    expect(diffSchemaSets(v1(), added).bump).toBe("minor");
    const dropped = v1();
    dropped["defs.schema.json"].$defs.LevelCode.enum.pop();
    expect(strip(diffSchemaSets(v1(), dropped).changes)).toEqual([
      { path: "defs.schema.json#/$defs/LevelCode/enum/5", change: "enum-value-removed", backward: false, forward: true },
    ]);
  });

  it("a new catalogue kind (oneOf variant) is minor; a schema file added or removed is minor or major", () => {
    const after = v1();
    after["catalogue.schema.json"].oneOf.push({ type: "object", properties: { kind: { const: "other" } } });
    expect(strip(diffSchemaSets(v1(), after).changes)).toContainEqual({ path: "catalogue.schema.json#/oneOf/3", change: "variant-added", backward: true, forward: false });
    const { "catalogue.schema.json": _removed, ...fewer } = v1();
    expect(strip(diffSchemaSets(v1(), fewer).changes)).toEqual([{ path: "catalogue.schema.json#", change: "schema-removed", backward: false, forward: true }]);
    expect(strip(diffSchemaSets(fewer, v1()).changes)).toEqual([{ path: "catalogue.schema.json#", change: "schema-added", backward: true, forward: false }]);
  });

  it("recursive schemas terminate", () => {
    const tree = { $defs: { Node: { type: "object", properties: { children: { type: "array", items: { $ref: "#/$defs/Node" } } }, additionalProperties: false } }, $ref: "#/$defs/Node" };
    const wider = JSON.parse(JSON.stringify(tree));
    wider.$defs.Node.properties.label = { type: "string" };
    expect(diffSchemas(tree, tree).bump).toBe("none");
    expect(strip(diffSchemas(tree, wider).changes)).toEqual([{ path: "/$defs/Node/properties/label", change: "property-added", backward: true, forward: false }]);
  });

  it("an unresolvable $ref is a SchemaDiffError naming the reference", () => {
    const doc = { properties: { a: { $ref: "missing.schema.json#/$defs/A" } } };
    expect(() => diffSchemas(doc, doc)).toThrow(SchemaDiffError);
    expect(() => diffSchemas(doc, doc)).toThrow(/missing\.schema\.json/);
    expect(() => diffSchemas("not a schema", {})).toThrow(SchemaDiffError);
  });

  it("messages come in zh-CN by default and en on request", () => {
    const a = { type: "string", maxLength: 5 };
    const b = { type: "string", maxLength: 9 };
    expect(diffSchemas(a, b).changes[0]!.message).toBe("最大长度放宽：5 → 9");
    expect(diffSchemas(a, b, { locale: "en" }).changes[0]!.message).toBe("maxLength raised: 5 → 9");
  });
});

describe("diffSchemas on the published files without refs", () => {
  it("resolves $refs to the package's own v1 files: each schema against itself is no change", () => {
    for (const file of ["catalogue", "basic-item", "standard-item", "implementation-item"]) {
      const schema = JSON.parse(fs.readFileSync(path.join(ROOT, `schemas/v1/${file}.schema.json`), "utf8"));
      expect(diffSchemas(schema, structuredClone(schema))).toEqual({ bump: "none", changes: [] });
    }
  });
});
