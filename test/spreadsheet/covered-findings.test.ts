/**
 * CoveredFindings: which validation findings repeat an import error (so the import's report names each problem once):
 * a finding at or under a reported cell, a `required` finding whose property was reported, a header field that depends on
 * one that could not be read, and anything under a required column the sheet lacks. Near misses stay in the report.
 */
import { describe, expect, it } from "vitest";
import type { Issue, Severity } from "../../src/report/issue.js";
import { CoveredFindings } from "../../src/spreadsheet/covered-findings.js";

const imported = (path: string, severity: Severity = "error"): Issue => ({ rule: "cell-unreadable", severity, path, message: "" });
const schema = (path: string, more: Partial<Issue> = {}): Issue => ({ rule: "schema", severity: "error", path, message: "", ...more });
const required = (path: string, property: string) => schema(path, { keyword: "required", params: { property } });

describe("CoveredFindings", () => {
  it("a finding at a reported cell or under it is covered; above it, beside it or in another item it is not", () => {
    const covered = new CoveredFindings([imported("/items/0/timeLimit/promised/value")], []);
    expect(covered.covers(schema("/items/0/timeLimit/promised/value"))).toBe(true);
    expect(covered.covers(schema("/items/0/timeLimit/promised/value/0"))).toBe(true);
    expect(covered.covers(schema("/items/0/timeLimit/promised"))).toBe(false);
    expect(covered.covers(schema("/items/0/timeLimit/statutory/value"))).toBe(false);
    expect(covered.covers(schema("/items/1/timeLimit/promised/value"))).toBe(false);
    expect(covered.covers(schema("/items/0/timeLimit/promised/values"))).toBe(false);
    expect(covered.covers(schema(""))).toBe(false);
  });

  it("a required finding names its property: covered when that property, or something under it, was reported", () => {
    const covered = new CoveredFindings([imported("/items/0/agency/creditCode"), imported("/items/1/fees/items/0/amount")], []);
    expect(covered.covers(required("/items/0/agency", "creditCode"))).toBe(true);
    // The property is given as a path from the item ("agency.creditCode"): its last name counts.
    expect(covered.covers(required("/items/0/agency", "agency.creditCode"))).toBe(true);
    expect(covered.covers(required("/items/1", "fees"))).toBe(true);
    expect(covered.covers(required("/items/0/agency", "name"))).toBe(false);
    expect(covered.covers(required("/items/1", "feesItems"))).toBe(false);
    // Without the required keyword the params are not read: the finding is at its own path.
    expect(covered.covers(schema("/items/0/agency", { params: { property: "creditCode" } }))).toBe(false);
    expect(covered.covers(required("/items/0/agency", ""))).toBe(false);
    // A required finding without params, or without a property in them, is read at its own path.
    expect(covered.covers(schema("/items/0/agency", { keyword: "required" }))).toBe(false);
    expect(covered.covers(schema("/items/0/agency/creditCode", { keyword: "required" }))).toBe(true);
  });

  it("only errors count, and not those of the whole catalogue or of the items list", () => {
    const covered = new CoveredFindings([imported("/items/0/name", "warning"), imported("/items/1/name", "info"), imported(""), imported("/items")], []);
    for (const path of ["/items/0/name", "/items/1/name", "/items/2/name", "/title", "/items", ""]) expect(covered.covers(schema(path))).toBe(false);
    expect(covered.covers(required("/items/2", "name"))).toBe(false);
    expect(covered.covers(required("", "items"))).toBe(false);
  });

  it("a header field that could not be read covers the fields beside it (the level of a missing region code), not the rest", () => {
    const covered = new CoveredFindings([imported("/region/code")], []);
    expect(covered.covers(schema("/region/level"))).toBe(true);
    expect(covered.covers(required("/region", "code"))).toBe(true);
    expect(covered.covers(schema("/publisher/name"))).toBe(false);
    expect(covered.covers(schema("/region"))).toBe(false);
    // An item's field covers only itself: the fields beside it are checked.
    const item = new CoveredFindings([imported("/items/0/timeLimit/promised/value")], []);
    expect(item.covers(schema("/items/0/timeLimit/promised/unit"))).toBe(false);
  });

  it("a required column the sheet lacks covers its value, what is under it and what holds it, in every item", () => {
    const covered = new CoveredFindings([], ["timeLimit/promised/value", "handlingType"]);
    expect(covered.covers(schema("/items/3/handlingType"))).toBe(true);
    expect(covered.covers(schema("/items/0/timeLimit/promised/value"))).toBe(true);
    expect(covered.covers(schema("/items/0/timeLimit/promised/value/x"))).toBe(true);
    expect(covered.covers(schema("/items/0/timeLimit/promised"))).toBe(true);
    expect(covered.covers(required("/items/0/timeLimit/promised", "value"))).toBe(true);
    expect(covered.covers(schema("/items/0/timeLimit/promised", { keyword: "required", params: {} }))).toBe(true);
    // Near misses: a sibling, a name that only starts like the column's, a header path with the same name.
    expect(covered.covers(schema("/items/0/timeLimit/promised/unit"))).toBe(false);
    expect(covered.covers(schema("/items/0/handlingTypes"))).toBe(false);
    expect(covered.covers(schema("/items/0/timeLimit/promisedX"))).toBe(false);
    expect(covered.covers(schema("/handlingType"))).toBe(false);
  });

  it("add indexes findings one at a time, as a streamed import does; the same path twice is kept once", () => {
    const covered = new CoveredFindings([], []);
    expect(covered.covers(schema("/items/0/name"))).toBe(false);
    covered.add(imported("/items/0/name"));
    covered.add(imported("/items/0/name"));
    expect(covered.covers(schema("/items/0/name"))).toBe(true);
    expect(covered.covers(required("/items/0", "name"))).toBe(true);
  });
});
