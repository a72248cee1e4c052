import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateJsonCatalogueFile } from "../../src/node/index.js";
import { validate } from "../../src/validate/validate.js";
import { readJson } from "../helpers/examples.js";
import { mutatedItems } from "./mutate.js";
import { scratchDir } from "../helpers/scratch.js";

const dir = scratchDir("zwfw-catalogue-stream-");
let n = 0;

/** Writes a document and returns its path. */
function write(document: unknown, space?: number): string {
  const file = path.join(dir, `c${n++}.json`);
  fs.writeFileSync(file, JSON.stringify(document, null, space));
  return file;
}

const county = readJson("examples/4-county-gusu.json");
const standard = readJson("examples/2-province-standard.json");

/** Header damage: each breaks a header field or a catalogue rule. */
const HEADER: ((c: Record<string, any>) => void)[] = [
  () => undefined,
  (c) => (c.region = { ...c.region, level: "3" }),
  (c) => (c.publisher = { ...c.publisher, creditCode: c.publisher.creditCode.slice(0, 17) + "0" }),
  (c) => delete c.schemaVersion,
  (c) => (c.kind = "nonsense"),
  (c) => delete c.kind,
  (c) => (c.items = "not a list"),
];

describe("validateJsonCatalogueFile (streaming) equals validate() on the same document", () => {
  it("for every example", async () => {
    for (const name of ["1-province-basic", "2-province-standard", "3-city-suzhou", "4-county-gusu", "5-township-jinchang", "6-village-yangyuxiang"]) {
      const doc = readJson(`examples/${name}.json`);
      expect(await validateJsonCatalogueFile(write(doc, 2))).toEqual(validate(doc));
    }
  });

  it("for generated catalogues: mutated and duplicated items, broken headers, items before or after the header", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(county, standard),
        fc.nat({ max: HEADER.length - 1 }),
        fc.constantFrom("header-first", "items-first", "items-middle"),
        fc.constantFrom<"zh-CN" | "en">("zh-CN", "en"),
        fc.context(),
        async (base, damage, layout, locale, ctx) => {
          const items = fc.sample(mutatedItems(base.items), { numRuns: 1, seed: n })[0]!;
          const { items: _omit, ...header } = structuredClone(base);
          const doc: Record<string, any> =
            layout === "header-first" ? { ...header, items }
            : layout === "items-first" ? { items, ...header }
            : { schemaVersion: header.schemaVersion, items, ...header };
          HEADER[damage]!(doc);
          ctx.log(JSON.stringify({ damage, layout, count: items.length }));
          expect(await validateJsonCatalogueFile(write(doc), { locale })).toEqual(validate(JSON.parse(JSON.stringify(doc)), { locale }));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("for documents that are not catalogue objects, and for 100,000 levels of nesting", async () => {
    for (const doc of [[1, 2], "text", 42, null, { kind: "implementation", items: [1, null, [], "x"] }]) {
      expect(await validateJsonCatalogueFile(write(doc))).toEqual(validate(doc));
    }
    const deep = path.join(dir, "deep.json");
    fs.writeFileSync(deep, "[".repeat(100_000) + "]".repeat(100_000));
    const report = await validateJsonCatalogueFile(deep, { locale: "en" });
    expect(report.issues.map((i) => [i.rule, i.severity, i.path, i.keyword])).toEqual([["schema", "error", "", "type"]]);
  });

  it("the last of repeated `items` keys counts, as in JSON.parse", async () => {
    const file = path.join(dir, "repeated.json");
    const { items, ...header } = county;
    fs.writeFileSync(file, `{"items": ${JSON.stringify([items[0], items[0]])}, ${JSON.stringify(header).slice(1, -1)}, "items": ${JSON.stringify(items)}}`);
    const report = await validateJsonCatalogueFile(file);
    expect(report).toEqual(validate(JSON.parse(fs.readFileSync(file, "utf8"))));
    expect(report.summary.items).toBe(items.length);
  });

  it("maxIssues keeps the first issues in report order and counts the rest, as for JSONL", async () => {
    // Every item repeated: one duplicate-item error per copy, plus the copies' other findings.
    const doc = { ...county, items: [...county.items, ...county.items, ...county.items] };
    const whole = validate(JSON.parse(JSON.stringify(doc)));
    expect(whole.issues.length).toBeGreaterThan(3);
    const capped = await validateJsonCatalogueFile(write(doc), { maxIssues: 3 });
    expect(capped.issues).toEqual(whole.issues.slice(0, 3));
    expect(capped.summary).toEqual(whole.summary);
    expect(capped.truncated).toEqual({ kept: 3, omitted: whole.issues.length - 3 });
    expect(capped.ok).toBe(whole.ok);
    // A cap the report does not reach changes nothing; 0 keeps all.
    expect(await validateJsonCatalogueFile(write(doc), { maxIssues: whole.issues.length })).toEqual(whole);
    expect(await validateJsonCatalogueFile(write(doc), { maxIssues: 0 })).toEqual(whole);
  });
});

