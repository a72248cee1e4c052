/** The conform and derive commands, run as a user runs them (built CLI at $ZWFW_CLI or dist/cli.js). */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkConformance } from "../../src/conformance/check-conformance.js";
import { validate } from "../../src/validate/validate.js";
import { jsonReport, runCli } from "../helpers/cli.js";
import { CHAIN_FILES, readJson } from "../helpers/examples.js";
import { scratchDir } from "../helpers/scratch.js";

const CITY = "examples/3-city-suzhou.json";
const DEVIATIONS = "examples/7-county-gusu-deviations.json";
const scratch = scratchDir("zwfw-conform-");
/** A new folder of its own for one case. */
const tmp = () => fs.mkdtempSync(path.join(scratch, "case-"));

/** Writes a JSON document to a temporary file. */
function writeTemp(name: string, value: unknown): string {
  const file = path.join(tmp(), name);
  fs.writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  return file;
}

describe("zwfw conform", () => {
  it("reports the deviations against the city: exit 1, paths into the lower list", () => {
    const result = runCli(["conform", CITY, DEVIATIONS, "--report", "json"]);
    expect(result.code).toBe(1);
    const report = jsonReport(result);
    expect(report.issues[0]).toMatchObject({ rule: "name-mismatch", severity: "error", path: "/items/0/name", upperPath: "/items/0/name" });
    expect(report.summary.errors).toBe(9);
  });

  it("the text report groups by item and shows the upper and the lower value with the upper place", () => {
    const result = runCli(["conform", CITY, DEVIATIONS]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`本级 ${DEVIATIONS}（对照上级 ${CITY}）`);
    expect(result.stdout).toContain("事项 11320508MB1H3K5E5P4000123018000");
    expect(result.stdout).toContain("承诺办结时限超过上级：上级 8个工作日，本级 10个工作日");
    expect(result.stdout).toContain(`上级 ${CITY} /items/0/timeLimit/promised`);
  });

  it("markdown lists each finding with the upper file and path", () => {
    const result = runCli(["conform", CITY, DEVIATIONS, "--report", "markdown", "--locale", "en"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^## Conformance report/);
    expect(result.stdout).toContain(`| error | \`fee-amount-increased\` | \`/items/1/fees/items/0/amount\` | fee item "机动车驾驶证工本费" charges more: upper 10 yuan, lower 15 yuan | ${CITY} \`/items/2/fees/items/0/amount\` |`);
  });

  it("--chain: the embedded chain is clean (exit 0)", () => {
    const result = runCli(["conform", "--chain", ...CHAIN_FILES, "--report", "json"]);
    expect(result.code).toBe(0);
    expect(jsonReport(result).summary).toMatchObject({ errors: 0, warnings: 0, items: 13 });
  });

  it("--regions checks regions with the registry's parent links: the embedded chain stays clean", () => {
    const result = runCli(["conform", "--regions", "--chain", ...CHAIN_FILES, "--report", "json"]);
    expect(result.code).toBe(0);
    expect(jsonReport(result).issues.filter((i: any) => i.severity !== "info")).toEqual([]);
  });

  it("--chain names the documents compared, by index and file", () => {
    const files = CHAIN_FILES.map((f) => (f.includes("4-county") ? DEVIATIONS : f));
    const result = runCli(["conform", "--chain", ...files, "--report", "json"]);
    expect(result.code).toBe(1);
    const visits = jsonReport(result).issues.find((i: any) => i.rule === "visits-increased");
    expect(visits).toMatchObject({ lower: 2, upper: 0, file: DEVIATIONS, path: "/items/2/visits", upperPath: "/items/4/visits" });
  });

  it("--policy changes severities: a lengthened promise alone passes as a warning", () => {
    const city = readJson(CITY);
    const county = readJson("examples/4-county-gusu.json");
    county.items = county.items.slice(0, 2);
    county.items[0].timeLimit.promised.value = 9;
    const lower = writeTemp("county.json", county);
    expect(runCli(["conform", CITY, lower]).code).toBe(1);
    const result = runCli(["conform", CITY, lower, "--policy", "examples/policies/promise-warning.json", "--report", "json"]);
    expect(result.code).toBe(0);
    expect(jsonReport(result).issues).toMatchObject([{ rule: "promised-time-exceeds-upper", severity: "warning" }]);
    expect(checkConformance(city, county).ok).toBe(false);
  });

  it("a policy with an unknown rule is an input error: exit 2, one line", () => {
    const policy = writeTemp("policy.json", { rules: { "material-removed": "off" } });
    const result = runCli(["conform", CITY, DEVIATIONS, "--policy", policy]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain('未知规则"material-removed"');
    expect(result.stdout).toBe("");
  });

  it("a missing file is an input error: exit 2, one line", () => {
    const result = runCli(["conform", CITY, "examples/no-such-file.json"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("zwfw: examples/no-such-file.json: 文件不存在\n");
  });

  it("a wrong number of files is a usage error: exit 2", () => {
    expect(runCli(["conform", CITY]).code).toBe(2);
    expect(runCli(["conform", CITY, DEVIATIONS, CHAIN_FILES[0]!]).code).toBe(2);
  });

  it("an input that does not validate is reported, not compared: exit 1 with its schema errors", () => {
    const broken = readJson(DEVIATIONS);
    delete broken.items[0].name;
    const lower = writeTemp("broken.json", broken);
    const result = runCli(["conform", CITY, lower, "--report", "json"]);
    expect(result.code).toBe(1);
    const report = jsonReport(result);
    expect(report.issues.every((i: any) => i.rule === "schema" || !i.upperPath)).toBe(true);
    expect(report.issues.some((i: any) => i.rule === "schema" && i.file === lower && i.path === "/items/0")).toBe(true);
    expect(report.issues.some((i: any) => i.rule === "name-mismatch")).toBe(false);
    expect(result.stderr).toContain("未通过校验");
  });
});

describe("zwfw derive", () => {
  it("writes a draft that validates and conforms to its upper list", () => {
    const out = path.join(tmp(), "gusu.json");
    const result = runCli([
      "derive", CHAIN_FILES[0]!, "--region", "320508000000",
      "--agency-name", "苏州市姑苏区民政局", "--agency-code", "11320508MB1M2N7B0Q", "-o", out,
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`已生成 ${out}：5 个事项，20 处待本地填写\n`);
    const draft = JSON.parse(fs.readFileSync(out, "utf8"));
    expect(validate(draft).issues).toEqual([]);
    expect(checkConformance(readJson(CHAIN_FILES[0]!), draft).issues).toEqual([]);
    expect(runCli(["conform", CHAIN_FILES[0]!, out]).code).toBe(0);
  });

  it("prints the draft on stdout without -o", () => {
    const result = runCli(["derive", CITY, "--region", "320508000000", "--agency-name", "姑苏区", "--agency-code", "11320508MB1M2N7B0Q", "--agency-nature", "2", "--level", "4"]);
    expect(result.code).toBe(0);
    const draft = JSON.parse(result.stdout);
    expect(draft.items.length).toBeGreaterThan(0);
    expect(draft.items.every((i: any) => i.agency.nature === "2" && i.level === "4")).toBe(true);
  });

  it("a credit code that fails its check is an input error: exit 2, one line", () => {
    const result = runCli(["derive", CITY, "--region", "320508000000", "--agency-name", "x", "--agency-code", "11320508MB1M2N7B0A"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^zwfw: 实施机构统一社会信用代码 11320508MB1M2N7B0A 无效/);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("a missing upper file or a missing required option is an input error: exit 2", () => {
    expect(runCli(["derive", "nope.json", "--region", "320508000000", "--agency-name", "x", "--agency-code", "11320508MB1M2N7B0Q"]).code).toBe(2);
    expect(runCli(["derive", CITY, "--region", "320508000000"]).code).toBe(2);
  });
});
