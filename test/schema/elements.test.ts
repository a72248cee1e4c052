/**
 * The element table of each major is the schema's field list: every property of the emitted JSON
 * Schemas, with its title, required flag and codes, found again by elementAt and leafElements.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { elementAt, elementDocument, elementsAlong, elementTableOf, leafElements } from "../../src/schema/elements.js";
import type { DocumentName } from "../../src/schema/major.js";
import { majors } from "../../src/schema/majors.js";
import { ROOT } from "../helpers/cli.js";

type Node = Record<string, any>;
const ITEM_DOCUMENTS: DocumentName[] = ["basic-item", "standard-item", "implementation-item"];

/** The leaf properties of an item document, walked straight from the emitted JSON files (title path → required). */
function schemaLeaves(id: string, document: string): Map<string, boolean> {
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, "schemas", id, file), "utf8")) as Node;
  const defs = read("defs.schema.json").$defs as Record<string, Node>;
  const resolve = (node: Node): Node => {
    if (typeof node.$ref !== "string") return node;
    const name = /#\/\$defs\/(\w+)$/.exec(node.$ref)?.[1];
    return resolve(name ? defs[name]! : read(node.$ref));
  };
  const out = new Map<string, boolean>();
  const walk = (schema: Node, titles: string[]) => {
    const required = new Set<string>(schema.required ?? []);
    for (const [key, written] of Object.entries<Node>(schema.properties ?? {})) {
      let node = resolve(written);
      if (node.type === "array") node = resolve(node.items);
      const here = [...titles, String(written.title)];
      if (node.properties) walk(node, here);
      else out.set(here.join("›"), titles.length === 0 && required.has(key));
    }
  };
  walk(resolve(read(`${document}.schema.json`)), []);
  return out;
}

describe.each(majors.map((m) => [m.id, m] as const))("element table of %s", (id, major) => {
  it("is registered and generated for every document", () => {
    const table = elementTableOf(major);
    for (const name of ["catalogue", ...ITEM_DOCUMENTS] as DocumentName[]) expect(table.documents[name]).toBeDefined();
  });

  it.each(ITEM_DOCUMENTS)("lists every leaf property of %s with its title path and required flag, as the schema does", (document) => {
    const leaves = leafElements(major, document);
    const fromTable = new Map(leaves.map((l) => [l.titles.join("›"), l.path.length === 1 && l.element.required]));
    expect(fromTable).toEqual(schemaLeaves(id, document));
  });

  it("finds the titles along a pointer, skipping list indexes", () => {
    expect(elementAt(major, "standard-item", "/timeLimit/promised/unit")).toEqual(["办结时限", "承诺办结时限", "时限单位"]);
    expect(elementAt(major, "catalogue", "/items/3/materials/0/name")).toEqual(["事项", "申请材料", "材料名称"]);
    expect(elementAt(major, "implementation-item", "/agency/creditCode")).toEqual(["实施主体", "实施主体统一社会信用代码"]);
    expect(elementAt(major, "catalogue", "")).toEqual([]);
  });

  it("names no element for a pointer that leaves the schema, nor for a key of another kind", () => {
    expect(elementAt(major, "standard-item", "/timeLimit/promised/hours")).toBeUndefined();
    expect(elementAt(major, "basic-item", "/materials/0/name")).toBeUndefined();
    expect(elementAt(major, "standard-item", "/extensions/local/x")).toBeUndefined();
  });

  it("carries types, codes and the code set a coded element uses", () => {
    const levels = elementsAlong(major, "basic-item", "/levels")!.at(-1)!;
    expect(levels).toMatchObject({ key: "levels", title: "行使层级", type: "string", array: true, required: true, codeSet: "level" });
    expect(levels.codes).toEqual(["1", "2", "3", "4", "5", "6"]);
    const kind = elementsAlong(major, "catalogue", "/kind")!.at(-1)!;
    expect(kind.codes).toEqual(expect.arrayContaining(["basic", "standard", "implementation"]));
    expect(elementsAlong(major, "standard-item", "/visits")!.at(-1)).toMatchObject({ type: "integer", array: false, required: true });
  });

  it("merges a catalogue's kinds: the items carry every kind's elements, required only where every kind requires them", () => {
    const items = elementDocument(major, "catalogue").children.find((c) => c.key === "items")!;
    const keys = items.children.map((c) => c.key);
    expect(keys).toEqual(expect.arrayContaining(["basicCode", "materials", "implementationCode"]));
    expect(items.children.find((c) => c.key === "name")!.required).toBe(true);
    expect(items.children.find((c) => c.key === "implementationCode")!.required).toBe(false);
  });
});

describe("v2 elements", () => {
  const v2 = majors.find((m) => m.id === "v2")!;
  it("holds the nested lists of v2 by their titles", () => {
    expect(elementAt(v2, "implementation-item", "/situations/0/materials")).toEqual(["办理情形", "情形材料"]);
    expect(elementAt(v2, "standard-item", "/specialProcedures/1/timeLimit/unit")).toEqual(["特别程序", "特别程序时限", "时限单位"]);
    expect(elementAt(v2, "standard-item", "/faqs/0/answer")).toEqual(["常见问题", "解答"]);
  });
});
