/** A region run's plan and summary from hand-made sections and headers: every count, the worst lists, the consistency rate. */
import { describe, expect, it } from "vitest";
import { headerOf, isLowerList, nearestUpper } from "../../src/conformance/region/plan-region.js";
import type { RegionSection } from "../../src/conformance/region/region-report.js";
import { consistentItems, summarizeRegion } from "../../src/conformance/region/summarize-region.js";
import { buildReport, type Issue, type Severity } from "../../src/report/issue.js";

const issue = (rule: string, severity: Severity, path: string): Issue => ({ rule, severity, path, message: rule });
const section = (file: string, status: RegionSection["status"], issues: Issue[], items: number, consistent = 0): RegionSection => ({ file, status, report: buildReport(issues, items), consistent });

describe("consistentItems", () => {
  it("counts the items no issue points into; header findings and several findings of one item count once or not at all", () => {
    const report = buildReport(
      [issue("level-order", "error", "/region/level"), issue("name-mismatch", "error", "/items/1/name"), issue("fee-added", "warning", "/items/1/fees/items/0"), issue("not-claimed", "info", "/items/3"), issue("x", "info", "/itemsx/2")],
      5,
    );
    expect(consistentItems(report)).toBe(3);
    expect(consistentItems(buildReport([], 4))).toBe(4);
  });
});

describe("summarizeRegion", () => {
  it("adds up checked and skipped lists, counts every severity by rule, and rates consistency over checked items", () => {
    const sections = [
      section("a.json", "checked", [issue("name-mismatch", "error", "/items/0/name"), issue("name-mismatch", "warning", "/items/1/name"), issue("fee-added", "info", "/items/1/fees")], 4, 2),
      section("b.json", "invalid", [issue("schema", "error", "/items/0"), issue("schema", "error", "/items/1")], 7),
      section("c.json", "checked", [], 3, 3),
      section("d.json", "no-upper", [], 0),
      section("e.json", "upper-invalid", [], 0),
    ];
    expect(summarizeRegion(sections)).toEqual({
      ok: false,
      summary: {
        lists: 5, checked: 2, skipped: 3, items: 7, consistent: 5, consistencyRate: 5 / 7, errors: 3, warnings: 1, infos: 1,
        byRule: { "name-mismatch": { errors: 1, warnings: 1, infos: 0 }, "fee-added": { errors: 0, warnings: 0, infos: 1 }, schema: { errors: 2, warnings: 0, infos: 0 } },
        worst: [{ file: "b.json", errors: 2, warnings: 0 }, { file: "a.json", errors: 1, warnings: 1 }],
      },
      lists: sections,
    });
  });

  it("is ok with warnings only; no checked item gives no rate", () => {
    const report = summarizeRegion([section("a.json", "invalid", [issue("schema", "warning", "")], 2)]);
    expect(report.ok).toBe(true);
    expect(report.summary).toMatchObject({ checked: 0, skipped: 1, items: 0, consistencyRate: null, warnings: 1, worst: [{ file: "a.json", errors: 0, warnings: 1 }] });
    expect(summarizeRegion([section("a.json", "checked", [], 0)]).summary.consistencyRate).toBeNull();
    expect(summarizeRegion([section("a.json", "checked", [], 2, 2)]).summary.consistencyRate).toBe(1);
  });

  it("names at most ten worst lists: most errors first, then most warnings; lists with infos only are not among them (4.json, 0/1, is the eleventh)", () => {
    const sections = Array.from({ length: 13 }, (_, i) =>
      section(`${i}.json`, "checked", [
        ...Array.from({ length: i % 4 }, () => issue("fee-added", "error", "/items/0")),
        ...Array.from({ length: i % 3 }, () => issue("fee-added", "warning", "/items/0")),
        issue("fee-added", "info", "/items/0"),
      ], 1),
    );
    const worst = summarizeRegion(sections).summary.worst;
    expect(worst.map((w) => `${w.file}:${w.errors}/${w.warnings}`)).toEqual([
      "11.json:3/2", "7.json:3/1", "3.json:3/0", "2.json:2/2", "10.json:2/1", "6.json:2/0", "5.json:1/2", "1.json:1/1", "9.json:1/0", "8.json:0/2",
    ]);
  });
});

describe("headerOf", () => {
  it.each([
    ["a full header", { region: { code: "320508000000", level: "4" }, kind: "standard" }, { code: "320508000000", level: "4", kind: "standard" }],
    ["a code of 11 digits", { region: { code: "32050800000", level: "4" } }, { level: "4" }],
    ["a code with text after 12 digits", { region: { code: "320508000000x", level: "4" } }, { level: "4" }],
    ["a code with text before 12 digits", { region: { code: "x320508000000" } }, {}],
    ["a level of two digits", { region: { code: "320508000000", level: "44" } }, { code: "320508000000" }],
    ["a level with text around", { region: { code: "320508000000", level: "4a" }, kind: 3 }, { code: "320508000000" }],
    ["a number code and level", { region: { code: 320508000000, level: 4 }, kind: "basic" }, { kind: "basic" }],
    ["no region", { kind: "implementation" }, { kind: "implementation" }],
    ["null", null, {}],
    ["text", "catalogue", {}],
  ])("%s", (_cause, document, header) => {
    expect(headerOf(document)).toEqual(header);
  });
});

describe("isLowerList", () => {
  it("only a standard or an implementation list is checked against a list above", () => {
    expect(["standard", "implementation", "basic", "bundle", "", undefined].map((kind) => isLowerList(kind === undefined ? {} : { kind }))).toEqual([true, true, false, false, false, false]);
  });
});

describe("nearestUpper ordering", () => {
  const h = (code: string, level: string, kind?: string) => ({ code, level, ...(kind ? { kind } : {}) });

  it("a list of an unknown kind or none comes after a basic catalogue of the same level, and the first given of equals wins", () => {
    const lower = h("320508000000", "4", "implementation");
    expect(nearestUpper([h("320000000000", "2"), h("320000000000", "2", "basic"), lower], 2)).toBe(1);
    expect(nearestUpper([h("320000000000", "2", "basic"), h("320000000000", "2", "other"), lower], 2)).toBe(0);
    expect(nearestUpper([h("320000000000", "2", "other"), h("320000000000", "2"), lower], 2)).toBe(0);
    expect(nearestUpper([h("320000000000", "2", "implementation"), h("320000000000", "2", "standard"), lower], 2)).toBe(1);
    expect(nearestUpper([h("320000000000", "2", "standard"), h("320000000000", "2", "implementation"), lower], 2)).toBe(0);
  });

  it("a lower level wins over a better kind, whichever comes first", () => {
    const lower = h("320508000000", "4");
    expect(nearestUpper([h("320000000000", "2", "standard"), h("320500000000", "3", "basic"), lower], 2)).toBe(1);
    expect(nearestUpper([h("320500000000", "3", "basic"), h("320000000000", "2", "standard"), lower], 2)).toBe(0);
  });

  it("near misses: a list without code or level has no list above, and a list without code or level is never above", () => {
    expect(nearestUpper([h("320000000000", "2"), { code: "320508000000" }], 1)).toBeUndefined();
    expect(nearestUpper([h("320000000000", "2"), { level: "4" }], 1)).toBeUndefined();
    expect(nearestUpper([{ code: "320000000000" }, { level: "2" }, h("320508000000", "4")], 2)).toBeUndefined();
  });
});
