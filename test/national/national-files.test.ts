/** The national layout as xlsx (one sheet per table) and csv (one file per table), joined by task_code: round trips. */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { message } from "../../src/i18n/messages.js";
import { migrate } from "../../src/migrate/index.js";
import { importNational, importNationalCsv, importNationalXlsx, nationalCsv, nationalFromCatalogue, nationalXlsx } from "../../src/national/index.js";
import { recordsFromTables, tablesFromRecords } from "../../src/national/national-tables.js";
import { latestMajor, majorOfDocument } from "../../src/schema/majors.js";
import { readXlsxBytes } from "../../src/spreadsheet/xlsx/read-xlsx.js";
import { readJson } from "../helpers/examples.js";
import { hasRealData, readRealJson } from "../helpers/realdata.js";

const EXAMPLES = fs.readdirSync("examples").filter((f) => /^\d.*\.json$/.test(f)).map((f) => `examples/${f}`);
const newest = (c: any): any => migrate(c, { from: majorOfDocument(c)!.id, to: latestMajor.id });
const headerOf = (c: any) => ({ kind: c.kind, region: c.region.code, level: c.region.level, publisher: c.publisher.name, ...(c.publisher.creditCode ? { publisherCreditCode: c.publisher.creditCode } : {}) });

/** Both file forms of a catalogue, imported back. */
const viaXlsx = (c: any) => importNationalXlsx(nationalXlsx(c), headerOf(c));
const viaCsv = (c: any) => importNationalCsv(nationalCsv(c), headerOf(c));

/** A catalogue of `n` items whose CJK texts together pass 64 KiB several times (shared strings span many chunks). */
function generated(n: number): any {
  const base = newest(readJson("examples/4-county-gusu.json"));
  const template = base.items[0];
  const items = Array.from({ length: n }, (_, i) => {
    const code = String(123018000 + i).padStart(12, "0");
    const item = structuredClone(template);
    Object.assign(item, { basicCode: code, implementationCode: template.implementationCode.slice(0, 19) + code, name: `水利工程建设许可第${i}号`, itemVersion: (i % 3) + 1 });
    delete item.handlingItemCode;
    item.acceptanceConditions = "水利工程质量监督申请：".repeat(300 + i);
    item.faqs = [{ question: `第${i}问：𠀀𠀁汉字扩展B区？`, answer: "水利工程".repeat(500) }];
    item.materials[0].note = "申请材料须加盖公章".repeat(100);
    return item;
  });
  return { ...base, items };
}

describe("national xlsx and csv: one sheet or file per table, joined by task_code", () => {
  it.each(EXAMPLES)("%s: xlsx and csv give the same items as the JSON form", (file) => {
    const original = readJson(file);
    const expected = importNational(JSON.parse(JSON.stringify(nationalFromCatalogue(original))), headerOf(original)).catalogue.items;
    expect(expected).toEqual(newest(original).items);
    expect(viaXlsx(original).catalogue.items).toEqual(expected);
    expect(viaCsv(original).catalogue.items).toEqual(expected);
  });

  it("a generated catalogue with CJK text far past 64 KiB (and astral characters) comes back identical both ways", () => {
    const original = generated(40);
    const bytes = nationalXlsx(original);
    const chars = original.items.reduce((n: number, i: any) => n + i.acceptanceConditions.length, 0);
    expect(chars * 3).toBeGreaterThan(4 * 65536);
    const xlsx = importNationalXlsx(bytes, headerOf(original));
    expect(xlsx.catalogue.items).toEqual(original.items);
    expect(xlsx.report.issues.filter((i) => i.severity === "error").map((i) => i.message)).toEqual([]);
    expect(viaCsv(original).catalogue.items).toEqual(original.items);
  });

  it("names the sheets basic, materials, by_laws … and puts the join columns first on every table row", () => {
    const sheets = readXlsxBytes(nationalXlsx(generated(2)), { maxRows: 100 });
    expect(sheets.map((s) => s.name)).toEqual(["basic", "AUDIT_QA", "materials", "by_laws", "process"]);
    const qa = sheets.find((s) => s.name === "AUDIT_QA")!;
    expect(qa.rows[0]).toEqual(["task_code", "catalog_code", "task_version", "question", "answer"]);
    expect(nationalCsv(generated(1)).map((f) => f.table)).toEqual(["basic", "AUDIT_QA", "materials", "by_laws", "process"]);
  });

  it("versions of one item join their own rows (task_version), and a row that joins no item is refused with its table and row", () => {
    const records = [
      { task_code: "C", task_version: 1, materials: [{ material_name: "旧" }] },
      { task_code: "C", task_version: 2, materials: [{ material_name: "新" }] },
    ];
    const tables = tablesFromRecords(records);
    expect(recordsFromTables(tables)).toEqual([
      { task_code: "C", task_version: 1, materials: [{ task_code: "C", material_name: "旧" }] },
      { task_code: "C", task_version: 2, materials: [{ task_code: "C", material_name: "新" }] },
    ]);
    const orphan = [tables[0]!, { name: "materials", rows: [{ task_code: "D", material_name: "孤" }] }];
    const orphanParams = { table: "materials", row: 2, keys: "task_code D", basic: "basic" };
    expect(() => recordsFromTables(orphan)).toThrow(expect.objectContaining({
      name: "TypeError", message: 'materials 第 2 行：task_code D 在"basic"中没有对应的行', messageId: "error.national.orphan-row", messageParams: orphanParams,
    }));
    expect(message("error.national.orphan-row", "en", orphanParams)).toBe('materials row 2: task_code D matches no row of "basic"');
    const noBasic = { table: "basic", found: '"事项"' };
    expect(() => recordsFromTables([{ name: "事项", rows: [] }])).toThrow(expect.objectContaining({
      name: "TypeError", message: '国家平台格式的工作簿须有"basic"工作表（每个事项一行）；现有："事项"', messageId: "error.national.no-basic", messageParams: noBasic,
    }));
    expect(message("error.national.no-basic", "en", noBasic)).toBe('a national-layout workbook has a "basic" sheet (one row per item); found "事项"');
    expect(message("error.national.no-basic", "zh-CN", { table: "basic", found: "" })).toBe('国家平台格式的工作簿须有"basic"工作表（每个事项一行）；现有：无');
  });
});

const LINGSHAN = ["guangxi-lingshan", "lingshan-audit-items.json"] as const;
describe.skipIf(!hasRealData(...LINGSHAN))("real data: 灵山县 through the national xlsx and csv", () => {
  it("imports the records, exports xlsx and csv, and reads the same catalogue back (csv: kept values as text)", () => {
    const options = { region: "450721000000", publisher: "灵山县行政审批局", crosswalks: ["guangxi-time-unit"] };
    const { catalogue } = importNational(readRealJson(...LINGSHAN), options);
    // A QA row's own task_code is the join column the files add and drop again.
    const strip = (items: any[]) => items.map((i) => ({ ...i, extensions: { ...i.extensions, AUDIT_QA: i.extensions.AUDIT_QA?.map(({ task_code: _c, ...rest }: any) => rest) } }));
    const header = { region: "450721000000", publisher: "灵山县行政审批局" };
    expect(strip(importNationalXlsx(nationalXlsx(catalogue), header).catalogue.items as any[])).toEqual(strip(catalogue.items as any[]));
    // csv holds text: a number kept under extensions comes back as its digits; every element is equal.
    const textual = (items: any[]) => JSON.parse(JSON.stringify(strip(items), (k, v) => (typeof v === "number" && k !== "value" ? String(v) : v)));
    const csv = importNationalCsv(nationalCsv(catalogue), header).catalogue.items as any[];
    expect(csv.map(({ extensions: _e, ...i }) => i)).toEqual((catalogue.items as any[]).map(({ extensions: _e, ...i }) => i));
    expect(textual(csv)).toEqual(textual(catalogue.items as any[]));
  });
});
