/**
 * SchemaStore-style fixtures: every file under test/fixtures/v1/<document>/valid must pass with no
 * issue at all, and every file under …/invalid must produce exactly the whole issues in its sibling
 * <name>.expected.json: rule, severity, path, item code, keyword and the message in zh-CN and en
 * (the rendered message pins the rule's message parameters).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validate } from "../../src/index.js";
import type { DocumentName } from "../../src/validate/validators.js";
import { whole } from "../helpers/whole-issue.js";
import { ROOT } from "../helpers/cli.js";

const FIXTURES = path.join(ROOT, "test/fixtures/v1");
const documents = fs.readdirSync(FIXTURES) as DocumentName[];
const read = (file: string) => JSON.parse(fs.readFileSync(file, "utf8"));
const fixtures = (document: string, kind: "valid" | "invalid") => {
  const dir = path.join(FIXTURES, document, kind);
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".json") && !f.endsWith(".expected.json")).map((f) => path.join(dir, f)) : [];
};

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
    const zh = validate(read(file), { as: document });
    const en = validate(read(file), { as: document, locale: "en" });
    expect(whole(zh.issues, en.issues)).toEqual(expected);
    expect(zh.ok).toBe(!expected.some((i: { severity: string }) => i.severity === "error"));
  });
});
