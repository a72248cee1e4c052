/**
 * SchemaStore-style fixtures: every file under test/fixtures/<major>/<document>/valid must pass with
 * no issue at all, and every file under …/invalid must produce exactly the whole issues in its sibling
 * <name>.expected.json: rule, severity, path, item code, keyword and the message in zh-CN and en
 * (the rendered message pins the rule's message parameters) — through the major's own entry
 * (`zwfw-standard/v1`, `/v2`) and through the root entry (told the major of items, since items carry
 * no schemaVersion).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validate as validateAny } from "../../src/index.js";
import { validate as validateV1 } from "../../src/v1.js";
import { validate as validateV2 } from "../../src/v2.js";
import type { DocumentName } from "../../src/validate/validators.js";
import type { Validate, ValidateOptions } from "../../src/validate/index.js";
import { whole } from "../helpers/whole-issue.js";
import { ROOT } from "../helpers/cli.js";

const read = (file: string) => JSON.parse(fs.readFileSync(file, "utf8"));
const fixtures = (major: string, document: string, kind: "valid" | "invalid") => {
  const dir = path.join(ROOT, "test/fixtures", major, document, kind);
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".json") && !f.endsWith(".expected.json")).map((f) => path.join(dir, f)) : [];
};
/** The majors with fixtures: their own entry's validate and their schemaVersion. */
const MAJORS: readonly [string, Validate, string][] = [["v1", validateV1, "1.0"], ["v2", validateV2, "2.0"]];
const entries = MAJORS.flatMap(([major, own, version]) => {
  /** A catalogue that declares another major is no fixture of this one for the root entry (which reads it in that major). */
  const declaresOtherMajor = (file: string) => !String(read(file).schemaVersion ?? version).startsWith(version.split(".")[0] + ".");
  const root = (doc: unknown, options: ValidateOptions) => validateAny(doc, { ...options, schemaVersion: version });
  return fs.readdirSync(path.join(ROOT, "test/fixtures", major)).flatMap((document) => [
    [major, document as DocumentName, `zwfw-standard/${major}`, own, () => false],
    [major, document as DocumentName, "the root entry", root, declaresOtherMajor],
  ] as const);
});

describe.each(entries)("%s %s fixtures through %s", (major, document, _entry, validate, skip) => {
  it("has at least one valid and one invalid fixture", () => {
    expect(fixtures(major, document, "valid").length).toBeGreaterThan(0);
    expect(fixtures(major, document, "invalid").length).toBeGreaterThan(0);
  });

  it.each(fixtures(major, document, "valid").map((f) => [path.basename(f), f]))("valid/%s passes clean", (_, file) => {
    const report = validate(read(file), { as: document });
    expect(report.issues).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it.each(fixtures(major, document, "invalid").filter((f) => !skip(f)).map((f) => [path.basename(f), f]))("invalid/%s reports exactly its expected issues", (_, file) => {
    const expected = read(file.replace(/\.json$/, ".expected.json"));
    expect(expected.length).toBeGreaterThan(0);
    const zh = validate(read(file), { as: document });
    const en = validate(read(file), { as: document, locale: "en" });
    expect(whole(zh.issues, en.issues)).toEqual(expected);
    expect(zh.ok).toBe(!expected.some((i: { severity: string }) => i.severity === "error"));
  });
});
