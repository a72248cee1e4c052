/** `zwfw validate` streaming through the CLI: --jobs, the streamed JSON path, progress off a TTY. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { readJson } from "../helpers/examples.js";
import { scratchDir } from "../helpers/scratch.js";

const dir = scratchDir("zwfw-cli-stream-");

const items: Record<string, any>[] = ["3-city-suzhou", "4-county-gusu", "5-township-jinchang", "6-village-yangyuxiang"].flatMap((n) => readJson(`examples/${n}.json`).items);

describe("zwfw validate, streaming", () => {
  it("--jobs 2 over many ranges prints exactly what --jobs 1 prints (text and json), duplicates across ranges included", () => {
    const lines = [];
    for (let i = 0; i < 60; i++) lines.push(JSON.stringify(i % 9 === 4 ? { ...items[i % items.length], visits: -1 } : items[i % items.length]));
    const file = path.join(dir, "many.jsonl");
    fs.writeFileSync(file, lines.join("\n") + "\n");
    const env = { ZWFW_RANGE_BYTES: "4096" };
    for (const format of ["json", "text"]) {
      const single = runCli(["validate", file, "--jobs", "1", "--report", format, "--locale", "en"], { env });
      const pooled = runCli(["validate", file, "--jobs", "2", "--report", format, "--locale", "en"], { env });
      expect(single.code).toBe(1);
      expect(pooled).toEqual(single);
    }
    const report = JSON.parse(runCli(["validate", file, "--report", "json"], { env }).stdout);
    // Every valid line after the first of its item repeats it (broken lines are not keyed).
    const valid = lines.filter((line) => !line.includes('"visits":-1'));
    expect(report.issues.filter((i: any) => i.rule === "duplicate-item").length).toBe(valid.length - new Set(valid).size);
  });

  it("a JSON catalogue at the streaming threshold streams and reports as when read whole; off a TTY stderr stays empty", () => {
    const file = path.join(dir, "county.json");
    const doc = readJson("examples/4-county-gusu.json");
    doc.items.push(doc.items[0]);
    doc.publisher.creditCode = doc.publisher.creditCode.slice(0, 17) + "0";
    fs.writeFileSync(file, JSON.stringify(doc, null, 2));
    const whole = runCli(["validate", file, "--report", "json"]);
    const streamed = runCli(["validate", file, "--report", "json"], { env: { ZWFW_STREAM_THRESHOLD_BYTES: String(fs.statSync(file).size) } });
    // A catalogue read whole also gets each value's line and column; a streamed one does not (no second pass over 64 MB+).
    const withoutPositions = (r: typeof whole) => ({ ...r, stdout: JSON.stringify(JSON.parse(r.stdout).issues.map(({ line: _l, col: _c, ...rest }: any) => rest)) });
    expect(withoutPositions(streamed)).toEqual(withoutPositions(whole));
    expect(JSON.parse(streamed.stdout).issues.map((i: any) => [i.rule, i.path])).toEqual([["credit-code-checksum", "/publisher/creditCode"], ["duplicate-item", "/items/5/implementationCode"]]);
    expect(streamed.stderr).toBe("");
  });

  it("--jobs must be a whole number of at least 1", () => {
    expect(runCli(["validate", "examples/4-county-gusu.json", "--jobs", "0"])).toMatchObject({ code: 2, stderr: "zwfw: --jobs 须为不小于 1 的整数（收到“0”）\n" });
  });
});
