/** zwfw export --to national and zwfw import --from national from the built CLI. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonReport, runCli } from "../helpers/cli.js";
import { readJson } from "../helpers/examples.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zwfw-national-"));
const at = (name: string) => path.join(dir, name);

describe("zwfw export --to national → zwfw import --from national", () => {
  it("gives the same items back (exit 0)", () => {
    expect(runCli(["export", "examples/4-county-gusu.json", "--to", "national", "-o", at("gusu.json")]).code).toBe(0);
    const records = JSON.parse(fs.readFileSync(at("gusu.json"), "utf8"));
    expect(records[0]).toHaveProperty("task_code");
    const result = runCli(["import", at("gusu.json"), "--from", "national", "--schema", "v1", "--region", "320508000000", "--publisher", "苏州市姑苏区行政审批局", "--publisher-code", readJson("examples/4-county-gusu.json").publisher.creditCode ?? "", "-o", at("back.json"), "--report", "json"]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(JSON.parse(fs.readFileSync(at("back.json"), "utf8")).items).toEqual(readJson("examples/4-county-gusu.json").items);
    expect(jsonReport(result).summary.errors).toBe(0);
  });

  it("usage errors exit 2 with one line: an unknown layout, --latest without national, an unknown crosswalk, a file without records", () => {
    fs.writeFileSync(at("object.json"), JSON.stringify({ items: [] }));
    for (const args of [
      ["import", at("gusu.json"), "--from", "provincial", "-o", at("x.json")],
      ["import", "examples/4-county-gusu.json", "--latest", "-o", at("x.json")],
      ["import", at("gusu.json"), "--from", "national", "--crosswalk", "nope", "-o", at("x.json")],
      ["import", at("object.json"), "--from", "national", "-o", at("x.json")],
      ["export", "examples/4-county-gusu.json", "--to", "national", "-o", at("x.xlsx")],
    ]) {
      const result = runCli(args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
    }
  });
});
