/** duplicate-item and item-version-history on items with 事项版本: the same code in another version is history, in the same version a duplicate. */
import fc from "fast-check";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { validate } from "../../src/v2.js";

const base = JSON.parse(fs.readFileSync("test/fixtures/v2/catalogue/valid/full-implementation.json", "utf8"));

/** The catalogue's first item listed once per version given. */
const listed = (versions: number[]) => ({ ...base, items: versions.map((itemVersion) => ({ ...base.items[0], itemVersion })) });

describe("versions in the duplicate check", () => {
  it("law: n records of one item in k distinct versions give n − k duplicates (errors) and k − 1 history notes (info)", () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 8 }), (versions) => {
      const issues = validate(listed(versions)).issues;
      const distinct = new Set(versions).size;
      expect(issues.filter((i) => i.rule === "duplicate-item" && i.severity === "error")).toHaveLength(versions.length - distinct);
      expect(issues.filter((i) => i.rule === "item-version-history" && i.severity === "info")).toHaveLength(distinct - 1);
      expect(issues.filter((i) => i.rule !== "duplicate-item" && i.rule !== "item-version-history")).toEqual([]);
    }), { numRuns: 40 });
  });

  it("items without a version stay duplicates of each other (near miss: no history without versions)", () => {
    const { itemVersion: _v, ...item } = base.items[0];
    const issues = validate({ ...base, items: [item, item] }).issues;
    expect(issues.map((i) => [i.rule, i.severity, i.path])).toEqual([["duplicate-item", "error", "/items/1/implementationCode"]]);
  });
});
