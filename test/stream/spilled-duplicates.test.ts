/**
 * The duplicate check of a worker-pool run keeps fingerprints and line offsets in a bounded buffer
 * that spills sorted runs to disk, and re-reads candidate lines from the file (issue 14): its
 * report equals the single-thread one and its duplicates those of a Map keyed by the keys
 * themselves, across ranges, with CRLF, a BOM and blank lines, when the buffer spills after a
 * few keys, when every key collides, and with a cap on the issues.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RangeMerger } from "../../src/node/range-merger.js";
import { FileLineKeys } from "../../src/node/spilled-duplicates.js";
import { newlineRanges } from "../../src/node/ranges.js";
import validateRange from "../../src/node/validate-range-worker.js";
import zlib from "node:zlib";
import { latin1Decoder } from "../../src/node/latin1-decoder.js";
import { openFile } from "../../src/node/open-file.js";
import { collectStreamSpilled } from "../../src/node/validate-stream-spilled.js";
import { validateJsonLinesFile } from "../../src/node/validate-jsonl-file.js";
import { collectStream } from "../../src/stream/validate-stream.js";
import { claimDuplicateKey, claimedKeysInMaps } from "../../src/rules/item-kind.js";
import { latestMajor } from "../../src/schema/majors.js";
import { LineValidator } from "../../src/validate/line-validator.js";
import { readJson } from "../helpers/examples.js";
import { scratchDir } from "../helpers/scratch.js";

const dir = scratchDir("zwfw-spill-test-");

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
      // Issues of other rules between the duplicates: a broken line, and a repeat with a finding of its own on its line.
      if (i % 7 === 3) lines.push(`{"broken": ${i}`);
      if (i % 11 === 4) lines.push(JSON.stringify({ ...item, fees: { ...item.fees, charged: !item.fees?.charged } }));
    });
  }
  const file = path.join(dir, "sample.jsonl");
  fs.writeFileSync(file, "\ufeff" + lines.join("\r\n") + "\r\n");
  return file;
}

/** The duplicates (line → first line) a Map finds from the keys of the valid lines. */
function mapReference(file: string): [number, number][] {
  const keyed: { key: string; field: string; line: number }[] = [];
  const validator = new LineValidator({ onKey: (entry, line) => keyed.push({ key: entry.key, field: entry.field, line }) });
  fs.readFileSync(file, "utf8").replace(/^\ufeff/, "").split("\n").forEach((text, i) => validator.validateLine(text.replace(/\r$/, ""), i + 1));
  const seen = claimedKeysInMaps<number>();
  const found: [number, number][] = [];
  for (const { key, field, line } of keyed) {
    const first = claimDuplicateKey(seen, key, field, line, latestMajor.wholeBesideHandlingItems);
    if (first !== undefined) found.push([line, first]);
  }
  return found;
}

/** Temporary files of spilled keys now in os.tmpdir(). */
const spillDirs = () => fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith("zwfw-keys-"));

/** Validates the file in small ranges and merges them, the keys spilled every `bound` keys, with hashes forced to collide or not. */
async function merged(file: string, { collide = false, bound = 7, maxIssues = 0 } = {}) {
  const hash = collide ? { hash: { slot: () => 7, fingerprint: () => 7 } } : {};
  const merger = new RangeMerger("en", file, maxIssues, { source: new FileLineKeys(file, "implementation"), bound, ...hash });
  for (const range of newlineRanges(file, 4000)) merger.add(await validateRange({ file, ...range, item: "implementation", locale: "en" }));
  return merger.report();
}

const duplicatesOf = (issues: { rule: string; line?: number; message: string }[]) =>
  issues.filter((i) => i.rule === "duplicate-item").map((i) => [i.line!, Number(/line (\d+)$/.exec(i.message)![1])] as [number, number]);

describe("spilled duplicate keys across worker ranges", () => {
  it("finds exactly the duplicates a Map finds and the single-thread report, spilling or not, with real hashes and with every key colliding", async () => {
    const file = sample();
    const reference = mapReference(file);
    // Not vacuous: repeats across ranges, and both kinds of clash with handling items.
    expect(reference.length).toBeGreaterThan(40);
    expect(reference.some(([line, first]) => line - first > 40)).toBe(true);
    // The reference reads the file as one stream, with the exact key table.
    const single = await collectStream(openFile(file), { locale: "en", maxIssues: 0, file });
    expect(new Set(single.issues.filter((i) => i.rule === "duplicate-item").map((i) => i.path))).toEqual(new Set(["/implementationCode", "/handlingItemCode"]));
    const before = spillDirs();
    for (const collide of [false, true]) {
      for (const bound of [1, 7, 1 << 20]) {
        const report = await merged(file, { collide, bound });
        expect(duplicatesOf(report.issues)).toEqual(reference);
        expect(report).toEqual(single);
      }
    }
    // Every run's temporary file was removed.
    expect(spillDirs()).toEqual(before);
  });

  it("keeps the same first issues as the single-thread run under a cap, the duplicates found late in their places", async () => {
    const file = sample();
    for (const maxIssues of [1, 5, 30]) {
      const single = await collectStream(openFile(file), { locale: "en", maxIssues, file });
      expect(single.truncated).toBeDefined();
      expect(new Set(single.issues.map((i) => i.rule)).size).toBeGreaterThan(maxIssues === 1 ? 0 : 1);
      expect(await merged(file, { maxIssues })).toEqual(single);
    }
  });

  it("gives the same report for input read once (gzip, a pipe), its keys in a temporary key log, spilling or not, under a cap too", async () => {
    const file = sample();
    const gz = path.join(dir, "sample.jsonl.gz");
    fs.writeFileSync(gz, zlib.gzipSync(fs.readFileSync(file)));
    const before = spillDirs();
    for (const maxIssues of [0, 1, 30]) {
      const single = await collectStream(openFile(file), { locale: "en", maxIssues, file });
      for (const spillBound of [1, 5, 1 << 20]) {
        expect(await collectStreamSpilled(openFile(file), { locale: "en", maxIssues, file, spillBound, decoder: latin1Decoder })).toEqual(single);
      }
      // Through the file entry point, with the bound from the environment.
      process.env.ZWFW_SPILL_KEYS = "3";
      try {
        const report = await validateJsonLinesFile(gz, { locale: "en", maxIssues });
        expect(JSON.stringify(report)).toBe(JSON.stringify(single).replaceAll(JSON.stringify(file), JSON.stringify(gz)));
      } finally {
        delete process.env.ZWFW_SPILL_KEYS;
      }
    }
    expect(spillDirs()).toEqual(before);
  });

  it("claims no duplicate from a line whose text changed since it was validated", async () => {
    const file = path.join(dir, "changed.jsonl");
    const item = readJson("examples/4-county-gusu.json").items[0];
    const line = JSON.stringify(item);
    fs.writeFileSync(file, `${line}\n${line}\n`);
    const merger = new RangeMerger("en", file, 0, { source: new FileLineKeys(file, "implementation"), bound: 1 });
    merger.add(await validateRange({ file, start: 0, end: fs.statSync(file).size, item: "implementation", locale: "en" }));
    fs.writeFileSync(file, `${" ".repeat(line.length)}\n${line}\n`);
    expect(merger.report().issues).toEqual([]);
  });
});
