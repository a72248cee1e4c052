/** zwfw conform --upper: a region run over files and folders, equal per list to separate conform runs. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonReport, runCli } from "../helpers/cli.js";
import { CHAIN_FILES, readJson } from "../helpers/examples.js";
import { scratchDir } from "../helpers/scratch.js";

const [PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE] = CHAIN_FILES as [string, string, string, string, string];
const DEVIATIONS = "examples/7-county-gusu-deviations.json";

const scratch = scratchDir("zwfw-region-");

/** A folder holding copies of the given example lists (and extra files by name). */
function folder(files: string[], extra: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(scratch, "lists-"));
  for (const file of files) fs.copyFileSync(file, path.join(dir, path.basename(file)));
  for (const [name, text] of Object.entries(extra)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe("zwfw conform --upper", () => {
  const dir = folder([CITY, COUNTY, DEVIATIONS, TOWNSHIP, VILLAGE]);
  const inDir = (file: string) => path.join(dir, path.basename(file));

  it("checks every list of a folder against the nearest list above; each section equals a separate zwfw conform run", () => {
    const result = runCli(["conform", "--upper", PROVINCE, dir, "--report", "json", "--jobs", "2"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    const report = jsonReport(result);
    // Folder order is by path: 3-city, 4-county, 5-township, 6-village, 7-deviations.
    expect(report.lists.map((s: any) => [s.file, s.status, s.upper])).toEqual([
      [inDir(CITY), "checked", PROVINCE],
      [inDir(COUNTY), "checked", inDir(CITY)],
      [inDir(TOWNSHIP), "checked", inDir(COUNTY)],
      [inDir(VILLAGE), "checked", inDir(TOWNSHIP)],
      [inDir(DEVIATIONS), "checked", inDir(CITY)],
    ]);
    for (const section of report.lists) {
      const single = runCli(["conform", section.upper, section.file, "--report", "json"]);
      // A separate run names the tool and gives each issue its line and column in the file; a section does neither.
      const { tool: _tool, ...singleReport } = jsonReport(single);
      singleReport.issues = singleReport.issues.map(({ line: _l, col: _c, ...issue }: Record<string, unknown>) => issue);
      expect(section.report).toEqual(singleReport);
    }
    expect(report.summary).toMatchObject({ lists: 5, checked: 5, skipped: 0 });
    expect(report.summary.worst[0].file).toBe(inDir(DEVIATIONS));
  });

  it("one thread and all cores give the same report", () => {
    const one = runCli(["conform", "--upper", PROVINCE, dir, "--report", "json", "--jobs", "1"]);
    const two = runCli(["conform", "--upper", PROVINCE, dir, "--report", "json", "--jobs", "2"]);
    expect(one.stdout).toBe(two.stdout);
  });

  it("a list that fails the schema and one that is not JSON are reported and skipped, not fatal", () => {
    const invalid = readJson(COUNTY);
    delete invalid.publisher;
    const bad = folder([CITY], { "county-invalid.json": JSON.stringify(invalid), "county-broken.json": "{ \"kind\": " });
    const result = runCli(["conform", "--upper", PROVINCE, bad, "--report", "json", "--locale", "en"]);
    expect(result.code).toBe(1);
    const report = jsonReport(result);
    const [city, broken, schema] = report.lists;
    expect(path.basename(city.file)).toBe("3-city-suzhou.json");
    expect(broken).toMatchObject({ file: path.join(bad, "county-broken.json"), status: "invalid" });
    expect(broken.report.issues).toEqual([{ rule: "malformed-json", severity: "error", path: "", file: path.join(bad, "county-broken.json"), message: expect.stringMatching(/^.*county-broken\.json:1:\d+: /) }]);
    expect(schema).toMatchObject({ file: path.join(bad, "county-invalid.json"), status: "invalid", upper: path.join(bad, "3-city-suzhou.json") });
    expect(schema.report.issues[0]).toMatchObject({ rule: "schema", severity: "error", keyword: "required", file: path.join(bad, "county-invalid.json") });
    expect(report.summary).toMatchObject({ lists: 3, checked: 1, skipped: 2 });
  });

  it("markdown is one circulable summary: totals, the consistency rate, a row per list", () => {
    const result = runCli(["conform", "--upper", PROVINCE, dir, "--report", "markdown", "--locale", "en"]);
    const json = jsonReport(runCli(["conform", "--upper", PROVINCE, dir, "--report", "json"]));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^## Region conformance summary \(四级四同\)\n/);
    const rate = `${(json.summary.consistencyRate * 100).toFixed(1)}%`;
    expect(result.stdout).toContain(`四级四同 consistency rate: ${rate} (${json.summary.consistent} item(s) identical to the upper standard in every compared element / ${json.summary.items} item(s) checked)`);
    const deviations = json.lists.find((s: any) => s.file === inDir(DEVIATIONS));
    const s = deviations.report.summary;
    expect(result.stdout).toContain(`| ${inDir(DEVIATIONS)} | ${inDir(CITY)} | checked | ${s.items} | ${s.errors} | ${s.warnings} | ${s.infos} | ${((deviations.consistent / s.items) * 100).toFixed(1)}% |`);
  });

  it("text prints each list's report, then the summary", () => {
    const result = runCli(["conform", "--upper", PROVINCE, dir]);
    expect(result.stdout).toContain(`本级 ${inDir(DEVIATIONS)}（对照上级 ${inDir(CITY)}）`);
    expect(result.stdout).toContain("区域逐级一致性检查汇总（四级四同）\n共 5 份清单：检查 5 份，跳过 0 份");
  });

  it("usage errors exit 2 with one line: a missing path, --chain with --upper, an empty folder", () => {
    const empty = folder([]);
    for (const [args, text] of [
      [["conform", "--upper", PROVINCE, "nope/"], "nope/: "],
      [["conform", "--chain", "--upper", PROVINCE, CITY], "--chain 与 --upper 不能同时使用"],
      [["conform", "--upper", PROVINCE, empty], "没有要检查的下级清单"],
    ] as [string[], string][]) {
      const result = runCli(args);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toContain(text);
    }
  });
});
