/**
 * SchemaStore-style fixtures: every file under test/fixtures/v1/<document>/valid must pass with no
 * issue at all, and every file under …/invalid must produce exactly the issues (rule, severity,
 * path, keyword) in its sibling <name>.expected.json — in both locales, through `zwfw-standard/v1`
 * and through the root entry (told that items are v1, since items carry no schemaVersion).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validate as validateAny } from "../../src/index.js";
import { validate as validateV1 } from "../../src/v1.js";
import type { DocumentName } from "../../src/validate/validators.js";
import type { ValidateOptions } from "../../src/validate/index.js";
import { ROOT } from "../helpers/cli.js";

const FIXTURES = path.join(ROOT, "test/fixtures/v1");
const documents = fs.readdirSync(FIXTURES) as DocumentName[];
const read = (file: string) => JSON.parse(fs.readFileSync(file, "utf8"));
const fixtures = (document: string, kind: "valid" | "invalid") => {
  const dir = path.join(FIXTURES, document, kind);
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".json") && !f.endsWith(".expected.json")).map((f) => path.join(dir, f)) : [];
};
/** A catalogue that declares another major is no v1 document for the root entry (which reads it in that major). */
const declaresOtherMajor = (file: string) => !/^1\./.test(String(read(file).schemaVersion ?? "1."));
const entries = [
  ["zwfw-standard/v1", (doc: unknown, options: ValidateOptions) => validateV1(doc, options), () => false],
  ["the root entry", (doc: unknown, options: ValidateOptions) => validateAny(doc, { ...options, schemaVersion: "1.0" }), declaresOtherMajor],
] as const;
const compact = (issues: { rule: string; severity: string; path: string; keyword?: string }[]) =>
  issues.map((i) => ({ rule: i.rule, severity: i.severity, path: i.path, ...(i.keyword ? { keyword: i.keyword } : {}) }));

describe.each(entries.flatMap(([entry, validate, skip]) => documents.map((document) => [document, entry, validate, skip] as const)))("v1 %s fixtures through %s", (document, _entry, validate, skip) => {
  it("has at least one valid and one invalid fixture", () => {
    expect(fixtures(document, "valid").length).toBeGreaterThan(0);
    expect(fixtures(document, "invalid").length).toBeGreaterThan(0);
  });

  it.each(fixtures(document, "valid").map((f) => [path.basename(f), f]))("valid/%s passes clean", (_, file) => {
    const report = validate(read(file), { as: document });
    expect(report.issues).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it.each(fixtures(document, "invalid").filter((f) => !skip(f)).map((f) => [path.basename(f), f]))("invalid/%s reports exactly its expected issues", (_, file) => {
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
