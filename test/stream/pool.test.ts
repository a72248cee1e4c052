import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { newlineRanges, validateJsonLinesFile } from "../../src/node/index.js";
import { readJson } from "../helpers/examples.js";
import { scratchDir } from "../helpers/scratch.js";

const dir = scratchDir("zwfw-pool-");
afterEach(() => delete process.env.ZWFW_RANGE_BYTES);

/** A JSONL file of the example items with duplicates across the file, broken lines and blank lines. */
function sample(): string {
  const items: Record<string, any>[] = ["3-city-suzhou", "4-county-gusu", "5-township-jinchang", "6-village-yangyuxiang"].flatMap((n) => readJson(`examples/${n}.json`).items);
  const lines: string[] = [];
  for (let round = 0; round < 6; round++) {
    items.forEach((item, i) => {
      const copy = structuredClone(item);
      if ((round + i) % 5 === 0) copy.visits = -1;
      if ((round + i) % 7 === 0) copy.fees = { charged: true, items: [] };
      lines.push(JSON.stringify(copy));
      if (i % 4 === 0) lines.push("");
    });
    lines.push("{not json");
  }
  const file = path.join(dir, "sample.jsonl");
  fs.writeFileSync(file, lines.join("\r\n") + "\n");
  return file;
}

describe("parallel JSONL validation", () => {
  it("cuts ranges only after newlines, covering the whole file", () => {
    const file = sample();
    const ranges = newlineRanges(file, 1000);
    const bytes = fs.readFileSync(file);
    expect(ranges.length).toBeGreaterThan(5);
    expect(ranges[0]!.start).toBe(0);
    expect(ranges.at(-1)!.end).toBe(bytes.length);
    for (let i = 0; i < ranges.length; i++) {
      expect(bytes[ranges[i]!.end - 1]).toBe(10);
      if (i > 0) expect(ranges[i]!.start).toBe(ranges[i - 1]!.end);
    }
  });

  it("a worker-pool run equals a single-thread run (issues, order, lines, duplicates across ranges)", async () => {
    const file = sample();
    const single = await validateJsonLinesFile(file, { jobs: 1, locale: "en" });
    process.env.ZWFW_RANGE_BYTES = "3000";
    // jobs 2: the calling thread and one worker; 3: two workers, each holding two ranges.
    for (const jobs of [2, 3]) expect(await validateJsonLinesFile(file, { jobs, locale: "en" })).toEqual(single);
    const rules = new Set(single.issues.map((i) => i.rule));
    expect([...rules].sort()).toEqual(["duplicate-item", "fee-charged-inconsistent", "malformed-json", "schema"]);
    // Duplicates point back to the first line, which lies in an earlier range.
    const duplicate = single.issues.find((i) => i.rule === "duplicate-item")!;
    expect(duplicate.message).toMatch(/first seen on line \d+$/);
  });

  it("reports an unreadable line of a later range with its absolute line number", async () => {
    const file = path.join(dir, "bad.jsonl");
    const good = JSON.stringify(readJson("examples/4-county-gusu.json").items[0]);
    fs.writeFileSync(file, Buffer.concat([Buffer.from(`${good}\n`.repeat(20)), Buffer.from([0x7b, 0xc3, 0x28, 0x7d, 0x0a])]));
    process.env.ZWFW_RANGE_BYTES = "5000";
    const error = await validateJsonLinesFile(file, { jobs: 2 }).catch((e: Error) => e);
    expect((error as Error).message).toContain("不是 UTF-8 编码");
    expect([(error as { line?: number }).line, (error as { column?: number }).column]).toEqual([21, 2]);
  });
});
