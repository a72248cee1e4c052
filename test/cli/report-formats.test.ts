/**
 * The CI report formats of the built CLI: SARIF validated against the SARIF 2.1.0 schema, JUnit
 * parsed as XML, GitHub annotations line by line, JSON with the tool, -o and --max-warnings.
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { conformanceRules } from "../../src/conformance/index.js";
import { rules } from "../../src/rules/index.js";
import { jsonReport, runCli } from "../helpers/cli.js";
import { scratchDir } from "../helpers/scratch.js";

const require = createRequire(import.meta.url);
// The schema as @microsoft/jest-sarif ships it (draft-04, so ajv-draft-04 reads it).
const sarifSchema = require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
// The schema's patterns are not valid with the u flag, so they are compiled without it.
const ajv = new Ajv.default({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats.default(ajv);
const validateSarif = ajv.compile(sarifSchema);

const VISITS = "test/fixtures/v1/catalogue/invalid/online-depth-visits.json";
const WARNING = "test/fixtures/v1/catalogue/invalid/basic-code-type-mismatch.json";
const CITY = "examples/3-city-suzhou.json";
const DEVIATIONS = "examples/7-county-gusu-deviations.json";
const scratch = scratchDir("zwfw-formats-");
/** A new folder of its own for one case. */
const tmp = () => fs.mkdtempSync(path.join(scratch, "case-"));

/** Runs a command with --report json and with another format, for comparing the two. */
function both(args: string[], format: string) {
  const json = jsonReport(runCli([...args, "--report", "json"]));
  const other = runCli([...args, "--report", format]);
  return { json, other };
}

describe("--report sarif", () => {
  it.each([
    ["validate", ["validate", VISITS]],
    ["validate, several files", ["validate", VISITS, WARNING]],
    ["conform", ["conform", CITY, DEVIATIONS]],
    ["diff", ["diff", "examples/county-gusu-batch-1.json", "examples/county-gusu-batch-2.json"]],
  ])("%s: a valid SARIF 2.1.0 log with one result per issue", (_name, args) => {
    const { json, other } = both(args, "sarif");
    const log = JSON.parse(other.stdout);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    expect(log.version).toBe("2.1.0");
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: "zwfw-standard", version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(run.results).toHaveLength(json.issues?.length ?? json.added.length + json.removed.length + json.changed.flatMap((c: any) => c.changes).length);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it("locates a validate finding by file, line and column, with the JSON Pointer as logical location and rule metadata from the catalogue", () => {
    const { json, other } = both(["validate", VISITS], "sarif");
    const [issue] = json.issues;
    expect(issue).toMatchObject({ rule: "online-depth-visits", path: "/items/0/visits", line: expect.any(Number), col: expect.any(Number) });
    // The value itself sits at that line and column of the file.
    const line = fs.readFileSync(VISITS, "utf8").split("\n")[issue.line - 1]!;
    expect(line.slice(issue.col - 1)).toMatch(/^1\b/);
    expect(line.slice(0, issue.col - 1)).toMatch(/"visits":\s*$/);
    const run = JSON.parse(other.stdout).runs[0];
    expect(run.results).toEqual([
      {
        ruleId: "online-depth-visits",
        ruleIndex: expect.any(Number),
        level: "error",
        message: { text: issue.message },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri: VISITS }, region: { startLine: issue.line, startColumn: issue.col } },
            logicalLocations: [{ fullyQualifiedName: "/items/0/visits", kind: "element" }],
          },
        ],
        properties: { itemCode: issue.itemCode },
      },
    ]);
    const rule = rules.find((r) => r.id === "online-depth-visits")!;
    expect(run.tool.driver.rules[run.results[0].ruleIndex]).toMatchObject({
      id: "online-depth-visits",
      shortDescription: { text: rule.title["zh-CN"] },
      fullDescription: { text: rule.rationale["zh-CN"] },
      defaultConfiguration: { level: "error" },
    });
    const en = JSON.parse(runCli(["validate", VISITS, "--report", "sarif", "--locale", "en"]).stdout).runs[0];
    expect(en.tool.driver.rules[en.results[0].ruleIndex].shortDescription.text).toBe(rule.title.en);
  });

  it("conform: results point into the lower file, with the upper place as a property", () => {
    const { json, other } = both(["conform", CITY, DEVIATIONS], "sarif");
    const results = JSON.parse(other.stdout).runs[0].results;
    expect(results[0]).toMatchObject({
      ruleId: json.issues[0].rule,
      locations: [{ physicalLocation: { artifactLocation: { uri: DEVIATIONS }, region: { startLine: json.issues[0].line } } }],
      properties: { upperPath: json.issues[0].upperPath },
    });
    const ids = new Set(conformanceRules.map((r) => r.id as string));
    expect(results.every((r: any) => ids.has(r.ruleId))).toBe(true);
  });
});

describe("--report junit", () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["testsuite", "testcase", "failure"].includes(name) });

  it("is well-formed XML: a suite per file, a case per item, failures for errors and warnings in system-out", () => {
    const r = runCli(["validate", VISITS, WARNING, "--report", "junit"]);
    expect(r.code).toBe(1);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const doc = parser.parse(r.stdout).testsuites;
    expect(doc).toMatchObject({ tests: "2", failures: "1", errors: "0" });
    const [visits, warning] = doc.testsuite;
    expect(visits).toMatchObject({ name: VISITS, tests: "1", failures: "1" });
    expect(visits.testcase[0].failure[0]).toMatchObject({ type: "online-depth-visits", message: expect.stringContaining("网上办理深度为Ⅳ级") });
    expect(warning).toMatchObject({ name: WARNING, tests: "1", failures: "0" });
    expect(warning.testcase[0].failure).toBeUndefined();
    expect(warning.testcase[0]["system-out"]).toMatch(/^警告 \[basic-code-type-mismatch\] /);
  });

  it("a clean run is one passing case", () => {
    const r = runCli(["validate", "examples/4-county-gusu.json", "--report", "junit"]);
    expect(r.code).toBe(0);
    const doc = parser.parse(r.stdout).testsuites;
    expect(doc).toMatchObject({ tests: "1", failures: "0" });
    expect(doc.testsuite[0].testcase).toEqual([{ name: "文档", classname: "examples/4-county-gusu.json" }]);
  });
});

describe("--report github", () => {
  it("prints only workflow-command annotations, with file, line and column", () => {
    const { json, other } = both(["validate", VISITS, WARNING], "github");
    expect(other.code).toBe(1);
    const [error, warning] = json.issues;
    expect(other.stdout).toBe(
      `::error file=${VISITS},line=${error.line},col=${error.col},title=online-depth-visits::${error.message} (${error.itemCode} /items/0/visits)\n` +
        `::warning file=${WARNING},line=${warning.line},col=${warning.col},title=basic-code-type-mismatch::${warning.message} (${warning.itemCode} ${warning.path})\n`,
    );
    expect(other.stderr).toBe("");
  });

  it("escapes what would end a property or a message", async () => {
    const { escapeData, escapeProperty } = await import("../../src/cli/render/github.js");
    expect(escapeProperty("a,b:c%\n")).toBe("a%2Cb%3Ac%25%0A");
    expect(escapeData("50%\r\nx:y,z")).toBe("50%25%0D%0Ax:y,z");
  });
});

describe("every reporting command accepts every registered format", () => {
  const commands: [string, string[]][] = [
    ["validate", ["validate", VISITS]],
    ["conform", ["conform", CITY, DEVIATIONS]],
    ["diff", ["diff", "examples/county-gusu-batch-1.json", "examples/county-gusu-batch-2.json"]],
  ];
  it.each(commands)("%s: no format falls back to text", async (_name, args) => {
    const { REPORT_FORMATS } = await import("../../src/cli/report/report-formats.js");
    const text = runCli(args).stdout;
    for (const format of REPORT_FORMATS.filter((f) => f !== "text")) {
      const out = runCli([...args, "--report", format]);
      expect([format, out.stdout === text]).toEqual([format, false]);
    }
  });
});

describe("JSON reports, -o and --max-warnings", () => {
  it("JSON reports name the tool and version", () => {
    const report = jsonReport(runCli(["validate", VISITS, "--report", "json"]));
    expect(report.tool).toEqual({ name: "zwfw-standard", version: JSON.parse(fs.readFileSync("package.json", "utf8")).version });
    const diff = jsonReport(runCli(["diff", "examples/county-gusu-batch-1.json", "examples/county-gusu-batch-2.json", "--report", "json"]));
    expect(diff.tool.name).toBe("zwfw-standard");
  });

  it("-o writes the report to a file and nothing to stdout; the exit code is unchanged", () => {
    const out = path.join(tmp(), "report.sarif");
    const r = runCli(["validate", VISITS, "--report", "sarif", "-o", out]);
    expect([r.code, r.stdout]).toEqual([1, ""]);
    expect(validateSarif(JSON.parse(fs.readFileSync(out, "utf8")))).toBe(true);
    const conform = path.join(tmp(), "conform.md");
    expect(runCli(["conform", CITY, DEVIATIONS, "--report", "markdown", "--output", conform]).stdout).toBe("");
    expect(fs.readFileSync(conform, "utf8")).toMatch(/^## 一致性检查报告|^## /);
  });

  it("-o into a missing folder is an input error: exit 2, one line", () => {
    const r = runCli(["validate", VISITS, "-o", path.join(tmp(), "no", "such", "dir", "r.json")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^zwfw: .*r\.json: 无法写入（ENOENT）\n$/);
  });

  it("--max-warnings N: exit 1 only when there are more than N warnings", () => {
    expect(runCli(["validate", WARNING]).code).toBe(0);
    expect(runCli(["validate", WARNING, "--max-warnings", "1"]).code).toBe(0);
    expect(runCli(["validate", WARNING, "--max-warnings", "0"]).code).toBe(1);
    expect(runCli(["validate", "examples/4-county-gusu.json", "--max-warnings", "0"]).code).toBe(0);
    const bad = runCli(["validate", WARNING, "--max-warnings", "-1"]);
    expect([bad.code, bad.stderr]).toEqual([2, 'zwfw: --max-warnings 须为不小于 0 的整数（收到“-1”）\n']);
  });
});
