/**
 * The generated full validators are post-processed (errors built by schemaError with its own messages,
 * schema literals cut to what the code reads, no evaluated-property tracking): they must report
 * exactly what ajv reports when it compiles the published schemas in memory with its stock options.
 */
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { majors } from "../../src/schema/majors.js";
import { schemaError, schemaErrorMessages, singleParams } from "../../src/schema/schema-error.js";
import type { DocumentName } from "../../src/schema/major.js";
import { ROOT } from "../helpers/cli.js";

/** Every JSON document under a folder, recursively. */
function jsonFiles(dir: string): unknown[] {
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".json"))
    .flatMap((f) => { try { return [JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as unknown]; } catch { return []; } });
}

const catalogues = [...jsonFiles(path.join(ROOT, "examples")), ...jsonFiles(path.join(ROOT, "test/fixtures"))]
  .filter((d): d is Record<string, unknown> & { items: unknown[] } => typeof d === "object" && d !== null && Array.isArray((d as { items?: unknown }).items));
const items = catalogues.flatMap((c) => c.items);

/** ajv with its stock 2020 options, compiling one major's published schemas. */
function reference(id: string): (name: DocumentName) => ReturnType<InstanceType<typeof Ajv2020.default>["getSchema"]> {
  // inlineRefs: false as the generator has it (shared $ref functions), which only changes schemaPath.
  const ajv = new Ajv2020.default({ allErrors: true, strict: true, discriminator: true, inlineRefs: false });
  addFormats.default(ajv, ["date"]);
  const dir = path.join(ROOT, "schemas", id);
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(".schema.json"))) ajv.addSchema(JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as object);
  return (name) => ajv.getSchema(JSON.parse(fs.readFileSync(path.join(dir, `${name}.schema.json`), "utf8")).$id as string);
}

/** A copy of `doc` with the value at one path (chosen by `pick`) replaced, or the key removed. */
function damaged(doc: unknown, pick: number, value: unknown, remove: boolean): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  const slots: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach((v, i) => { slots.push([node, i]); walk(v); });
    else if (typeof node === "object" && node !== null) for (const [k, v] of Object.entries(node)) { slots.push([node as Record<string, unknown>, k]); walk(v); }
  };
  walk(copy);
  if (slots.length === 0) return copy;
  const [parent, key] = slots[pick % slots.length]!;
  if (remove && !Array.isArray(parent)) delete parent[key as string];
  else (parent as Record<string | number, unknown>)[key] = value;
  return copy;
}

const junk = fc.oneof(
  fc.string({ maxLength: 8 }), fc.string({ unit: "grapheme", minLength: 190, maxLength: 520 }), fc.integer({ min: -5, max: 100 }), fc.double(),
  fc.constant(null), fc.constant([]), fc.constant({}), fc.boolean(), fc.constantFrom("2024-02-30", "2024-13-01", "0", "x".repeat(19)),
  fc.dictionary(fc.constantFrom("name", "code", "extra", "kind"), fc.string({ maxLength: 3 }), { maxKeys: 2 }),
);

describe.each(majors.map((m) => [m.id, m] as const))("generated full validators of %s", (id, major) => {
  const stock = reference(id);

  it("report exactly ajv's errors (paths, keywords, params, messages, order) for every example and fixture", () => {
    expect(catalogues.length).toBeGreaterThan(5);
    for (const doc of catalogues) {
      const ours = major.validators.catalogue;
      const theirs = stock("catalogue")!;
      expect(ours(doc)).toBe(theirs(doc));
      expect(ours.errors ?? null).toEqual(theirs.errors ?? null);
    }
  });

  it("report exactly ajv's errors for damaged catalogues and items (property)", () => {
    const names = Object.keys(major.validators) as DocumentName[];
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom(...names), fc.nat(), junk, fc.boolean(), (which, name, pick, value, remove) => {
        const source = name === "catalogue" ? catalogues[which % catalogues.length] : items[which % items.length];
        const doc = damaged(source, pick, value, remove);
        const ours = major.validators[name];
        const theirs = stock(name)!;
        expect(ours(doc)).toBe(theirs(doc));
        expect(ours.errors ?? null).toEqual(theirs.errors ?? null);
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * Every property of a record (items, and the records in their lists) set to each value that fails one of the checks
 * the generator turns into helper calls (src/schema/schema-checks.ts): a wrong type, an empty list (minItems),
 * a list with its first entry twice (uniqueItems), a string too long or too short, and the key removed (required).
 */
function variants(item: Record<string, unknown>): unknown[] {
  const out: unknown[] = [];
  const vary = (record: Record<string, unknown>, put: (changed: Record<string, unknown>) => unknown) => {
    for (const [key, value] of Object.entries(record)) {
      const { [key]: _, ...without } = record;
      out.push(put(without));
      for (const bad of [true, 7, "x", "", "字".repeat(10_001), [], {}, Array.isArray(value) ? [value[0], value[0], ...value] : [value, value]]) out.push(put({ ...record, [key]: bad }));
      if (Array.isArray(value) && typeof value[0] === "object" && value[0] !== null) {
        vary(value[0] as Record<string, unknown>, (entry) => put({ ...record, [key]: [entry, ...value.slice(1)] }));
      }
    }
  };
  vary(item, (changed) => changed);
  return out;
}

describe.each(majors.map((m) => [m.id, m] as const))("the rewritten checks of %s", (id, major) => {
  const stock = reference(id);
  it("report exactly ajv's errors for every property of every example item set wrong in each way", () => {
    const ours = major.validators;
    let failing = 0;
    for (const item of items as Record<string, unknown>[]) {
      const name = (["implementation-item", "standard-item", "basic-item"] as DocumentName[]).find((n) => ours[n](item)) ?? "implementation-item";
      const theirs = stock(name)!;
      for (const doc of variants(item)) {
        expect(ours[name](doc)).toBe(theirs(doc));
        expect(ours[name].errors ?? null).toEqual(theirs.errors ?? null);
        if (theirs.errors) failing++;
      }
    }
    expect(failing).toBeGreaterThan(1000);
    // Thousands of documents through two validators: a few seconds alone, over 60 s on a loaded 2-core machine.
  }, 240_000);
});

describe("schemaError", () => {
  it("starts a list, appends to one, and writes ajv's message", () => {
    const first = schemaError(null, "/items/0", "#/required", "code");
    expect(first).toEqual([{ instancePath: "/items/0", schemaPath: "#/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'" }]);
    const second = schemaError(first, "/title", "#/properties/title/maxLength", 200);
    expect(second).toBe(first);
    expect(second[1]).toEqual({ instancePath: "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" });
    const third = schemaError(null, "/items", "#/uniqueItems", { i: 3, j: 1 });
    expect(third[0]).toEqual({ instancePath: "/items", schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: 3, j: 1 }, message: "must NOT have duplicate items (items ## 1 and 3 are identical)" });
  });

  it("has a message for every keyword of ajv's error objects it is given (a missing one fails the generation)", () => {
    expect(Object.keys(schemaErrorMessages)).toEqual(expect.arrayContaining(["type", "required", "additionalProperties", "enum", "maxLength", "pattern", "format", "discriminator"]));
    expect(Object.keys(singleParams).filter((k) => !Object.hasOwn(schemaErrorMessages, k))).toEqual([]);
  });
});
