/**
 * The schema diff at its edges, each case written against a mutant that survived or could: values shown
 * in messages, `$ref` sites read inline, renames paired, additionalProperties as a schema, annotations
 * by prefix, and the order of a schema-set diff. Every change is compared whole, in both locales.
 */
import { describe, expect, it } from "vitest";
import { diffSchemas, diffSchemaSets, type SchemaDiff } from "../../src/diff/index.js";

const str = (extra: Record<string, unknown> = {}) => ({ type: "string", ...extra });

/** The changes of a diff, each with its message in zh-CN and en (the same diff run in both locales). */
function whole(run: (locale: "zh-CN" | "en") => SchemaDiff) {
  const zh = run("zh-CN");
  const en = run("en");
  expect(zh.bump).toBe(en.bump);
  return {
    bump: en.bump,
    changes: en.changes.map(({ message, ...rest }, i) => ({ ...rest, message: { en: message, "zh-CN": zh.changes[i]!.message } })),
  };
}
const schemas = (a: unknown, b: unknown, options: Record<string, unknown> = {}) => whole((locale) => diffSchemas(a, b, { ...options, locale }));

/** The one error a diff of the two schemas throws, as its class and whole message (in English; schema-refs.test.ts holds both languages). */
function failure(a: unknown, b: unknown): [string, string] {
  try {
    diffSchemas(a, b, { locale: "en" });
  } catch (error) {
    return [(error as Error).constructor.name, (error as Error).message];
  }
  return ["none", ""];
}

describe("values shown in a message", () => {
  const text = (n: number) => "字".repeat(n);
  it("up to 80 characters as they are", () => {
    expect(schemas(str({ title: "a" }), str({ title: text(80) })).changes).toEqual([
      { path: "/title", change: "annotation-changed", backward: true, forward: true, message: { en: `annotation title changed: a → ${text(80)}`, "zh-CN": `注释 title 已修改：a → ${text(80)}` } },
    ]);
  });
  it("longer: the first 77 characters and an ellipsis", () => {
    expect(schemas(str({ title: text(81) }), str({ title: "a" })).changes).toEqual([
      { path: "/title", change: "annotation-changed", backward: true, forward: true, message: { en: `annotation title changed: ${text(77)}… → a`, "zh-CN": `注释 title 已修改：${text(77)}… → a` } },
    ]);
  });
  it("a type that appears is shown against any", () => {
    expect(schemas({}, str())).toEqual({
      bump: "major",
      changes: [{ path: "/type", change: "type-narrowed", backward: false, forward: true, message: { en: "type narrowed: any → string", "zh-CN": "类型收窄：any → string" } }],
    });
    expect(schemas(str(), {}).changes).toEqual([
      { path: "/type", change: "type-widened", backward: true, forward: false, message: { en: "type widened: string → any", "zh-CN": "类型放宽：string → any" } },
    ]);
  });
});

describe("annotations", () => {
  it("an x- vendor keyword is an annotation (patch); a keyword that only ends in x- is not", () => {
    expect(schemas({ "x-order": 1 }, { "x-order": 2 })).toEqual({
      bump: "patch",
      changes: [{ path: "/x-order", change: "annotation-changed", backward: true, forward: true, message: { en: "annotation x-order changed: 1 → 2", "zh-CN": "注释 x-order 已修改：1 → 2" } }],
    });
    expect(schemas({ "order-x-": 1 }, { "order-x-": 2 }).changes).toEqual([
      { path: "/order-x-", change: "keyword-changed", backward: false, forward: false, message: { en: "keyword order-x- changed (not modelled, so breaking): 1 → 2", "zh-CN": "关键字 order-x- 已修改（未建模，视为不兼容）：1 → 2" } },
    ]);
  });
});

describe("a $ref site compared with an inline schema", () => {
  it("the site's own keywords apply over the target's, the nearer site winning", () => {
    const defs = { $defs: { A: str({ maxLength: 5 }), B: { $ref: "#/$defs/A", maxLength: 4 } } };
    expect(schemas({ ...defs, properties: { a: { $ref: "#/$defs/B", maxLength: 3 } } }, { ...defs, properties: { a: str({ maxLength: 3 }) } })).toEqual({ bump: "none", changes: [] });
    expect(schemas({ ...defs, properties: { a: { $ref: "#/$defs/B" } } }, { ...defs, properties: { a: str({ maxLength: 3 }) } }).changes).toEqual([
      { path: "/properties/a/maxLength", change: "max-length-decreased", backward: false, forward: true, message: { en: "maxLength lowered: 4 → 3", "zh-CN": "最大长度收紧：4 → 3" } },
    ]);
  });
  it("a $ref to the schema true reads as {} under the site's keywords", () => {
    const defs = { $defs: { Any: true } };
    expect(schemas({ ...defs, properties: { a: { $ref: "#/$defs/Any", maxLength: 3 } } }, { ...defs, properties: { a: { maxLength: 3 } } })).toEqual({ bump: "none", changes: [] });
  });
  it("a chain of 33 $refs is followed to its end; one of 34 is refused as a cycle", () => {
    const chain = (n: number) => Object.fromEntries(Array.from({ length: n + 1 }, (_, i) => [`d${i}`, i < n ? { $ref: `#/$defs/d${i + 1}` } : str({ maxLength: 3 })]));
    const inline = { properties: { a: str({ maxLength: 5 }) } };
    const ref = (n: number) => ({ $defs: chain(n), properties: { a: { $ref: "#/$defs/d0" } } });
    const changes = diffSchemas(inline, ref(32), { locale: "en" }).changes.filter((c) => c.change !== "definition-added");
    expect(changes).toEqual([{ path: "/$defs/d32/maxLength", change: "max-length-decreased", backward: false, forward: true, message: "maxLength lowered: 5 → 3" }]);
    expect(failure(inline, ref(33))).toEqual(["SchemaDiffError", "$ref cycle at /properties/a"]);
  });

  it("a $ref cycle is refused, naming where it starts", () => {
    const cycle = { $defs: { A: { $ref: "#/$defs/B" }, B: { $ref: "#/$defs/A" } } };
    expect(failure({ ...cycle, properties: { a: { $ref: "#/$defs/A" } } }, { ...cycle, properties: { a: str() } })).toEqual(["SchemaDiffError", "$ref cycle at /properties/a"]);
    expect(failure({ ...cycle, $ref: "#/$defs/A" }, { ...cycle, type: "string" })).toEqual(["SchemaDiffError", "$ref cycle at /"]);
  });
  it("a value that is not a schema is refused, naming where it is", () => {
    expect(failure({ properties: { a: 5 } }, { properties: { a: str() } })).toEqual(["SchemaDiffError", "/properties/a is not a JSON Schema (an object or a boolean)"]);
    expect(failure(str(), "string")).toEqual(["SchemaDiffError", "/ is not a JSON Schema (an object or a boolean)"]);
  });
});

describe("false schemas", () => {
  it("false on both sides is no change", () => {
    expect(schemas({ items: false }, { items: false })).toEqual({ bump: "none", changes: [] });
  });

  it("a $ref to false against an inline schema is the false schema, not an object without keywords (a bump it decided wrongly)", () => {
    const never = (a: unknown) => ({ $defs: { Never: false }, properties: { a } });
    const site = (extra: Record<string, unknown> = {}) => ({ $ref: "#/$defs/Never", ...extra });
    // Before the fix: "type widened: string → any" (minor), and siblings of the $ref were compared as if it accepted them.
    expect(schemas(never(str()), never(site({ description: "x" })))).toEqual({ bump: "major", changes: [
      { path: "/$defs/Never", change: "schema-rejects-all", backward: false, forward: true, message: { en: "schema now rejects every value", "zh-CN": "模式改为拒绝一切取值" } },
    ] });
    expect(schemas(never(site({ maxLength: 3 })), never(str({ maxLength: 3 })))).toEqual({ bump: "minor", changes: [
      { path: "/properties/a", change: "schema-accepts-values", backward: true, forward: false, message: { en: "schema no longer rejects every value", "zh-CN": "模式不再拒绝一切取值" } },
    ] });
    // Near miss: a $ref to true is the schema that accepts anything, read with the site's keywords.
    const always = (a: unknown) => ({ $defs: { Any: true }, properties: { a } });
    expect(schemas(always(str()), always({ $ref: "#/$defs/Any", type: "string" }))).toEqual({ bump: "none", changes: [] });
  });
});

describe("renames: a removed and an added property of one object with the same type", () => {
  const closed = (properties: Record<string, unknown>) => ({ type: "object", properties, additionalProperties: false });
  const renamePair = (from: string, to: string) => [
    { path: `/properties/${from}`, change: "property-removed", backward: false, forward: true, message: { en: `property ${from} removed from closed object (possibly renamed to ${to})`, "zh-CN": `封闭对象删除属性 ${from}（可能重命名为 ${to}）` } },
    { path: `/properties/${to}`, change: "property-added", backward: true, forward: false, message: { en: `property ${to} added to closed object (possibly renamed from ${from})`, "zh-CN": `封闭对象新增属性 ${to}（可能由 ${from} 重命名而来）` } },
  ];
  const unpaired = (from: string, to: string) => [
    { path: `/properties/${from}`, change: "property-removed", backward: false, forward: true, message: { en: `property ${from} removed from closed object`, "zh-CN": `封闭对象删除属性 ${from}` } },
    { path: `/properties/${to}`, change: "property-added", backward: true, forward: false, message: { en: `property ${to} added to closed object`, "zh-CN": `封闭对象新增属性 ${to}` } },
  ];

  it("the type is read through $refs", () => {
    const defs = { $defs: { S: str() } };
    expect(schemas({ ...defs, ...closed({ a: { $ref: "#/$defs/S" } }) }, { ...defs, ...closed({ b: str({ maxLength: 3 }) }) }).changes).toEqual(renamePair("a", "b"));
  });
  it("an enum's (or const's) values are its type", () => {
    expect(schemas(closed({ a: { enum: ["1", "2"] } }), closed({ b: { enum: ["1", "2"] } })).changes).toEqual(renamePair("a", "b"));
    expect(schemas(closed({ a: { const: "1" } }), closed({ b: { enum: ["1"] } })).changes).toEqual(renamePair("a", "b"));
    expect(schemas(closed({ a: { enum: ["1"] } }), closed({ b: { enum: ["2"] } })).changes).toEqual(unpaired("a", "b"));
  });
  it("near miss: two schemas without a type or values are not the same type", () => {
    expect(schemas(closed({ a: { minLength: 1 } }), closed({ b: { minLength: 1 } })).changes).toEqual(unpaired("a", "b"));
  });
  it("near miss: properties of two different objects are not paired", () => {
    const a = { type: "object", properties: { x: closed({ a: str() }), y: closed({}) } };
    const b = { type: "object", properties: { x: closed({}), y: closed({ b: str() }) } };
    expect(schemas(a, b).changes.map((c) => c.message.en)).toEqual(["property a removed from closed object", "property b added to closed object"]);
  });
  it("one added property pairs with one removed property only", () => {
    expect(schemas(closed({ a: str(), b: str() }), closed({ c: str() })).changes.map((c) => c.message.en)).toEqual([
      "property a removed from closed object (possibly renamed to c)",
      "property b removed from closed object",
      "property c added to closed object (possibly renamed from a)",
    ]);
  });
});

describe("additionalProperties as a schema", () => {
  const open = (extra: Record<string, unknown> = {}) => ({ type: "object", additionalProperties: str({ maxLength: 10 }), ...extra });
  it("each added property is judged on its own against it", () => {
    expect(schemas(open(), open({ properties: { b: str({ maxLength: 20 }), c: str({ maxLength: 5 }) } })).changes).toEqual([
      { path: "/properties/b", change: "property-added", backward: true, forward: false, message: { en: "property b added to object", "zh-CN": "对象新增属性 b" } },
      { path: "/properties/c", change: "property-added", backward: false, forward: true, message: { en: "property c added to object", "zh-CN": "对象新增属性 c" } },
    ]);
  });
  it("a removed property is judged against the new schema", () => {
    expect(schemas(open({ properties: { b: str({ maxLength: 5 }) } }), open()).changes).toEqual([
      { path: "/properties/b", change: "property-removed", backward: true, forward: false, message: { en: "property b removed from object", "zh-CN": "对象删除属性 b" } },
    ]);
  });
  it("the schema itself is compared where it is", () => {
    expect(schemas(open(), { ...open(), additionalProperties: str({ maxLength: 3 }) }).changes).toEqual([
      { path: "/additionalProperties/maxLength", change: "max-length-decreased", backward: false, forward: true, message: { en: "maxLength lowered: 10 → 3", "zh-CN": "最大长度收紧：10 → 3" } },
    ]);
    expect(schemas({ type: "object" }, open()).changes).toEqual([
      { path: "/additionalProperties/type", change: "type-narrowed", backward: false, forward: true, message: { en: "type narrowed: any → string", "zh-CN": "类型收窄：any → string" } },
      { path: "/additionalProperties/maxLength", change: "max-length-decreased", backward: false, forward: true, message: { en: "maxLength lowered: — → 10", "zh-CN": "最大长度收紧：— → 10" } },
    ]);
  });
  it("closing a schema-valued one names what it was", () => {
    expect(schemas(open(), { type: "object", additionalProperties: false }).changes).toEqual([
      { path: "/additionalProperties", change: "additional-properties-closed", backward: false, forward: true, message: { en: "object closed: undeclared properties no longer allowed", "zh-CN": "对象改为封闭（不再允许未声明的属性）" } },
    ]);
  });
  it("near miss: closed on both sides is no change", () => {
    expect(schemas({ additionalProperties: false }, { additionalProperties: false })).toEqual({ bump: "none", changes: [] });
  });
});

describe("required", () => {
  it("each newly required name at its index, each dropped one at its old index", () => {
    expect(schemas({ required: ["a", "b"] }, { required: ["b", "c", "d"] }).changes).toEqual([
      { path: "/required/1", change: "required-added", backward: false, forward: true, message: { en: "property c is now required", "zh-CN": "属性 c 改为必填" } },
      { path: "/required/2", change: "required-added", backward: false, forward: true, message: { en: "property d is now required", "zh-CN": "属性 d 改为必填" } },
      { path: "/required/0", change: "required-removed", backward: true, forward: false, message: { en: "property a is no longer required", "zh-CN": "属性 a 改为选填" } },
    ]);
  });
});

describe("const against enum on one side", () => {
  it("a const outside its own enum allows nothing, so any enum after it widens", () => {
    expect(schemas({ const: "c", enum: ["a", "b"] }, { enum: ["a"] }).changes).toEqual([
      { path: "/enum/0", change: "enum-value-added", backward: true, forward: false, message: { en: "enum value a added", "zh-CN": "新增代码值 a" } },
    ]);
  });

  it("a widening or narrowing of several values is one change per value, each named alone", () => {
    expect(schemas({ const: 1 }, { enum: [3, 1, { k: 2 }] }).changes).toEqual([
      { path: "/enum/0", change: "enum-value-added", backward: true, forward: false, message: { en: "enum value 3 added", "zh-CN": "新增代码值 3" } },
      { path: "/enum/2", change: "enum-value-added", backward: true, forward: false, message: { en: 'enum value {"k":2} added', "zh-CN": '新增代码值 {"k":2}' } },
    ]);
    // An enum that allows nothing, then a const: the value is added at the const.
    expect(schemas({ enum: [] }, { const: "a" }).changes).toEqual([
      { path: "/const", change: "enum-value-added", backward: true, forward: false, message: { en: "enum value a added", "zh-CN": "新增代码值 a" } },
    ]);
    expect(schemas({ enum: ["x", "y", "z"] }, { const: "y" }).changes).toEqual([
      { path: "/const", change: "enum-value-removed", backward: false, forward: true, message: { en: "enum value x removed", "zh-CN": "删除代码值 x" } },
      { path: "/const", change: "enum-value-removed", backward: false, forward: true, message: { en: "enum value z removed", "zh-CN": "删除代码值 z" } },
    ]);
  });

  it("a const that swaps for values without it is one change, const changed, naming both sides whole", () => {
    expect(schemas({ enum: ["a", "b"] }, { const: "c" }).changes).toEqual([
      { path: "/const", change: "const-changed", backward: false, forward: false, message: { en: 'const changed: ["a","b"] → c', "zh-CN": '固定值改变：["a","b"] → c' } },
    ]);
  });
});

describe("diffSchemaSets", () => {
  it("reports files in name order, whatever order the sets list them in", () => {
    const before = { "b.schema.json": str({ maxLength: 5 }), "a.schema.json": str({ maxLength: 5 }) };
    const after = { "b.schema.json": str({ maxLength: 3 }), "a.schema.json": str({ maxLength: 3 }) };
    expect(whole((locale) => diffSchemaSets(before, after, { locale })).changes.map((c) => c.path)).toEqual(["a.schema.json#/maxLength", "b.schema.json#/maxLength"]);
  });
  it("an added and a removed file, whole", () => {
    expect(whole((locale) => diffSchemaSets({ "a.schema.json": {} }, { "b.schema.json": {} }, { locale }))).toEqual({
      bump: "major",
      changes: [
        { path: "a.schema.json#", change: "schema-removed", backward: false, forward: true, message: { en: "schema file a.schema.json removed", "zh-CN": "删除模式文件 a.schema.json" } },
        { path: "b.schema.json#", change: "schema-added", backward: true, forward: false, message: { en: "schema file b.schema.json added", "zh-CN": "新增模式文件 b.schema.json" } },
      ],
    });
  });
});

describe("a $ref's file", () => {
  it("a query in the reference is not part of the file name", () => {
    const root = (ref: string) => ({ properties: { a: { $ref: ref } } });
    const ref = "codes.schema.json?v=2#/$defs/C";
    expect(schemas(root(ref), root(ref), { oldRefs: { "codes.schema.json": { $defs: { C: str({ maxLength: 5 }) } } }, newRefs: { "codes.schema.json": { $defs: { C: str({ maxLength: 3 }) } } } }).changes).toEqual([
      { path: "codes.schema.json#/$defs/C/maxLength", change: "max-length-decreased", backward: false, forward: true, message: { en: "maxLength lowered: 5 → 3", "zh-CN": "最大长度收紧：5 → 3" } },
    ]);
  });
  it("a root whose $id is not a URL still finds files by name", () => {
    const root = (maxLength: number) => ({ $id: "item", properties: { a: { $ref: "codes.schema.json#/$defs/C" } }, $defs: { X: str({ maxLength }) } });
    const refs = { "codes.schema.json": { $defs: { C: str() } } };
    expect(schemas(root(5), root(3), { oldRefs: refs, newRefs: refs }).changes.map((c) => c.path)).toEqual(["/$defs/X/maxLength"]);
  });
});

/** The one change of a diff, whole (en message; zh-CN checked for the same change by `whole`). */
const only = (a: unknown, b: unknown) => {
  const { bump, changes } = schemas(a, b);
  return { bump, changes: changes.map(({ message, ...rest }) => ({ ...rest, message: message.en })) };
};

describe("value keywords at their edges", () => {
  it("a bound that is no number counts as absent", () => {
    expect(only({ maxLength: "5" }, { maxLength: 5 })).toEqual({ bump: "major", changes: [{ path: "/maxLength", change: "max-length-decreased", backward: false, forward: true, message: "maxLength lowered: — → 5" }] });
  });
  it("an enum that is no list restricts nothing", () => {
    expect(only({ enum: "x" }, { enum: "x" })).toEqual({ bump: "none", changes: [] });
    expect(only({ enum: "x" }, { enum: ["x"] })).toEqual({ bump: "major", changes: [{ path: "/enum", change: "enum-added", backward: false, forward: true, message: 'enum added: ["x"]' }] });
  });
  it("a const kept beside an enum that comes or goes: the enum alone changes", () => {
    expect(only({ const: "a" }, { const: "a", enum: ["a", "b"] })).toEqual({ bump: "major", changes: [{ path: "/enum", change: "enum-added", backward: false, forward: true, message: 'enum added: ["a","b"]' }] });
    expect(only({ const: "a", enum: ["a", "b"] }, { const: "a" })).toEqual({ bump: "minor", changes: [{ path: "/enum", change: "enum-removed", backward: true, forward: false, message: 'enum removed: ["a","b"]' }] });
    expect(only({ const: "a" }, { enum: "a" })).toEqual({ bump: "minor", changes: [{ path: "/const", change: "const-removed", backward: true, forward: false, message: "const a removed" }] });
  });
  it("a const false is a value, not an absent keyword (unlike uniqueItems false)", () => {
    expect(only({ const: false }, {})).toEqual({ bump: "minor", changes: [{ path: "/const", change: "const-removed", backward: true, forward: false, message: "const false removed" }] });
  });
  it("a multipleOf that neither divides nor is divided changes both ways", () => {
    expect(only({ multipleOf: 2 }, { multipleOf: 3 })).toEqual({ bump: "major", changes: [{ path: "/multipleOf", change: "multiple-of-changed", backward: false, forward: false, message: "multipleOf changed: 2 → 3" }] });
  });
  it("an unmodelled keyword that appears shows its absence as —", () => {
    expect(only({}, { not: {} })).toEqual({ bump: "major", changes: [{ path: "/not", change: "keyword-changed", backward: false, forward: false, message: "keyword not changed (not modelled, so breaking): — → {}" }] });
  });
  it("type lists compare as sets", () => {
    expect(only({ type: ["string", "null"] }, { type: ["null", "string"] })).toEqual({ bump: "none", changes: [] });
    expect(only({ type: ["string"] }, { type: ["string", "integer"] })).toEqual({ bump: "minor", changes: [{ path: "/type", change: "type-widened", backward: true, forward: false, message: 'type widened: ["string"] → ["string","integer"]' }] });
  });
});

describe("subschemas on one side only, and $ref sites on both", () => {
  it("items that appear are compared with the schema that accepts anything", () => {
    expect(only({ type: "array" }, { type: "array", items: { type: "string" } })).toEqual({ bump: "major", changes: [{ path: "/items/type", change: "type-narrowed", backward: false, forward: true, message: "type narrowed: any → string" }] });
  });
  it("items that disappear are compared with the schema that accepts anything (near miss of items that appear)", () => {
    expect(only({ type: "array", items: { type: "string", maxLength: 5 } }, { type: "array" })).toEqual({ bump: "minor", changes: [
      { path: "/items/type", change: "type-widened", backward: true, forward: false, message: "type widened: string → any" },
      { path: "/items/maxLength", change: "max-length-increased", backward: true, forward: false, message: "maxLength raised: 5 → —" },
    ] });
  });
  it("two $ref sites: the sites' own keywords are compared too", () => {
    const site = (description: string) => ({ $defs: { A: {} }, $ref: "#/$defs/A", description });
    expect(only(site("x"), site("y"))).toEqual({ bump: "patch", changes: [{ path: "/description", change: "annotation-changed", backward: true, forward: true, message: "annotation description changed: x → y" }] });
  });
  it("the legacy definitions keyword holds definitions as $defs does", () => {
    expect(only({ definitions: { A: {} } }, { definitions: {} })).toEqual({ bump: "major", changes: [{ path: "/definitions/A", change: "definition-removed", backward: false, forward: true, message: "definition A removed (external references break)" }] });
  });
  it("a recursive additionalProperties schema: a property added as the same schema accepts the same values", () => {
    const node = { type: "object", additionalProperties: { $ref: "#/$defs/Node" } };
    const withChild = { ...node, properties: { child: { $ref: "#/$defs/Node" } } };
    expect(only({ $defs: { Node: node }, $ref: "#/$defs/Node" }, { $defs: { Node: withChild }, $ref: "#/$defs/Node" })).toEqual({
      bump: "patch",
      changes: [{ path: "/$defs/Node/properties/child", change: "property-added", backward: true, forward: true, message: "property child added to object" }],
    });
  });
});

describe("where references lead", () => {
  it("a $ref may point into a list of subschemas; the target is compared once", () => {
    const doc = (maxLength: number) => ({ anyOf: [str({ maxLength })], properties: { a: { $ref: "#/anyOf/0" } } });
    expect(only(doc(5), doc(3))).toEqual({ bump: "major", changes: [{ path: "/anyOf/0/maxLength", change: "max-length-decreased", backward: false, forward: true, message: "maxLength lowered: 5 → 3" }] });
  });
  it("refs the caller gives win over the package's own files of the same name", () => {
    const doc = { properties: { a: { $ref: "defs.schema.json#/$defs/Mine" } } };
    const defs = (maxLength: number) => ({ "defs.schema.json": { $defs: { Mine: str({ maxLength }) } } });
    expect(() => diffSchemas(doc, doc, { locale: "en" })).toThrow('cannot resolve $ref "defs.schema.json#/$defs/Mine": defs.schema.json#/$defs/Mine does not exist');
    expect(schemas(doc, doc, { oldRefs: defs(5), newRefs: defs(3) }).changes.map((c) => c.path)).toEqual(["defs.schema.json#/$defs/Mine/maxLength"]);
  });
  it("a target in another file that is not a schema is refused, naming its file", () => {
    const doc = { properties: { a: { $ref: "c.json#/$defs/C" } } };
    const refs = { "c.json": { $defs: { C: 5 } } };
    expect(() => diffSchemas(doc, doc, { oldRefs: refs, newRefs: refs, locale: "en" })).toThrow(/^c\.json#\/\$defs\/C is not a JSON Schema \(an object or a boolean\)$/);
  });
  it("a composition keyword that is no list is ignored", () => {
    expect(only({ anyOf: "x" }, {})).toEqual({ bump: "none", changes: [] });
    expect(only({}, { allOf: {} })).toEqual({ bump: "none", changes: [] });
  });
});

describe("survivors of the mutation run on compare-objects, relation and context", () => {
  it("properties: null declares no property", () => {
    expect(only({ properties: null }, {})).toEqual({ bump: "none", changes: [] });
  });
  it("additionalProperties: true is an open object, like an absent one", () => {
    const open = { type: "object", additionalProperties: true };
    expect(only(open, { ...open, properties: { b: {} } })).toEqual({ bump: "patch", changes: [{ path: "/properties/b", change: "property-added", backward: true, forward: true, message: "property b added to open object" }] });
  });
  it("additionalProperties from a schema to absent: the schema is compared with the one that accepts anything", () => {
    expect(only({ additionalProperties: str() }, {})).toEqual({ bump: "minor", changes: [{ path: "/additionalProperties/type", change: "type-widened", backward: true, forward: false, message: "type widened: string → any" }] });
  });
  it("a property whose schema is true: renames pair by it", () => {
    expect(only({ properties: { a: true }, additionalProperties: false }, { properties: { b: true }, additionalProperties: false }).changes.map((c) => c.message)).toEqual([
      "property a removed from closed object (possibly renamed to b)",
      "property b added to closed object (possibly renamed from a)",
    ]);
  });
  it("a property that is a $ref cycle: its type is where the chain was left, and the diff ends", () => {
    const doc = (properties: Record<string, unknown>) => ({ type: "object", additionalProperties: { $ref: "#/$defs/L" }, $defs: { L: { $ref: "#/$defs/L" } }, properties });
    expect(only(doc({}), doc({ b: { $ref: "#/$defs/L" } }))).toEqual({ bump: "patch", changes: [{ path: "/properties/b", change: "property-added", backward: true, forward: true, message: "property b added to object" }] });
  });
});
