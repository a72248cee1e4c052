/**
 * Pinning the major of JSONL lines (which carry no schemaVersion): the library's `schemaVersion`
 * option (validateStream, validateJsonLinesFile on one thread and on the pool) and `zwfw validate --schema`.
 * Unpinned, a line is read as the newest major that accepts it; pinned, only that major applies.
 */
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { migrate } from "../../src/migrate/index.js";
import { validateJsonLinesFile } from "../../src/node/index.js";
import { collectStream, validateStream } from "../../src/stream/index.js";
import { readJson } from "../helpers/examples.js";
import { jsonReport, runCli } from "../helpers/cli.js";
import { scratchDir } from "../helpers/scratch.js";

const dir = scratchDir("zwfw-schema-pin-");
afterEach(() => delete process.env.ZWFW_RANGE_BYTES);

const write = (name: string, items: unknown[]) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, items.map((i) => JSON.stringify(i)).join("\n") + "\n");
  return file;
};

// A v1 list that names one implementation whole (line 1) and as its 业务办理项 …01 (line 2): v1 reads that as the
// same item twice; v2 accepts it. Its `timeLimit.note` is v1's name (v2 says promisedNote), so v2's schema rejects the lines.
const [whole, split] = readJson("test/fixtures/v1/catalogue/invalid/duplicate-whole-and-split.json").items;
const WHOLE_AND_SPLIT = write("whole-and-split.jsonl", [whole, split]);
const duplicate = {
  rule: "duplicate-item", severity: "error", path: "/handlingItemCode", line: 2, itemCode: "11320508MB1H3K5E5P4000123018000",
  message: "item 11320508MB1H3K5E5P400012301800001 is duplicated; first seen on line 1",
};
// A v2 item: the Gusu county's first item migrated, with 事项状态 (state), which v1 does not have.
const v2Item = { ...(migrate(readJson("examples/4-county-gusu.json"), { from: "v1", to: "v2" }) as any).items[0], state: "in_force" };
const V2_ONLY = write("v2-only.jsonl", [v2Item]);

describe("the library's schemaVersion option on JSONL", () => {
  it("unpinned, v1 lines pass as v1 (the newest major that accepts them), read with v2's duplicates", async () => {
    expect((await collectStream([fs.readFileSync(WHOLE_AND_SPLIT, "utf8")], { locale: "en" })).issues).toEqual([]);
  });

  it("pinned to 1.0, the same lines are read as v1 throughout: the whole item beside its 业务办理项 is a duplicate", async () => {
    const report = await collectStream([fs.readFileSync(WHOLE_AND_SPLIT, "utf8")], { locale: "en", schemaVersion: "1.0" });
    expect(report.issues).toEqual([duplicate]);
    expect(report.summary).toEqual({ errors: 1, warnings: 0, infos: 0, items: 2 });
  });

  it("a v2-only line passes unpinned and fails the v1 schema when pinned to v1 (\"1\" names the major too)", async () => {
    expect((await collectStream([fs.readFileSync(V2_ONLY, "utf8")])).issues).toEqual([]);
    const pinned = await collectStream([fs.readFileSync(V2_ONLY, "utf8")], { schemaVersion: "1", locale: "en" });
    expect(pinned.issues.map((i) => [i.rule, i.severity, i.line])).toContainEqual(["schema", "error", 1]);
    expect(pinned.issues.some((i) => /state/.test(i.message))).toBe(true);
  });

  it("validateJsonLinesFile pins alike on one thread and on the worker pool (the merge reads duplicates as v1)", async () => {
    const lines = Array.from({ length: 40 }, (_, i) => (i === 0 ? whole : i === 39 ? split : v2Item));
    const file = write("spread.jsonl", lines);
    const single = await validateJsonLinesFile(file, { jobs: 1, locale: "en", schemaVersion: "1.0", withFile: false });
    expect(single.issues.filter((i) => i.rule === "duplicate-item")).toEqual([{ ...duplicate, line: 40 }]);
    process.env.ZWFW_RANGE_BYTES = "4096";
    expect(await validateJsonLinesFile(file, { jobs: 2, locale: "en", schemaVersion: "1.0", withFile: false })).toEqual(single);
    // Unpinned, the filler lines (one v2 item 38 times) repeat each other, but line 40 (the 业务办理项) is no duplicate.
    const unpinned = await validateJsonLinesFile(file, { jobs: 2, withFile: false });
    expect(unpinned.issues.filter((i) => i.line === 40)).toEqual([]);
  });

  it("a schemaVersion of no major is a TypeError at once, not a silent fallback", async () => {
    const worded = { name: "TypeError", messageId: "error.argument.schema-version", messageParams: { known: "1.0, 2.0", value: "9.0" } };
    expect(() => validateStream(["{}\n"], { schemaVersion: "9.0" })).toThrow(expect.objectContaining({ ...worded, message: 'schemaVersion 须为标准的主版本之一：1.0, 2.0（实际为"9.0"）' }));
    expect(() => validateStream(["{}\n"], { schemaVersion: "9.0", locale: "en" })).toThrow(expect.objectContaining({ ...worded, message: 'schemaVersion must name a major of the standard: 1.0, 2.0 (got "9.0")' }));
    await expect(validateJsonLinesFile(V2_ONLY, { schemaVersion: "v1" })).rejects.toThrow(TypeError);
  });
});

describe("zwfw validate --schema", () => {
  it("--schema v1 reports the v1 duplicate (exit 1); without it the lines pass (exit 0)", () => {
    const pinned = runCli(["validate", WHOLE_AND_SPLIT, "--schema", "v1", "--report", "json", "--locale", "en"]);
    expect(pinned.code).toBe(1);
    expect(jsonReport(pinned).issues).toEqual([expect.objectContaining({ ...duplicate, file: WHOLE_AND_SPLIT })]);
    expect(runCli(["validate", WHOLE_AND_SPLIT])).toMatchObject({ code: 0, stderr: "" });
  });

  it("a v2-only line fails with --schema v1 and passes with --schema v2", () => {
    expect(runCli(["validate", V2_ONLY, "--schema", "v1"]).code).toBe(1);
    expect(runCli(["validate", V2_ONLY, "--schema", "v2"])).toMatchObject({ code: 0, stderr: "" });
  });

  it("pins a single JSON item too (--as implementation-item)", () => {
    const file = path.join(dir, "item.json");
    fs.writeFileSync(file, JSON.stringify(v2Item));
    expect(runCli(["validate", file, "--as", "implementation-item"]).code).toBe(0);
    expect(runCli(["validate", file, "--as", "implementation-item", "--schema", "v1"]).code).toBe(1);
  });

  it("exit 2 with one line on a major the package does not have", () => {
    expect(runCli(["validate", V2_ONLY, "--schema", "v9"])).toMatchObject({ code: 2, stdout: "", stderr: expect.stringMatching(/^zwfw: --schema .*v1 \| v2.*\n$/) });
  });
});
