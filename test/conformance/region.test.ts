/** checkRegion: each list against the nearest list above, per-list reports equal to checkConformance, and the summary. */
import { describe, expect, it } from "vitest";
import { checkConformance } from "../../src/conformance/check-conformance.js";
import { checkRegion } from "../../src/conformance/region/check-region.js";
import { nearestUpper } from "../../src/conformance/region/plan-region.js";
import { validate } from "../../src/validate/validate.js";
import { CHAIN_FILES, readJson } from "../helpers/examples.js";
import { sampleRegistry } from "../regions/sample.js";

const [PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE] = CHAIN_FILES as [string, string, string, string, string];
const DEVIATIONS = "examples/7-county-gusu-deviations.json";
const list = (name: string, extra: object = {}) => ({ name, document: readJson(name), ...extra });

describe("nearestUpper", () => {
  const h = (code: string, level: string, kind = "implementation") => ({ code, level, kind });

  it("takes the lowest level above whose region contains the list: a county its city, else its province", () => {
    const lists = [h("320000000000", "2", "standard"), h("320500000000", "3"), h("320508000000", "4"), h("320508001000", "5"), h("320600000000", "3")];
    expect(nearestUpper(lists, 2)).toBe(1);
    expect(nearestUpper(lists, 3)).toBe(2);
    expect(nearestUpper(lists.filter((_, i) => i !== 1), 1)).toBe(0); // no city list: the province
    expect(nearestUpper(lists, 0)).toBeUndefined();
  });

  it("at one level a standard list comes before an implementation list, and before a basic catalogue; then the first given", () => {
    expect(nearestUpper([h("320000000000", "2", "basic"), h("320000000000", "2", "standard"), h("320508000000", "4")], 2)).toBe(1);
    expect(nearestUpper([h("320000000000", "2", "basic"), h("320000000000", "2", "implementation"), h("320508000000", "4")], 2)).toBe(1);
    expect(nearestUpper([h("320500000000", "3"), h("320500000000", "3"), h("320508000000", "4")], 2)).toBe(0);
  });

  it("near misses: another city, the same level, or no readable header are never above", () => {
    expect(nearestUpper([h("320600000000", "3"), h("320508000000", "4")], 1)).toBeUndefined();
    expect(nearestUpper([h("320508000000", "4"), h("320508000000", "4")], 1)).toBeUndefined();
    expect(nearestUpper([{}, h("320508000000", "4")], 1)).toBeUndefined();
  });
});

describe("checkRegion", () => {
  const lists = () => [list(PROVINCE, { upperOnly: true }), list(CITY), list(COUNTY), list(DEVIATIONS), list(TOWNSHIP), list(VILLAGE)];

  it("checks each list against the nearest list above, each section equal to checkConformance of the pair", () => {
    const report = checkRegion(lists());
    expect(report.lists.map((s) => [s.file, s.status, s.upper])).toEqual([
      [CITY, "checked", PROVINCE],
      [COUNTY, "checked", CITY],
      [DEVIATIONS, "checked", CITY],
      [TOWNSHIP, "checked", COUNTY],
      [VILLAGE, "checked", TOWNSHIP],
    ]);
    for (const section of report.lists) expect(section.report).toEqual(checkConformance(readJson(section.upper!), readJson(section.file)));
  });

  it("the summary adds up the sections; the consistency rate counts items without any finding", () => {
    const report = checkRegion(lists());
    const sections = report.lists;
    const sum = (f: (s: (typeof sections)[number]) => number) => sections.reduce((n, s) => n + f(s), 0);
    expect(report.summary).toMatchObject({ lists: 5, checked: 5, skipped: 0, items: sum((s) => s.report.summary.items), errors: sum((s) => s.report.summary.errors) });
    const deviations = sections.find((s) => s.file === DEVIATIONS)!;
    const deviating = new Set(deviations.report.issues.map((i) => /^\/items\/(\d+)\//.exec(i.path)?.[1]).filter((i) => i !== undefined));
    expect(deviations.consistent).toBe(deviations.report.summary.items - deviating.size);
    expect(deviations.consistent).toBeLessThan(deviations.report.summary.items);
    expect(report.summary.consistencyRate).toBeCloseTo(sum((s) => s.consistent) / report.summary.items, 10);
    expect(report.summary.byRule["name-mismatch"]).toEqual({ errors: sum((s) => s.report.issues.filter((i) => i.rule === "name-mismatch").length), warnings: 0, infos: 0 });
    expect(report.summary.worst[0]).toEqual({ file: DEVIATIONS, errors: deviations.report.summary.errors, warnings: deviations.report.summary.warnings });
    expect(report.ok).toBe(false);
  });

  it("a list that fails the schema is reported with its validation report and skipped; the lists below it are upper-invalid", () => {
    const county = list(COUNTY);
    delete county.document.publisher;
    const report = checkRegion([list(PROVINCE, { upperOnly: true }), list(CITY), county, list(TOWNSHIP)]);
    const [, invalid, below] = report.lists;
    expect(invalid).toMatchObject({ file: COUNTY, status: "invalid", upper: CITY, consistent: 0 });
    expect(invalid!.report.issues).toContainEqual(expect.objectContaining({ rule: "schema", severity: "error", path: "", keyword: "required" }));
    expect(below).toMatchObject({ file: TOWNSHIP, status: "upper-invalid", upper: COUNTY, report: { summary: { items: 0, errors: 0 } } });
    expect(report.summary).toMatchObject({ checked: 1, skipped: 2 });
  });

  it("a list with no list above it is no-upper; upper-only lists and basic catalogues get no section", () => {
    const report = checkRegion([list("examples/1-province-basic.json"), list(TOWNSHIP)]);
    expect(report.lists).toEqual([{ file: TOWNSHIP, status: "checked", upper: "examples/1-province-basic.json", report: checkConformance(readJson("examples/1-province-basic.json"), readJson(TOWNSHIP)), consistent: expect.any(Number) }]);
    expect(checkRegion([list(CITY), list(TOWNSHIP, { upperOnly: true })]).lists).toEqual([{ file: CITY, status: "no-upper", report: { ok: true, summary: { errors: 0, warnings: 0, infos: 0, items: 0 }, issues: [] }, consistent: 0 }]);
    expect(checkRegion([]).summary).toMatchObject({ lists: 0, items: 0, consistencyRate: null });
  });

  it("a failing list's report is validate()'s own, in the run's locale and with its registry (a schema finding beside others still fails it)", () => {
    const county = list(COUNTY);
    delete county.document.items[0].name; // an item's fault: the header stays sound, so validate() runs the registry's check too
    county.document.upper.regionCode = "329900000000";
    const registry = sampleRegistry();
    const [, section] = checkRegion([list(PROVINCE, { upperOnly: true }), list(CITY), county], { locale: "en", registry }).lists;
    const expected = validate(county.document, { locale: "en", registry });
    expect(section).toEqual({ file: COUNTY, status: "invalid", upper: CITY, report: expected, consistent: 0 });
    // Not vacuous: the report is in English and holds the registry's finding beside the schema's.
    expect(expected.issues.map((i) => i.rule)).toEqual(["region-code-unknown", "schema"]);
    expect(expected.issues[0]!.message).toBe("region code 329900000000 is not in the region registry");
  });

  it("a failing list with no list above is reported invalid, without an upper list", () => {
    const city = list(CITY);
    delete city.document.publisher;
    expect(checkRegion([city, list(TOWNSHIP, { upperOnly: true })]).lists).toEqual([{ file: CITY, status: "invalid", report: validate(city.document), consistent: 0 }]);
  });

  it("a list without a kind is checked (and fails the schema), not skipped as a basic catalogue is", () => {
    const county = list(COUNTY);
    delete county.document.kind;
    const [, section] = checkRegion([list(PROVINCE, { upperOnly: true }), list(CITY), county]).lists;
    expect(section).toEqual({ file: COUNTY, status: "invalid", upper: CITY, report: validate(county.document), consistent: 0 });
  });

  it("a list without schemaVersion is read as the newest major, as validate() reads it", () => {
    const county = list(COUNTY);
    delete county.document.schemaVersion;
    const [, section] = checkRegion([list(PROVINCE, { upperOnly: true }), list(CITY), county]).lists;
    expect(section).toEqual({ file: COUNTY, status: "invalid", upper: CITY, report: validate(county.document), consistent: 0 });
  });

  it("a list below a failing list gets an empty report, whole", () => {
    const city = list(CITY);
    delete city.document.publisher;
    const [, below] = checkRegion([list(PROVINCE, { upperOnly: true }), city, list(COUNTY)]).lists;
    expect(below).toEqual({ file: COUNTY, status: "upper-invalid", upper: CITY, report: { ok: true, summary: { errors: 0, warnings: 0, infos: 0, items: 0 }, issues: [] }, consistent: 0 });
  });
});
