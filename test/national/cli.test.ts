/** zwfw export --to national and zwfw import --from national from the built CLI. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonReport, runCli } from "../helpers/cli.js";
import { readJson } from "../helpers/examples.js";
import { migrate } from "../../src/migrate/index.js";
import { latestMajor, majorOfDocument } from "../../src/schema/majors.js";
import { scratchDir } from "../helpers/scratch.js";

const dir = scratchDir("zwfw-national-");
const at = (name: string) => path.join(dir, name);

describe("zwfw export --to national → zwfw import --from national", () => {
  it("gives the same items back (exit 0)", () => {
    expect(runCli(["export", "examples/4-county-gusu.json", "--to", "national", "-o", at("gusu.json")]).code).toBe(0);
    const records = JSON.parse(fs.readFileSync(at("gusu.json"), "utf8"));
    expect(records[0]).toHaveProperty("task_code");
    const result = runCli(["import", at("gusu.json"), "--from", "national", "--schema", "v1", "--region", "320508000000", "--publisher", "苏州市姑苏区行政审批局", "--publisher-code", readJson("examples/4-county-gusu.json").publisher.creditCode ?? "", "-o", at("back.json"), "--report", "json"]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    // Import produces the newest major: the example migrated to it.
    const original = readJson("examples/4-county-gusu.json");
    expect(JSON.parse(fs.readFileSync(at("back.json"), "utf8")).items).toEqual((migrate(original, { from: majorOfDocument(original)!.id, to: latestMajor.id }) as any).items);
    expect(jsonReport(result).summary.errors).toBe(0);
  });

  it("usage errors exit 2 with one line: an unknown layout, --latest without national, an unknown crosswalk, a file without records", () => {
    fs.writeFileSync(at("object.json"), JSON.stringify({ items: [] }));
    fs.writeFileSync(at("orphan.csv"), "task_code,task_name\nA,甲\n");
    fs.writeFileSync(at("orphan.materials.csv"), "task_code,material_name\nB,孤\n");
    for (const args of [
      ["import", at("gusu.json"), "--from", "provincial", "-o", at("x.json")],
      ["import", "examples/4-county-gusu.json", "--latest", "-o", at("x.json")],
      ["import", at("gusu.json"), "--from", "national", "--crosswalk", "nope", "-o", at("x.json")],
      ["import", at("object.json"), "--from", "national", "-o", at("x.json")],
      ["export", "examples/4-county-gusu.json", "--to", "national", "-o", at("x.txt")],
      ["import", at("orphan.csv"), "--from", "national", "-o", at("x.json")],
    ]) {
      const result = runCli(args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
    }
  });

  it.each(["xlsx", "csv"])("through a national %s: CJK text past 64 KiB comes back whole, each table in its own sheet or file", (ext) => {
    const original = readJson("examples/4-county-gusu.json");
    original.items.forEach((item: any, i: number) => (item.acceptanceConditions = `水利工程${i}：`.repeat(1600)));
    fs.writeFileSync(at(`long-${ext}.json`), JSON.stringify(original));
    const exported = runCli(["export", at(`long-${ext}.json`), "--to", "national", "-o", at(`long.${ext}`)]);
    expect(exported.code, exported.stderr).toBe(0);
    if (ext === "csv") expect(fs.readdirSync(dir).filter((f) => f.startsWith("long.") && f.endsWith(".csv")).sort()).toEqual(["long.by_laws.csv", "long.csv", "long.fees.csv", "long.materials.csv", "long.process.csv"]);
    const result = runCli(["import", at(`long.${ext}`), "--from", "national", "--region", "320508000000", "--publisher", original.publisher.name, "--publisher-code", original.publisher.creditCode ?? "", "-o", at(`long-back-${ext}.json`), "--report", "json"]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const back = JSON.parse(fs.readFileSync(at(`long-back-${ext}.json`), "utf8"));
    expect(back.items).toEqual((migrate(original, { from: majorOfDocument(original)!.id, to: latestMajor.id }) as any).items);
  });
});
