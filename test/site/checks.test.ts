/** The page's logic without a browser: reading inputs, running the checks, grouping issues by item. */
import { describe, expect, it } from "vitest";
import { checkBundles } from "../../src/bundle/index.js";
import { checkConformance } from "../../src/conformance/index.js";
import { diffCatalogues } from "../../src/diff/index.js";
import { validate } from "../../src/validate/index.js";
import { groupByItem, countByRule } from "../../site/src/check/group-by-item.js";
import { CheckFailure, runChecks } from "../../site/src/check/run-checks.js";
import { documentNameOf } from "../../site/src/input/document-name.js";
import { formatOf, InputProblem, type InputFormat } from "../../site/src/input/loaded-file.js";
import { parseInput, type ParsedInput } from "../../site/src/input/parse-input.js";
import { readJson } from "../helpers/examples.js";

const bytes = (text: string) => new TextEncoder().encode(text);
const parsed = (name: string, text: string, format: InputFormat = "json") => parseInput({ name, format, bytes: bytes(text) });
const jsonInput = (name: string, document: unknown): ParsedInput => ({ name, format: "json", document, as: documentNameOf(document), text: JSON.stringify(document, null, 2) });

describe("reading inputs", () => {
  it("knows the formats by extension", () => {
    expect(["a.json", "b.JSONL", "c.ndjson", "d.csv", "e.xlsx", "f.xls", "g.txt"].map(formatOf)).toEqual(["json", "jsonl", "jsonl", "csv", "xlsx", undefined, undefined]);
  });

  it("recognises catalogues and each kind of item", () => {
    const county = readJson("examples/4-county-gusu.json");
    const standard = readJson("examples/2-province-standard.json");
    const basic = readJson("examples/1-province-basic.json");
    expect(documentNameOf(county)).toBe("catalogue");
    expect(documentNameOf(county.items[0])).toBe("implementation-item");
    expect(documentNameOf(standard.items[0])).toBe("standard-item");
    expect(documentNameOf(basic.items[0])).toBe("basic-item");
    // A catalogue without its kind is still read as a catalogue, so the schema says what is missing.
    expect(documentNameOf({ items: [] })).toBe("catalogue");
  });

  it("reads JSON with a BOM, and reports malformed JSON and non-UTF-8 bytes as one-line problems", async () => {
    await expect(parsed("a.json", "\uFEFF{\"kind\":\"basic\",\"items\":[]}")).resolves.toMatchObject({ format: "json", as: "catalogue" });
    await expect(parsed("a.json", "{\"kind\":")).rejects.toBeInstanceOf(InputProblem);
    await expect(parsed("a.json", "{\"kind\":")).rejects.toThrow(/^1:9: JSON 格式错误：此处应为值$/);
    await expect(parseInput({ name: "gbk.json", format: "json", bytes: new Uint8Array([0x7b, 0xd5, 0xfe, 0x7d]) })).rejects.toThrow(/UTF-8/);
  });

  it("takes the item kind of a JSONL file from its first readable line", async () => {
    const item = readJson("examples/2-province-standard.json").items[0];
    const input = await parsed("a.jsonl", `\nnot json\n${JSON.stringify(item)}\n`, "jsonl");
    expect(input).toMatchObject({ format: "jsonl", kind: "standard" });
  });
});

describe("running the checks", () => {
  const upper = readJson("examples/2-province-standard.json");
  const lower = readJson("examples/7-county-gusu-deviations.json");

  it("validates, compares with the upper list, and combines both in report order", () => {
    const result = runChecks({ main: jsonInput("lower.json", lower), uppers: [jsonInput("upper.json", upper)], locale: "zh-CN" });
    const conformance = checkConformance(upper, lower);
    expect(result.conformance).toEqual(conformance);
    expect(result.combined.issues).toEqual([...validate(lower).issues, ...conformance.issues]);
    expect(result.combined.summary.items).toBe(lower.items.length);
  });

  it("does not compare a list with structural errors, but compares its near miss", () => {
    const broken = readJson("examples/7-county-gusu-deviations.json");
    delete broken.items[0].name;
    expect(runChecks({ main: jsonInput("lower.json", broken), uppers: [jsonInput("upper.json", upper)], locale: "zh-CN" }).conformance).toEqual({ skipped: "invalid" });
    expect(runChecks({ main: jsonInput("lower.json", lower), uppers: [jsonInput("upper.json", upper)], locale: "zh-CN" }).conformance).toHaveProperty("issues");
  });

  it("says which file is not a catalogue when JSONL is given for a comparison", async () => {
    const lines = await parsed("items.jsonl", lower.items.map((i: unknown) => JSON.stringify(i)).join("\n"), "jsonl");
    const result = runChecks({ main: lines, uppers: [jsonInput("upper.json", upper)], locale: "en" });
    expect(result.conformance).toEqual({ skipped: "not-catalogue", file: "items.jsonl" });
    expect(result.validation.summary.items).toBe(lower.items.length);
  });

  it("takes the reform metrics of two batches from the catalogue diff", () => {
    const before = readJson("examples/county-gusu-batch-1.json");
    const after = readJson("examples/county-gusu-batch-2.json");
    const diff = diffCatalogues(before, after);
    const result = runChecks({ main: jsonInput("b2.json", after), previous: jsonInput("b1.json", before), locale: "zh-CN" });
    expect(result.metrics).toEqual({ summary: diff.summary, rows: Object.entries(diff.metrics.all).map(([id, m]) => ({ id, ...m })) });
  });
});

describe("a check that fails names the file that failed (issue 17)", () => {
  const before = readJson("examples/county-gusu-batch-1.json");
  const after = readJson("examples/county-gusu-batch-2.json");
  /** A catalogue whose items cannot be read: reading them overflows the stack, as a too deeply nested file once did. */
  const overflowing = (name: string): ParsedInput => {
    const document = { ...before };
    Object.defineProperty(document, "items", { enumerable: true, get: () => { throw new RangeError("Maximum call stack size exceeded"); } });
    return { name, format: "json", document, as: "catalogue", text: "" };
  };

  it("a previous batch that fails: a note naming it, and the main file's validation still shown", () => {
    const result = runChecks({ main: jsonInput("b2.json", after), previous: overflowing("b1.json"), locale: "zh-CN" });
    expect(result.metrics).toEqual({ skipped: "failed", file: "b1.json", reason: "JSON 嵌套过深，无法读取" });
    expect(result.validation).toEqual(validate(after));
    expect(runChecks({ main: jsonInput("b2.json", after), previous: overflowing("b1.json"), locale: "en" }).metrics)
      .toEqual({ skipped: "failed", file: "b1.json", reason: "JSON nests too deeply to read" });
  });

  it("an upper list that fails is named the same way; a near miss compares", () => {
    const upper = readJson("examples/2-province-standard.json");
    const lower = readJson("examples/7-county-gusu-deviations.json");
    expect(runChecks({ main: jsonInput("lower.json", lower), uppers: [overflowing("upper.json")], locale: "zh-CN" }).conformance)
      .toEqual({ skipped: "failed", file: "upper.json", reason: "JSON 嵌套过深，无法读取" });
    expect(runChecks({ main: jsonInput("lower.json", lower), uppers: [jsonInput("upper.json", upper)], locale: "zh-CN" }).conformance).toHaveProperty("issues");
  });

  it("the main file that fails throws a CheckFailure naming the main file, not the previous batch", () => {
    const run = () => runChecks({ main: overflowing("main.json"), previous: jsonInput("b1.json", before), locale: "zh-CN" });
    expect(run).toThrow(CheckFailure);
    expect(run).toThrow("main.json: JSON 嵌套过深，无法读取");
  });
});

describe("grouping issues by item", () => {
  it("groups by item code in order of appearance, with the item's name", () => {
    const upper = readJson("examples/2-province-standard.json");
    const lower = readJson("examples/7-county-gusu-deviations.json");
    const issues = checkConformance(upper, lower).issues;
    const groups = groupByItem(issues, jsonInput("lower.json", lower), () => jsonInput("upper.json", upper));
    expect(groups.map((g) => g.code)).toEqual([...new Set(issues.map((i) => i.itemCode))]);
    expect(groups[0]!.name).toBe(lower.items[0].name);
    expect(groups.flatMap((g) => g.issues)).toHaveLength(issues.length);
  });

  it("names an unclaimed upper item from the upper list", () => {
    const upper = readJson("examples/2-province-standard.json");
    const lower = readJson("examples/4-county-gusu.json");
    const dropped = lower.items.shift();
    const issue = checkConformance(upper, lower).issues.find((i) => i.rule === "not-claimed" && i.itemCode === dropped.basicCode);
    expect(issue, "dropping a claimed item leaves it unclaimed").toBeDefined();
    const [group] = groupByItem([issue!], jsonInput("lower.json", lower), () => jsonInput("upper.json", upper));
    expect(group!.name).toBe(dropped.name);
  });

  it("counts issues by rule and severity", () => {
    const issues = [
      { rule: "a", severity: "error", path: "", message: "" },
      { rule: "b", severity: "warning", path: "", message: "" },
      { rule: "a", severity: "error", path: "", message: "" },
    ] as const;
    expect(countByRule(issues)).toEqual([{ rule: "a", severity: "error", count: 2 }, { rule: "b", severity: "warning", count: 1 }]);
  });
});

describe("a bundle list on the page", () => {
  const bundles = readJson("examples/bundles/county-gusu-bundles.json");
  const county = readJson("examples/bundles/county-gusu-items.json");
  const city = readJson("examples/bundles/city-suzhou-items.json");

  it("with its members' lists: the library's bundle report, its issues in the combined report", () => {
    bundles.items[0].visits = 5;
    const result = runChecks({ main: jsonInput("bundles.json", bundles), members: [jsonInput("county.json", county), jsonInput("city.json", city)], locale: "en" });
    const expected = checkBundles(bundles, [county, city], { locale: "en" });
    expect(result.bundles).toEqual(expected);
    expect(result.combined.issues).toEqual([...validate(bundles, { locale: "en" }).issues, ...expected.issues]);
    expect(expected.issues.map((i) => i.rule)).toEqual(["bundle-visits-exceed-members"]);
  });

  it("without them, or with a list that is no implementation list: a note instead of a check", () => {
    expect(runChecks({ main: jsonInput("bundles.json", bundles), locale: "zh-CN" }).bundles).toEqual({ skipped: "no-members" });
    expect(runChecks({ main: jsonInput("bundles.json", bundles), members: [jsonInput("other.json", bundles)], locale: "zh-CN" }).bundles)
      .toEqual({ skipped: "not-implementation", file: "other.json" });
  });

  it("an item list is no bundle list: no bundle check", () => {
    expect(runChecks({ main: jsonInput("county.json", county), members: [jsonInput("city.json", city)], locale: "zh-CN" }).bundles).toBeUndefined();
  });
});
