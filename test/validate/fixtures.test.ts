/**
 * SchemaStore-style fixtures: every file under test/fixtures/v1/<document>/valid must pass with no
 * issue at all, and every file under …/invalid must produce exactly the issues (rule, severity,
 * path, keyword) in its sibling <name>.expected.json — in both locales.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validate } from "../../src/index.js";
import type { DocumentName } from "../../src/validate/validators.js";
import { ROOT } from "../helpers/cli.js";

const FIXTURES = path.join(ROOT, "test/fixtures/v1");
const documents = fs.readdirSync(FIXTURES) as DocumentName[];
const read = (file: string) => JSON.parse(fs.readFileSync(file, "utf8"));
const fixtures = (document: string, kind: "valid" | "invalid") => {
  const dir = path.join(FIXTURES, document, kind);
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".json") && !f.endsWith(".expected.json")).map((f) => path.join(dir, f)) : [];
};
const compact = (issues: { rule: string; severity: string; path: string; keyword?: string }[]) =>
  issues.map((i) => ({ rule: i.rule, severity: i.severity, path: i.path, ...(i.keyword ? { keyword: i.keyword } : {}) }));

describe.each(documents)("v1 %s fixtures", (document) => {
  it("has at least one valid and one invalid fixture", () => {
    expect(fixtures(document, "valid").length).toBeGreaterThan(0);
    expect(fixtures(document, "invalid").length).toBeGreaterThan(0);
  });

  it.each(fixtures(document, "valid").map((f) => [path.basename(f), f]))("valid/%s passes clean", (_, file) => {
    const report = validate(read(file), { as: document });
    expect(report.issues).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it.each(fixtures(document, "invalid").map((f) => [path.basename(f), f]))("invalid/%s reports exactly its expected issues", (_, file) => {
    const expected = read(file.replace(/\.json$/, ".expected.json"));
    expect(expected.length).toBeGreaterThan(0);
    for (const locale of ["zh-CN", "en"] as const) {
      const report = validate(read(file), { as: document, locale });
      expect(compact(report.issues)).toEqual(expected);
      expect(report.ok).toBe(!expected.some((i: { severity: string }) => i.severity === "error"));
      for (const issue of report.issues) expect(issue.message.length).toBeGreaterThan(0);
    }
  });
});
