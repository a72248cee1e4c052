/** The Liaoning basic catalogue (JSON records with 职权编码, 依据, 实施层级 …) imports through the header variants. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { catalogueFromRows } from "../../src/spreadsheet/catalogue-from-rows.js";
import { sheetFromRecords } from "../../src/spreadsheet/json-records.js";
import { isLawName } from "../../src/spreadsheet/legal-basis-cell.js";
import { jsonReport, runCli } from "../helpers/cli.js";
import { hasRealData, readRealJson, realFile } from "../helpers/realdata.js";
import { scratchDir } from "../helpers/scratch.js";

const DATASET = "liaoning-catalogue";
const FILE = "government_data.json";
const HEADER = { region: "210000000000", publisher: "辽宁省人民政府" };
const scratch = scratchDir("zwfw-liaoning-");

describe.skipIf(!hasRealData(DATASET, FILE))("real data: the Liaoning basic catalogue", () => {
  const records: Record<string, string>[] = hasRealData(DATASET, FILE) ? readRealJson(DATASET, FILE) : [];

  it("imports every record with its basic code, name, type and levels kept, and 授权部门 under extensions", () => {
    const { catalogue, report } = catalogueFromRows([sheetFromRecords(records)], HEADER);
    expect(report.issues).toEqual([expect.objectContaining({ rule: "column-extension", severity: "info", sheet: "事项", line: 1, column: "A" })]);
    expect(report.issues[0]!.message).toContain("授权部门");
    expect(catalogue.kind).toBe("basic");
    const items = catalogue.items as any[];
    expect(items).toHaveLength(records.length);
    items.forEach((item, i) => {
      const record = records[i]!;
      expect([item.basicCode, item.name, item.type, item.levels, item.extensions]).toEqual([
        record.职权编码, record.事项名称, record.事项类型, record.实施层级!.split(","), { 授权部门: record.授权部门 },
      ]);
    });
  });

  it("no citation's law name is an article: each is a law's name", () => {
    const { catalogue } = catalogueFromRows([sheetFromRecords(records)], HEADER);
    const citations = (catalogue.items as any[]).flatMap((item) => item.legalBasis);
    expect(citations.length).toBeGreaterThan(records.length);
    expect(citations.filter((c) => !isLawName(c.lawName))).toEqual([]);
    expect(citations.filter((c) => /^第.+条/.test(c.lawName))).toEqual([]);
  });

  it("zwfw import reads the JSON file with one command (exit 0)", () => {
    const out = path.join(scratch, "catalogue.json");
    const result = runCli(["import", realFile(DATASET, FILE), "-o", out, "--region", HEADER.region, "--publisher", HEADER.publisher, "--report", "json"]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(jsonReport(result).summary).toEqual({ errors: 0, warnings: 0, infos: 1, items: records.length });
    expect(JSON.parse(fs.readFileSync(out, "utf8")).items.map((i: { basicCode: string }) => i.basicCode)).toEqual(records.map((r) => r.职权编码));
  });
});
