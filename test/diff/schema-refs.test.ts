/** How the schema diff finds what a `$ref` names: JSON Pointer escapes, file names, `$id`s, and the one-line error for each reference it cannot follow. */
import { describe, expect, it } from "vitest";
import { diffSchemas, diffSchemaSets, SchemaDiffError } from "../../src/diff/index.js";

const str = (maxLength: number) => ({ type: "string", maxLength });
/** A root schema whose one property `$ref`s `ref`, with the given `$defs`. */
const root = (ref: string, defs: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({ ...extra, $defs: defs, properties: { a: { $ref: ref } } });
const lowered = (path: string) => ({ path, change: "max-length-decreased", backward: false, forward: true, message: "maxLength lowered: 5 → 3" });

/** The one error a diff of the two schemas throws, as its class, whole message, message id and params. */
function failure(a: unknown, b: unknown, options = {}): [string, string, string?, unknown?] {
  try {
    diffSchemas(a, b, options);
  } catch (error) {
    const e = error as SchemaDiffError;
    return [e.constructor.name, e.message, e.messageId, e.messageParams];
  }
  return ["none", ""];
}

/** The error in zh-CN (the default) and en: one message id and params, two texts. */
function failures(a: unknown, b: unknown, options = {}) {
  return { zh: failure(a, b, options), en: failure(a, b, { ...options, locale: "en" }) };
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

  it("a fragment that is not a pointer is refused, naming the reference (zh-CN by default, en on request)", () => {
    expect(failures(root("#A", { A: str(5) }), root("#A", { A: str(5) }))).toEqual({
      zh: ["SchemaDiffError", '不支持的 $ref "#A"：只解析 JSON Pointer 片段', "error.schema-diff.not-pointer", { ref: "#A" }],
      en: ["SchemaDiffError", 'unsupported $ref "#A": only JSON Pointer fragments are resolved', "error.schema-diff.not-pointer", { ref: "#A" }],
    });
  });

  it("a pointer to nothing is refused, naming the reference and where it looked", () => {
    expect(failures(root("#/$defs/B", { A: str(5) }), root("#/$defs/B", { A: str(5) }))).toEqual({
      zh: ["SchemaDiffError", '无法解析 $ref "#/$defs/B"：#/$defs/B 不存在', "error.schema-diff.no-target", { ref: "#/$defs/B", target: "#/$defs/B" }],
      en: ["SchemaDiffError", 'cannot resolve $ref "#/$defs/B": #/$defs/B does not exist', "error.schema-diff.no-target", { ref: "#/$defs/B", target: "#/$defs/B" }],
    });
    const refs = { oldRefs: { "codes.schema.json": { $defs: {} } }, newRefs: { "codes.schema.json": { $defs: {} } } };
    const params = { ref: "codes.schema.json#/$defs/B", target: "codes.schema.json#/$defs/B" };
    expect(failures(root("codes.schema.json#/$defs/B"), root("codes.schema.json#/$defs/B"), refs)).toEqual({
      zh: ["SchemaDiffError", '无法解析 $ref "codes.schema.json#/$defs/B"：codes.schema.json#/$defs/B 不存在', "error.schema-diff.no-target", params],
      en: ["SchemaDiffError", 'cannot resolve $ref "codes.schema.json#/$defs/B": codes.schema.json#/$defs/B does not exist', "error.schema-diff.no-target", params],
    });
  });

  it("a file no one gave is refused, naming the reference and the schema it is in", () => {
    const params = { ref: "missing.schema.json#/$defs/A", in: "" };
    expect(failures(root("missing.schema.json#/$defs/A"), root("missing.schema.json#/$defs/A"))).toEqual({
      zh: ["SchemaDiffError", '无法解析根 schema 中的 $ref "missing.schema.json#/$defs/A"：未提供该文件名或 $id 的 schema', "error.schema-diff.unknown-file", params],
      en: ["SchemaDiffError", 'cannot resolve $ref "missing.schema.json#/$defs/A" in the root schema: no schema with that name or $id was given', "error.schema-diff.unknown-file", params],
    });
    // Inside a named file, the message names it.
    const refs = { oldRefs: { "a.schema.json": { $ref: "b.schema.json" } }, newRefs: { "a.schema.json": { $ref: "b.schema.json" } } };
    expect(failures(root("a.schema.json"), root("a.schema.json"), refs)).toEqual({
      zh: ["SchemaDiffError", '无法解析 a.schema.json 中的 $ref "b.schema.json"：未提供该文件名或 $id 的 schema', "error.schema-diff.unknown-file", { ref: "b.schema.json", in: "a.schema.json" }],
      en: ["SchemaDiffError", 'cannot resolve $ref "b.schema.json" in a.schema.json: no schema with that name or $id was given', "error.schema-diff.unknown-file", { ref: "b.schema.json", in: "a.schema.json" }],
    });
  });

  it("a $ref cycle is refused, naming where it starts", () => {
    const loop = { $defs: { A: { $ref: "#/$defs/B" }, B: { $ref: "#/$defs/A" } }, properties: { a: { $ref: "#/$defs/A" } } };
    const inline = { properties: { a: { type: "string" } } };
    expect(failures(loop, inline)).toEqual({
      zh: ["SchemaDiffError", "/properties/a 处的 $ref 循环引用", "error.schema-diff.ref-cycle", { at: "/properties/a" }],
      en: ["SchemaDiffError", "$ref cycle at /properties/a", "error.schema-diff.ref-cycle", { at: "/properties/a" }],
    });
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

describe("a $ref's file, where names and $ids could mislead", () => {
  const codes = (maxLength: number, id?: string) => ({ ...(id ? { $id: id } : {}), $defs: { Code: str(maxLength) } });

  it("a label with a folder in it is found by the whole label, before any $id or file-name match", () => {
    const ref = "sub/codes.schema.json#/$defs/Code";
    const diff = diffSchemas(root(ref), root(ref), { locale: "en", oldRefs: { "sub/codes.schema.json": codes(5) }, newRefs: { "sub/codes.schema.json": codes(3) } });
    expect(diff.changes).toEqual([lowered("sub/codes.schema.json#/$defs/Code/maxLength")]);
  });

  it("a relative path that no $id answers, from a root with an $id, falls back to the file's name", () => {
    const ref = "../shared/codes.schema.json#/$defs/Code";
    const extra = { $id: "https://example.org/v9/item.schema.json" };
    const diff = diffSchemas(root(ref, {}, extra), root(ref, {}, extra), { locale: "en", oldRefs: { "codes.schema.json": codes(5) }, newRefs: { "codes.schema.json": codes(3) } });
    expect(diff.changes).toEqual([lowered("codes.schema.json#/$defs/Code/maxLength")]);
  });

  it("an absolute $ref picks the file with exactly that $id among files of one name (near miss: the first of them)", () => {
    const ref = "https://example.org/v2/codes.schema.json#/$defs/Code";
    const files = (v2: number) => ({ one: codes(5, "https://example.org/v1/codes.schema.json"), two: codes(v2, "https://example.org/v2/codes.schema.json") });
    const diff = diffSchemas(root(ref), root(ref), { locale: "en", oldRefs: files(5), newRefs: files(3) });
    expect(diff.changes).toEqual([lowered("two#/$defs/Code/maxLength")]);
  });

  it("a root with an $id takes its file name's place: a stale copy of it given as a reference is not read", () => {
    const extra = { $id: "https://example.org/v9/item.schema.json" };
    const self = root("item.schema.json#/$defs/A", { A: str(5) }, extra);
    const diff = diffSchemas(self, self, { locale: "en", oldRefs: { "item.schema.json": codes(9) }, newRefs: { "item.schema.json": { $defs: { A: str(1) } } } });
    expect(diff).toEqual({ bump: "none", changes: [] });
  });

  it("in a set of files without $ids, a local $ref stays in the file it is written in", () => {
    const set = (maxLength: number) => ({ "a.schema.json": { $defs: { A: str(maxLength) }, properties: { p: { $ref: "#/$defs/A" } } }, "b.schema.json": { $defs: { A: str(9) } } });
    expect(diffSchemaSets(set(5), set(3), { locale: "en" }).changes).toEqual([lowered("a.schema.json#/$defs/A/maxLength")]);
  });

  it("a reference file that is null, or whose $id is no string, is kept by its label and breaks nothing", () => {
    const ref = "x.schema.json#/$defs/Code";
    const refs = (maxLength: number) => ({ "null.schema.json": null, "x.schema.json": { ...codes(maxLength), $id: 5 } });
    const diff = diffSchemas(root(ref), root(ref), { locale: "en", oldRefs: refs(5), newRefs: refs(3) });
    expect(diff.changes).toEqual([lowered("x.schema.json#/$defs/Code/maxLength")]);
  });
});

describe("SchemaDiffError", () => {
  it("is what a non-schema root gives, worded in the diff's locale", () => {
    expect(failures("not a schema", {})).toEqual({
      zh: ["SchemaDiffError", "/ 不是 JSON Schema（应为对象或布尔值）", "error.schema-diff.not-schema", { at: "/" }],
      en: ["SchemaDiffError", "/ is not a JSON Schema (an object or a boolean)", "error.schema-diff.not-schema", { at: "/" }],
    });
    expect(new SchemaDiffError("x")).toBeInstanceOf(Error);
    expect(new SchemaDiffError("x").name).toBe("SchemaDiffError");
  });

  it("a subschema that is an array is no schema: refused where it is", () => {
    expect(failures({ properties: { a: [] } }, { properties: { a: [] } })).toEqual({
      zh: ["SchemaDiffError", "/properties/a 不是 JSON Schema（应为对象或布尔值）", "error.schema-diff.not-schema", { at: "/properties/a" }],
      en: ["SchemaDiffError", "/properties/a is not a JSON Schema (an object or a boolean)", "error.schema-diff.not-schema", { at: "/properties/a" }],
    });
  });

  it("a file a set does not hold is refused by name", () => {
    expect(() => diffSchemaSets({ "a.schema.json": { $ref: "b.schema.json#/$defs/X" } }, { "a.schema.json": {} }, { locale: "en" }))
      .toThrow(expect.objectContaining({ name: "SchemaDiffError", message: 'cannot resolve $ref "b.schema.json#/$defs/X" in a.schema.json: no schema with that name or $id was given' }));
  });
});
