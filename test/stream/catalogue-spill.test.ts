/**
 * The large-JSON catalogue path in bounded memory (issue 14 point 3): its items' duplicate keys go
 * through the same spill as a JSONL run's (a fixed buffer, sorted runs on disk, candidates read
 * again), and `maxIssues` is applied while running. Its report equals validate()'s cut at the cap
 * (capReport), for any cap and spill bound, with real hashes and with every key on one fingerprint,
 * and its temporary files are gone however the run ends.
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CatalogueRun } from "../../src/node/catalogue-run.js";
import { validateCatalogueSpilled } from "../../src/node/validate-json-catalogue.js";
import { capReport } from "../../src/report/issue-collector.js";
import { validate } from "../../src/validate/validate.js";
import { readJson } from "../helpers/examples.js";
import { mutatedItems } from "./mutate.js";
import { scratchDir } from "../helpers/scratch.js";

const dir = scratchDir("zwfw-catalogue-spill-");
// Spill files go to a temporary folder of this file's own (os.tmpdir() reads TMPDIR), so other runs' files never count.
const tmp = scratchDir("zwfw-catalogue-spill-tmp-");
const savedTmp = process.env.TMPDIR;
beforeAll(() => void (process.env.TMPDIR = tmp));
afterAll(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
});
let n = 0;

/** Writes a document and returns its path. */
function write(document: unknown): string {
  const file = path.join(dir, `c${n++}.json`);
  fs.writeFileSync(file, JSON.stringify(document));
  return file;
}

/** Temporary files of spilled keys now in this file's temporary folder. */
const spillDirs = () => fs.readdirSync(tmp).filter((name) => name.startsWith("zwfw-keys-"));

/** Every key on one fingerprint: each pair of keys is a candidate, so only the keys read again tell duplicates apart. */
const COLLIDE = { slot: () => 7, fingerprint: () => 7 };

/** Both majors (they read an item listed whole beside its own handling items differently), implementation and standard lists. */
const BASES = ["examples/4-county-gusu.json", "examples/v2/4-county-gusu.json", "examples/2-province-standard.json", "examples/v2/3-city-suzhou.json"].map(readJson);

/** Items drawn from the base, mutated and repeated, some split into handling items (…01, …02) and some listed whole beside them. */
const items = (base: Record<string, any>) =>
  fc.tuple(mutatedItems(base.items), fc.array(fc.nat(), { maxLength: 4 })).map(([list, splits]) => {
    const out = [...list];
    for (const s of splits) {
      const item = base.items[s % base.items.length];
      if (typeof item.implementationCode === "string") out.splice(s % (out.length + 1), 0, { ...item, handlingItemCode: item.implementationCode + (s % 2 ? "01" : "02") });
    }
    return out;
  });

/** Header damage: none; a schema error; a catalogue rule; a vague (discriminator) error beside precise ones. */
const HEADER: ((c: Record<string, any>) => void)[] = [
  () => undefined,
  (c) => (c.publisher = { ...c.publisher, creditCode: "X" }),
  (c) => (c.region = { ...c.region, level: "3" }),
  (c) => (c.kind = "nonsense"),
  (c) => delete c.kind,
];

describe("the streamed catalogue with spilled keys and a running cap", () => {
  it("equals capReport(validate(document), cap) for small caps and spill bounds, with real and colliding hashes (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...BASES).chain((base) => fc.tuple(fc.constant(base), items(base))),
        fc.constantFrom(0, 1, 2, 3, 5, 8),
        fc.constantFrom(1, 2, 3, 7),
        fc.boolean(),
        fc.constantFrom("header-first", "items-first"),
        fc.nat({ max: HEADER.length - 1 }),
        async ([base, list], cap, bound, collide, layout, damage) => {
          const { items: _omit, ...header } = structuredClone(base);
          HEADER[damage]!(header);
          const doc = layout === "header-first" ? { ...header, items: list } : { items: list, ...header };
          const locale = cap % 2 ? "en" : "zh-CN";
          const streamed = await validateCatalogueSpilled(write(doc), { maxIssues: cap, locale }, { bound, ...(collide ? { hash: COLLIDE } : {}) });
          expect(streamed).toEqual(capReport(validate(JSON.parse(JSON.stringify(doc)), { locale }), cap));
        },
      ),
      { numRuns: 80 },
    );
    expect(spillDirs()).toEqual([]);
  });

  it("finds every duplicate of a catalogue whose items all repeat, spilling after each key, every key colliding, and cuts at the cap", async () => {
    const county = readJson("examples/v2/4-county-gusu.json");
    const doc = { ...county, items: [...county.items, ...county.items, ...county.items, ...county.items] };
    const whole = validate(JSON.parse(JSON.stringify(doc)));
    const duplicates = whole.issues.filter((i) => i.rule === "duplicate-item");
    // Three repeats of each item: each names the first copy by its pointer.
    expect(duplicates).toEqual(
      doc.items.slice(county.items.length).map((item: any, k: number) => ({
        rule: "duplicate-item",
        severity: "error",
        path: `/items/${county.items.length + k}/implementationCode`,
        itemCode: item.implementationCode,
        message: `事项 ${item.implementationCode} 重复，首次出现于 /items/${k % county.items.length}`,
      })),
    );
    for (const cap of [0, 1, 4, whole.issues.length - 1, whole.issues.length]) {
      const report = await validateCatalogueSpilled(write(doc), { maxIssues: cap }, { bound: 1, hash: COLLIDE });
      expect(report).toEqual(capReport(whole, cap));
    }
    const capped = await validateCatalogueSpilled(write(doc), { maxIssues: 2 }, { bound: 1 });
    expect(capped.issues).toEqual(whole.issues.slice(0, 2));
    expect(capped.summary).toEqual(whole.summary);
    expect(capped.truncated).toEqual({ kept: 2, omitted: whole.issues.length - 2 });
  });

  it("removes its temporary files when the input breaks after the items started", async () => {
    const county = readJson("examples/4-county-gusu.json");
    const file = path.join(dir, "broken.json");
    // 1,100 items, so progress is reported (every 1,024 items) while the key log and a spilled run exist.
    const many = { ...county, items: Array.from({ length: 1100 }, (_, i) => county.items[i % county.items.length]) };
    fs.writeFileSync(file, JSON.stringify(many).slice(0, -40));
    let during: string[] = [];
    const progress = () => void (during = spillDirs());
    await expect(validateCatalogueSpilled(file, { onProgress: progress }, { bound: 64 })).rejects.toThrow(/JSON/);
    expect(during).toHaveLength(2);
    expect(spillDirs()).toEqual([]);
  });

  it("a CatalogueRun without options keeps its keys in memory and every issue, as before", () => {
    const county = readJson("examples/4-county-gusu.json");
    const doc = { ...county, items: [...county.items, ...county.items] };
    const run = new CatalogueRun("zh-CN");
    for (const [key, value] of Object.entries(doc)) if (key !== "items") run.header[key] = value;
    run.startItems();
    doc.items.forEach((item: unknown, index: number) => run.item(index, item));
    expect(run.report()).toEqual(validate(JSON.parse(JSON.stringify(doc))));
    expect(spillDirs()).toEqual([]);
  });
});
