/**
 * Each validation rule through the rules alone (no schema): a document changed by one cause gives exactly
 * its whole issues (rule, severity, path, item code, message in zh-CN and en), and each near miss none.
 */
import { describe, expect, it } from "vitest";
import { checkCatalogue } from "../../src/validate/run-rules.js";
import { rules } from "../../src/rules/index.js";
import { whole } from "../helpers/whole-issue.js";
import { cases } from "./cases.js";

describe.each(rules.map((r) => r.id))("%s", (id) => {
  const own = cases.filter((c) => c.rule === id);

  it("has a case that triggers it and a near miss", () => {
    expect(own.some((c) => c.expected.some((i) => i.rule === id))).toBe(true);
    expect(own.some((c) => c.expected.length === 0)).toBe(true);
  });

  it.each(own.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const zh = checkCatalogue(c.doc(), "zh-CN", new Set());
    const en = checkCatalogue(c.doc(), "en", new Set());
    expect(whole(zh, en)).toEqual(c.expected);
  });
});

it("skips the items the schema rejected (skipItems) but still checks the catalogue", () => {
  const doc = cases.find((c) => c.name === "the same implementation code twice")!.doc();
  doc.items[1].visits = 1;
  const issues = checkCatalogue(doc, "zh-CN", new Set([1]));
  expect(issues.map((i) => [i.rule, i.path])).toEqual([["duplicate-item", "/items/1/implementationCode"]]);
});
