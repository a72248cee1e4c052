/**
 * The duplicate check of a worker-pool run keeps hashes and lines and re-reads candidate lines from
 * the file (issue 14): its duplicates equal those of a Map keyed by the keys themselves, across
 * ranges, with CRLF and blank lines, and when every key collides.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LineKeyReader } from "../../src/node/line-key-reader.js";
import { RangeMerger } from "../../src/node/range-merger.js";
import { newlineRanges } from "../../src/node/ranges.js";
import validateRange from "../../src/node/validate-range-worker.js";
import { validateJsonLinesFile } from "../../src/node/validate-jsonl-file.js";
import { claimDuplicateKey, claimedKeysInMaps } from "../../src/rules/item-kind.js";
import { latestMajor } from "../../src/schema/majors.js";
import { LineValidator } from "../../src/validate/line-validator.js";
import { readJson } from "../helpers/examples.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zwfw-fingerprint-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Example items repeated across the file, split into handling items (…01, …02) and listed whole beside them, with blank lines and CRLF. */
function sample(): string {
  const items: Record<string, any>[] = ["3-city-suzhou", "4-county-gusu", "5-township-jinchang", "6-village-yangyuxiang"].flatMap((n) => readJson(`examples/${n}.json`).items);
  const lines: string[] = [];
  for (let round = 0; round < 4; round++) {
    items.forEach((item, i) => {
      if ((round + i) % 3 === 0) {
        for (const sequence of ["01", "02"]) lines.push(JSON.stringify({ ...item, handlingItemCode: item.implementationCode + sequence }));
      }
      lines.push(JSON.stringify(item));
      if (i % 5 === 0) lines.push("");
    });
  }
  const file = path.join(dir, "sample.jsonl");
  fs.writeFileSync(file, lines.join("\r\n") + "\r\n");
  return file;
}

/** The duplicates (line → first line) a Map finds from the keys of the valid lines. */
function mapReference(file: string): [number, number][] {
  const keyed: { key: string; field: string; line: number }[] = [];
  const validator = new LineValidator({ onKey: (entry, line) => keyed.push({ key: entry.key, field: entry.field, line }) });
  fs.readFileSync(file, "utf8").split("\n").forEach((text, i) => validator.validateLine(text.replace(/\r$/, ""), i + 1));
  const seen = claimedKeysInMaps<number>();
  const found: [number, number][] = [];
  for (const { key, field, line } of keyed) {
    const first = claimDuplicateKey(seen, key, field, line, latestMajor.wholeBesideHandlingItems);
    if (first !== undefined) found.push([line, first]);
  }
  return found;
}

/** Validates the file in small ranges and merges them, remembering keys as hashes (forced to collide, or not). */
async function merged(file: string, collide: boolean) {
  const merger = new RangeMerger("en", file, 0, { reader: new LineKeyReader(file, "implementation"), ...(collide ? { hash: { slot: () => 7, fingerprint: () => 7 } } : {}) });
  for (const range of newlineRanges(file, 4000)) merger.add(await validateRange({ file, ...range, item: "implementation", locale: "en" }), range);
  return merger.report();
}

const duplicatesOf = (issues: { rule: string; line?: number; message: string }[]) =>
  issues.filter((i) => i.rule === "duplicate-item").map((i) => [i.line!, Number(/line (\d+)$/.exec(i.message)![1])] as [number, number]);

describe("fingerprint duplicate table across worker ranges", () => {
  it("finds exactly the duplicates a Map finds, with real hashes and with every key colliding", async () => {
    const file = sample();
    const reference = mapReference(file);
    // Not vacuous: repeats across ranges, and both kinds of clash with handling items.
    expect(reference.length).toBeGreaterThan(40);
    expect(reference.some(([line, first]) => line - first > 40)).toBe(true);
    const single = await validateJsonLinesFile(file, { jobs: 1, locale: "en", maxIssues: 0 });
    expect(new Set(single.issues.filter((i) => i.rule === "duplicate-item").map((i) => i.path))).toEqual(new Set(["/implementationCode", "/handlingItemCode"]));
    for (const collide of [false, true]) {
      const report = await merged(file, collide);
      expect(duplicatesOf(report.issues)).toEqual(reference);
      expect(report).toEqual(single);
    }
  });

  it("claims no duplicate from a line whose text changed since it was validated", () => {
    const file = path.join(dir, "changed.jsonl");
    const item = readJson("examples/4-county-gusu.json").items[0];
    fs.writeFileSync(file, `${JSON.stringify(item)}\n{"changed": true}\n`);
    const reader = new LineKeyReader(file, "implementation");
    reader.addRange(0, fs.statSync(file).size, 1);
    expect(reader.keyAt(1)).toBe(item.implementationCode);
    expect(reader.keyAt(2)).toBeUndefined();
    expect(reader.keyAt(3)).toBeUndefined();
  });
});
