/**
 * Fuzzing (fast-check) the library's entries and the CLI: whatever the input, an entry returns or
 * throws only what it documents, and a command ends with exit 0, 1 or 2 and, on exit 2, one line.
 * CI runs a fixed budget; `npm run fuzz` sets ZWFW_FUZZ_RUNS for a longer run (ZWFW_FUZZ_SEED replays one).
 */
import { isWorded } from "../../src/i18n/localized-error.js";
import fc from "fast-check";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  catalogueFromRows, CatalogueDiffError, checkConformance, collectStream, deriveImplementation, diffCatalogues, rowsFromCatalogue,
  sheetFromCsv, StreamInputError, validate,
} from "../../src/index.js";
import { runCli } from "../helpers/cli.js";
import { readJson } from "../helpers/examples.js";
import { scratchDir } from "../helpers/scratch.js";

const RUNS = Number(process.env.ZWFW_FUZZ_RUNS) || 150;
const CLI_RUNS = Math.max(4, Math.round(RUNS / 25));
const SEED = process.env.ZWFW_FUZZ_SEED ? { seed: Number(process.env.ZWFW_FUZZ_SEED) } : {};
const params = { numRuns: RUNS, ...SEED };

const dir = scratchDir("zwfw-fuzz-");

const county = readJson("examples/4-county-gusu.json");
const city = readJson("examples/3-city-suzhou.json");

/** Keys that name Object.prototype members, mixed into every generated object. */
const key = fc.oneof(fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "items", "kind", "region", "name", "materials", "fees"), fc.string({ maxLength: 6 }));
/** Any JSON value, objects keyed by `key` (JSON.parse makes "__proto__" an own key: so does this). */
const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, fc.jsonValue({ maxDepth: 1 }), fc.array(tie("value"), { maxLength: 4 }), tie("object")),
  object: fc.array(fc.tuple(key, tie("value")), { maxLength: 5 }).map((entries) => {
    const o: Record<string, unknown> = {};
    for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
    return o;
  }),
})).value;

/** A catalogue with one value replaced somewhere: near-valid inputs reach deeper than random ones. */
function mutated(base: any): fc.Arbitrary<any> {
  return fc.tuple(fc.nat(), fc.nat(), key, json).map(([i, j, k, v]) => {
    const doc = structuredClone(base);
    const item = doc.items[i % doc.items.length];
    const targets = [doc, item, item.materials?.[0] ?? item, item.fees ?? item, item.agency ?? item];
    Object.defineProperty(targets[j % targets.length], k, { value: v, enumerable: true, writable: true, configurable: true });
    return doc;
  });
}

/** Whether an error is one the entry documents (a TypeError with the entry's own prefix, not a raw property error). */
/** A documented error: a TypeError worded from the catalogue (an error.* id) or with the entry's own prefix, or the entry's own class. */
const documented = (error: unknown, prefix: RegExp) =>
  (error instanceof TypeError && (prefix.test(error.message) || (isWorded(error) && error.messageId.startsWith("error."))))
  || error instanceof StreamInputError || error instanceof CatalogueDiffError;

describe("library entries on any input", () => {
  it("validate returns a report for any document", { timeout: RUNS * 100 + 60_000 }, () => {
    fc.assert(fc.property(fc.oneof(json, mutated(county)), (doc) => {
      const report = validate(doc);
      return typeof report.ok === "boolean" && report.issues.every((i) => typeof i.message === "string");
    }), params);
  });

  it("collectStream resolves, or rejects with a StreamInputError", { timeout: RUNS * 100 + 60_000 }, async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.oneof(json.map((v) => JSON.stringify(v) ?? ""), fc.string()), { maxLength: 6 }), async (lines) => {
      const outcome = await collectStream([lines.join("\n")], { maxLineBytes: 4096 }).then(() => undefined, (e: unknown) => e);
      return outcome === undefined || outcome instanceof StreamInputError;
    }), params);
  });

  it("sheetFromCsv and catalogueFromRows: a sheet or a StreamInputError; then a report, never a throw", { timeout: RUNS * 100 + 60_000 }, () => {
    const cell = fc.oneof(fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "\r", "=", "'", "中", "1") }), fc.constant(""));
    fc.assert(fc.property(fc.array(cell, { maxLength: 12 }), fc.array(fc.array(fc.oneof(json, cell), { maxLength: 6 }), { maxLength: 5 }), (text, rows) => {
      try {
        const sheet = sheetFromCsv(text.join(""), "事项", { maxRows: 5 });
        catalogueFromRows([sheet]);
      } catch (error) {
        if (!(error instanceof StreamInputError)) throw error;
      }
      catalogueFromRows([{ name: "事项", rows: [["事项名称", "基本编码", "实施编码"], ...rows] }, { name: "申请材料", rows: [["基本编码", "材料名称"], ...rows] }]);
      return true;
    }), params);
  });

  it("rowsFromCatalogue, deriveImplementation, diffCatalogues and checkConformance throw only what they document", { timeout: RUNS * 100 + 60_000 }, () => {
    const agency = { name: "姑苏区行政审批局", creditCode: county.items[0].agency.creditCode, nature: "1" as const };
    fc.assert(fc.property(fc.oneof(json, mutated(county)), fc.oneof(json, mutated(city)), (lower, upper) => {
      const attempts: [() => unknown, RegExp][] = [
        [() => rowsFromCatalogue(lower as never), /^rowsFromCatalogue: /],
        [() => deriveImplementation(upper, { region: { code: "320508000000" }, agency }), /^deriveImplementation: /],
        [() => diffCatalogues(upper, lower), /^diffCatalogues: /],
        [() => checkConformance(upper, lower), /^conformance: /],
      ];
      for (const [attempt, prefix] of attempts) {
        try {
          attempt();
        } catch (error) {
          if (!documented(error, prefix)) throw error;
        }
      }
      return true;
    }), params);
  });
});

describe("CLI entries on any input", () => {
  it("validate, export and diff end with exit 0, 1 or 2, and exit 2 is one line", { timeout: CLI_RUNS * 15_000 }, () => {
    const bytes = fc.oneof(
      json.map((v) => JSON.stringify(v) ?? ""),
      mutated(county).map((d) => JSON.stringify(d)),
      fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b).toString("latin1")),
    );
    let n = 0;
    fc.assert(fc.property(bytes, fc.constantFrom("json", "jsonl", "csv"), (text, ext) => {
      const file = path.join(dir, `case-${n++}.${ext}`);
      fs.writeFileSync(file, text, "latin1");
      const runs = ext === "csv"
        ? [runCli(["import", file, "-o", path.join(dir, "out.json")])]
        : [runCli(["validate", file, "--jobs", "2"]), ...(ext === "json" ? [runCli(["export", file, "-o", path.join(dir, "out.csv")]), runCli(["diff", file, "examples/4-county-gusu.json"])] : [])];
      for (const run of runs) {
        expect([0, 1, 2]).toContain(run.code);
        expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
        if (run.code === 2) expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
      }
      return true;
    }), { numRuns: CLI_RUNS, ...SEED });
  });
});
