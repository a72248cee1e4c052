/**
 * The Node fast path validates a JSONL line as the Latin-1 text of its UTF-8 bytes and decodes
 * only a line that fails. These tests hold it to the decoded path: the same issues, in the same
 * order, for any text, and keep the schema within the conditions that make it sound.
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineValidator } from "../../src/validate/line-validator.js";
import { readJson } from "../helpers/examples.js";
import { mutatedItems } from "../stream/mutate.js";

type Item = Record<string, any>;

const pool: Item[] = ["3-city-suzhou", "4-county-gusu", "5-township-jinchang", "6-village-yangyuxiang"].flatMap((n) => readJson(`examples/${n}.json`).items);

/** The Latin-1 text of a string's UTF-8 bytes, as latin1Decoder gives it. */
const latin1Of = (text: string) => Buffer.from(text, "utf8").toString("latin1");

/** Paths of the string values in an item. */
function stringPaths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (typeof value === "string") out.push(at);
  else if (Array.isArray(value)) value.forEach((v, i) => stringPaths(v, [...at, i], out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) stringPaths(v, [...at, k], out);
  return out;
}

function setAt(item: Item, at: (string | number)[], value: string): void {
  let node: any = item;
  for (const key of at.slice(0, -1)) node = node[key];
  node[at.at(-1)!] = value;
}

/** Text that stresses the mapping: CJK near length limits, astral characters, Latin-1 letters, wide spaces, lookalike digits. */
const hardText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({ unit: fc.constantFrom("中", "事", "项", "𠀀", "é", "Ã", "©", "\u3000", "\u00a0", "１", "1", "A", " "), minLength: 0, maxLength: 260 }),
  fc.constantFrom("", " ", "\u3000", "é", "１１３２００００ＭＢ５５００００４Ｍ", "000123018000", "0001230180００"),
);

/** One JSONL line: an item (mutated, with one string replaced) written plainly, with \u escapes, or padded; or a blank or broken line. */
const line = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(mutatedItems(pool), fc.nat(), hardText, fc.constantFrom("plain", "escaped", "padded")).map(([items, pick, text, style]) => {
    const item = items[0] ?? structuredClone(pool[0]!);
    const paths = stringPaths(item);
    if (paths.length > 0 && pick % 3 !== 0) setAt(item, paths[pick % paths.length]!, text);
    const json = JSON.stringify(item);
    if (style === "escaped") return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    return style === "padded" ? ` ${json}\u3000` : json;
  }) },
  { weight: 1, arbitrary: fc.constantFrom("", "   ", "\u3000", " \u3000 ", "{not json", "[1,2]", "\"中\"", "{\"name\":\"中\u0001\"}") },
);

describe("Latin-1 fast path of LineValidator", () => {
  it("gives exactly the decoded path's issues and item count, for any text (property)", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), fc.constantFrom("zh-CN" as const, "en" as const), (lines, locale) => {
        const decoded = new LineValidator({ locale, file: "f.jsonl" });
        const fast = new LineValidator({ locale, file: "f.jsonl" });
        lines.forEach((text, i) => {
          expect(fast.validateLatin1Line(latin1Of(text), i + 1)).toEqual(decoded.validateLine(text, i + 1));
        });
        expect(fast.items).toBe(decoded.items);
      }),
      { numRuns: 400 },
    );
  });

  it("sends a valid line with a long Chinese name to the decoded path, and finds it valid", () => {
    const item = structuredClone(pool[0]!);
    item.name = "事".repeat(150); // 150 characters (valid), 450 bytes (over maxLength 200 as Latin-1)
    const text = JSON.stringify(item);
    expect(new LineValidator().validateLatin1Line(latin1Of(text), 1)).toEqual([]);
  });
});

/** Walks every schema object of the emitted v1 schemas. */
function* schemaNodes(node: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(node)) for (const n of node) yield* schemaNodes(n);
  else if (node && typeof node === "object") {
    yield node as Record<string, unknown>;
    for (const [key, value] of Object.entries(node)) if (key !== "examples" && key !== "default") yield* schemaNodes(value);
  }
}

describe("the v1 schemas keep the Latin-1 fast path sound", () => {
  const dir = path.join(import.meta.dirname, "../../schemas/v1");
  const schemas = fs.readdirSync(dir).filter((f) => f.endsWith(".schema.json")).map((f) => [f, JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"))] as const);

  it.each(schemas)("%s: minLength ≤ 1, ASCII patterns without '.' or negated classes, no U+0080–U+00FF in enum or const, format date only", (_name, schema) => {
    for (const node of schemaNodes(schema)) {
      if (typeof node.minLength === "number") expect(node.minLength).toBeLessThanOrEqual(1);
      if (typeof node.pattern === "string") {
        expect(node.pattern).toMatch(/^[\x20-\x7e]*$/);
        // An unescaped "." or a negated class would match a Latin-1 character where the decoded text has a different one.
        expect(node.pattern.replace(/\\./g, "")).not.toMatch(/\.|\[\^/);
        expect(node.pattern).not.toMatch(/\\[DSWP]/);
      }
      const values = [...(Array.isArray(node.enum) ? node.enum : []), ...("const" in node ? [node.const] : [])];
      for (const v of values) if (typeof v === "string") expect(v).not.toMatch(/[\u0080-\u00ff]/);
      if (typeof node.format === "string") expect(node.format).toBe("date");
    }
  });
});
