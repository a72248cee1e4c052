/** How the schema diff finds what a `$ref` names: JSON Pointer escapes, file names, `$id`s, and the one-line error for each reference it cannot follow. */
import { describe, expect, it } from "vitest";
import { diffSchemas, SchemaDiffError } from "../../src/diff/index.js";

const str = (maxLength: number) => ({ type: "string", maxLength });
/** A root schema whose one property `$ref`s `ref`, with the given `$defs`. */
const root = (ref: string, defs: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({ ...extra, $defs: defs, properties: { a: { $ref: ref } } });
const lowered = (path: string) => ({ path, change: "max-length-decreased", backward: false, forward: true, message: "maxLength lowered: 5 → 3" });

/** The one error a diff of the two schemas throws, as its class and whole message. */
function failure(a: unknown, b: unknown, options = {}): [string, string] {
  try {
    diffSchemas(a, b, options);
  } catch (error) {
    return [(error as Error).constructor.name, (error as Error).message];
  }
  return ["none", ""];
}

describe("a $ref's JSON Pointer", () => {
  it("decodes ~1 as / and ~0 as ~, and the path it reports escapes them again", () => {
    const diff = diffSchemas(root("#/$defs/a~1b~0c", { "a/b~c": str(5) }), root("#/$defs/a~1b~0c", { "a/b~c": str(3) }), { locale: "en" });
    expect(diff.changes).toEqual([lowered("/$defs/a~1b~0c/maxLength")]);
  });

  it("decodes percent-escapes (a definition named in Chinese)", () => {
    const ref = `#/$defs/${encodeURIComponent("材料")}`;
    const diff = diffSchemas(root(ref, { 材料: str(5) }), root(ref, { 材料: str(3) }), { locale: "en" });
    expect(diff.changes).toEqual([lowered("/$defs/材料/maxLength")]);
  });

  it("a fragment that is not a pointer is refused, naming the reference", () => {
    expect(failure(root("#A", { A: str(5) }), root("#A", { A: str(5) }))).toEqual(["SchemaDiffError", 'unsupported $ref "#A": only JSON Pointer fragments are resolved']);
  });

  it("a pointer to nothing is refused, naming the reference and where it looked", () => {
    expect(failure(root("#/$defs/B", { A: str(5) }), root("#/$defs/B", { A: str(5) }))).toEqual(["SchemaDiffError", 'cannot resolve $ref "#/$defs/B": #/$defs/B does not exist']);
    expect(failure(root("codes.schema.json#/$defs/B"), root("codes.schema.json#/$defs/B"), { oldRefs: { "codes.schema.json": { $defs: {} } }, newRefs: { "codes.schema.json": { $defs: {} } } }))
      .toEqual(["SchemaDiffError", 'cannot resolve $ref "codes.schema.json#/$defs/B": codes.schema.json#/$defs/B does not exist']);
  });

  it("a file no one gave is refused, naming the reference and the schema it is in", () => {
    expect(failure(root("missing.schema.json#/$defs/A"), root("missing.schema.json#/$defs/A"))).toEqual(["SchemaDiffError", 'cannot resolve $ref "missing.schema.json#/$defs/A" in the root schema: no schema with that name or $id was given']);
  });
});

describe("a $ref's file", () => {
  const codes = (maxLength: number, id?: string) => ({ ...(id ? { $id: id } : {}), $defs: { Code: str(maxLength) } });

  it("a whole file, without a fragment", () => {
    const diff = diffSchemas(root("codes.schema.json"), root("codes.schema.json"), { locale: "en", oldRefs: { "codes.schema.json": str(5) }, newRefs: { "codes.schema.json": str(3) } });
    expect(diff.changes).toEqual([lowered("codes.schema.json#/maxLength")]);
  });

  it("a path ending in a given file's name names that file", () => {
    const ref = "../shared/codes.schema.json#/$defs/Code";
    const diff = diffSchemas(root(ref), root(ref), { locale: "en", oldRefs: { "codes.schema.json": codes(5) }, newRefs: { "codes.schema.json": codes(3) } });
    expect(diff.changes).toEqual([lowered("codes.schema.json#/$defs/Code/maxLength")]);
  });

  it("a file name matching the end of an $id names the file with that $id, whatever its label", () => {
    const ref = "codes.schema.json#/$defs/Code";
    const id = "https://example.org/v9/codes.schema.json";
    const diff = diffSchemas(root(ref), root(ref), { locale: "en", oldRefs: { c: codes(5, id) }, newRefs: { c: codes(3, id) } });
    expect(diff.changes).toEqual([lowered("c#/$defs/Code/maxLength")]);
  });

  it("an $id written with a trailing # is found without it", () => {
    const ref = "https://example.org/v9/codes.schema.json#/$defs/Code";
    const id = "https://example.org/v9/codes.schema.json#";
    const diff = diffSchemas(root(ref), root(ref), { locale: "en", oldRefs: { c: codes(5, id) }, newRefs: { c: codes(3, id) } });
    expect(diff.changes).toEqual([lowered("c#/$defs/Code/maxLength")]);
  });

  it("a root with an $id is labelled by its file name: a $ref back into it by that name stays in the root", () => {
    const extra = { $id: "https://example.org/v9/item.schema.json" };
    const ref = "item.schema.json#/$defs/A";
    const diff = diffSchemas(root(ref, { A: str(5) }, extra), root(ref, { A: str(3) }, extra), { locale: "en" });
    expect(diff.changes).toEqual([lowered("/$defs/A/maxLength")]);
  });
});

describe("SchemaDiffError", () => {
  it("is what a non-schema root gives", () => {
    expect(failure("not a schema", {})[0]).toBe("SchemaDiffError");
    expect(new SchemaDiffError("x")).toBeInstanceOf(Error);
    expect(new SchemaDiffError("x").name).toBe("SchemaDiffError");
  });
});
