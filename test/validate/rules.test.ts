/** The rule catalogue is complete: every rule is documented, localized and proven by a fixture. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { message, rules, validate } from "../../src/index.js";
import { ROOT } from "../helpers/cli.js";

const RULE_IDS = [
  "credit-code-checksum", "region-level-mismatch", "item-level-mismatch", "level-not-allowed", "implementation-code-mismatch",
  "basic-code-type-mismatch", "promised-exceeds-statutory", "duplicate-item", "item-version-history", "fee-charged-inconsistent", "online-depth-visits",
  "situation-material-unknown", "lifecycle-dates-order", "exemption-source-missing",
];
/** The rules whose default severity is a warning, and the ones that only inform; every other rule is an error. */
const WARNINGS = new Set(["basic-code-type-mismatch", "exemption-source-missing"]);
const INFOS = new Set(["item-version-history"]);

/** Every rule id that some invalid fixture expects. */
function rulesProvenByFixtures(): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".expected.json")) for (const i of JSON.parse(fs.readFileSync(file, "utf8"))) found.add(i.rule);
    }
  };
  walk(path.join(ROOT, "test/fixtures"));
  return found;
}

/** The share of Han characters among the letters of a text (Han and Latin). */
function hanShare(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han / Math.max(1, han + latin);
}

describe("validation rules", () => {
  it("has exactly the rule ids of the contract", () => {
    expect(rules.map((r) => r.id)).toEqual(RULE_IDS);
  });

  it("keeps basic-code-type-mismatch and exemption-source-missing warnings, item-version-history info and every other rule an error", () => {
    for (const rule of rules) expect(rule.severity).toBe(WARNINGS.has(rule.id) ? "warning" : INFOS.has(rule.id) ? "info" : "error");
  });

  it.each(RULE_IDS)("%s is documented, localized in zh-CN and en, and triggered by an invalid fixture", (id) => {
    const rule = rules.find((r) => r.id === id)!;
    expect(rule.title["zh-CN"]).toMatch(/\p{Script=Han}/u);
    expect(rule.title.en).toMatch(/[a-z]/);
    // The English keeps the Chinese terms it glosses (基本编码, 行使层级…), so each side is checked by its main script.
    expect(hanShare(rule.rationale["zh-CN"])).toBeGreaterThan(0.5);
    expect(hanShare(rule.rationale.en)).toBeLessThan(0.5);
    expect(rule.rationale.en.length).toBeGreaterThan(40);
    expect(rule.example.length).toBeGreaterThan(5);
    expect(message(rule.id, "zh-CN", {})).toMatch(/\p{Script=Han}/u);
    expect(message(rule.id, "en", {})).not.toMatch(/\p{Script=Han}/u);
    expect(rulesProvenByFixtures().has(id)).toBe(true);
  });
});

describe("validate() options", () => {
  it("rejects a document type it does not know, including inherited object keys", () => {
    for (const as of ["thing", "toString", "constructor"]) {
      const worded = { name: "TypeError", messageId: "error.argument.document-type", messageParams: { value: as } };
      expect(() => validate({}, { as: as as never })).toThrow(expect.objectContaining({ ...worded, message: `未知的文档类型"${as}"` }));
      expect(() => validate({}, { as: as as never, locale: "en" })).toThrow(expect.objectContaining({ ...worded, message: `unknown document type "${as}"` }));
    }
  });

  it("rejects a locale it does not have, in zh-CN (the bad locale cannot word its own error)", () => {
    expect(() => validate({}, { locale: "fr" as never })).toThrow(expect.objectContaining({
      name: "TypeError", message: 'locale 须为 zh-CN 或 en（实际为"fr"）', messageId: "error.argument.locale", messageParams: { value: "fr" },
    }));
  });
});
