import ExcelJS from "exceljs";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonReport, runCli } from "../helpers/cli.js";
import { CHAIN_FILES, readJson } from "../helpers/examples.js";
import { scratchDir } from "../helpers/scratch.js";

const dir = scratchDir("zwfw-sheet-cli-");
const at = (name: string) => path.join(dir, name);

describe("zwfw export → zwfw import", () => {
  for (const file of ["examples/1-province-basic.json", ...CHAIN_FILES]) {
    const name = path.basename(file, ".json");
    it(`${name}: xlsx and csv round trips are identical`, () => {
      for (const ext of ["xlsx", "csv"]) {
        const exported = runCli(["export", file, "-o", at(`${name}.${ext}`)]);
        expect(exported.code, exported.stderr).toBe(0);
        const imported = runCli(["import", at(`${name}.${ext}`), "-o", at(`${name}.${ext}.json`)]);
        expect(imported.code, imported.stdout).toBe(0);
        expect(JSON.parse(fs.readFileSync(at(`${name}.${ext}.json`), "utf8"))).toEqual(readJson(file));
      }
    });
  }

  it("csv export writes one file per sheet", () => {
    expect(runCli(["export", "examples/4-county-gusu.json", "-o", at("county.csv")]).code).toBe(0);
    for (const suffix of ["", ".info", ".legal-basis", ".materials", ".fees", ".process"]) expect(fs.existsSync(at(`county${suffix}.csv`)), suffix).toBe(true);
    expect(fs.readFileSync(at("county.csv")).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("export exits 2 on a file that is not a catalogue, or an unknown extension", () => {
    fs.writeFileSync(at("not.json"), "{\"a\":1}");
    expect(runCli(["export", at("not.json"), "-o", at("x.xlsx")]).code).toBe(2);
    const result = runCli(["export", "examples/4-county-gusu.json", "-o", at("x.ods")]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("zwfw import on errors", () => {
  it("writes nothing and exits 1; --force writes and still exits 1", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await exportTo("county-bad.xlsx"));
    const sheet = workbook.getWorksheet("事项")!;
    const visits = (sheet.getRow(1).values as unknown[]).indexOf("到办事现场次数");
    sheet.getCell(2, visits).value = "两次";
    await workbook.xlsx.writeFile(at("county-bad.xlsx"));

    const result = runCli(["import", at("county-bad.xlsx"), "-o", at("bad.json"), "--report", "json"]);
    expect(result.code).toBe(1);
    expect(jsonReport(result).issues).toEqual([expect.objectContaining({ rule: "cell-unreadable", severity: "error", path: "/items/0/visits", sheet: "事项", line: 2, column: "O", file: at("county-bad.xlsx") })]);
    expect(fs.existsSync(at("bad.json"))).toBe(false);

    const forced = runCli(["import", at("county-bad.xlsx"), "-o", at("bad.json"), "--force"]);
    expect(forced.code).toBe(1);
    expect(JSON.parse(fs.readFileSync(at("bad.json"), "utf8")).items).toHaveLength(5);
  });

  it("usage errors exit 2 with one line", () => {
    for (const args of [["import", "examples/4-county-gusu.json", "-o", at("y.json")], ["import", at("x.xlsx")], ["import", at("x.csv"), "-o", at("y.json"), "--level", "八级"]]) {
      const result = runCli(args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});

describe("zwfw template", () => {
  it("writes the empty workbook with notes, dropdowns and a frozen header", async () => {
    const result = runCli(["template", "-o", at("template.xlsx")]);
    expect(result.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(at("template.xlsx"));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["目录信息", "事项", "设定依据", "实施依据", "中介服务", "特别程序", "申请材料", "办理情形", "收费项目", "办理流程", "常见问题", "联办机构", "代码表"]);
    const items = workbook.getWorksheet("事项")!;
    expect(items.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const typeColumn = (items.getRow(1).values as unknown[]).indexOf("事项类型");
    const note = items.getCell(1, typeColumn).note;
    expect(typeof note === "string" ? note : JSON.stringify(note)).toContain("行政许可");
    expect(items.getCell(2, typeColumn).dataValidation).toMatchObject({ type: "list" });
    expect(workbook.getWorksheet("代码表")!.state).toBe("hidden");
    expect(runCli(["template", "-o", at("template1.xlsx"), "--schema", "v1"]).code).toBe(0);
    const v1 = new ExcelJS.Workbook();
    await v1.xlsx.readFile(at("template1.xlsx"));
    expect(v1.worksheets.map((s) => s.name)).toEqual(["目录信息", "事项", "设定依据", "申请材料", "收费项目", "办理流程", "代码表"]);
  });

  it.each([["v2 (the default)", [], "2.0"], ["v1", ["--schema", "v1"], "1.0"]] as const)("the empty %s template imports cleanly given the header flags", (_, flags, version) => {
    expect(runCli(["template", "-o", at("blank.xlsx"), "--kind", "standard", ...flags]).code).toBe(0);
    const result = runCli(["import", at("blank.xlsx"), "-o", at("blank.json"), "--region", "320000000000", "--publisher", "江苏省政务服务管理办公室"]);
    expect(result.code, result.stdout).toBe(0);
    expect(JSON.parse(fs.readFileSync(at("blank.json"), "utf8"))).toEqual({
      schemaVersion: version, kind: "standard", region: { code: "320000000000", level: "2" }, publisher: { name: "江苏省政务服务管理办公室" }, items: [],
    });
  });

  it("import --schema picks the major of the result; an unknown one is a usage error", () => {
    expect(runCli(["template", "-o", at("blank1.xlsx"), "--kind", "basic", "--schema", "v1"]).code).toBe(0);
    const flags = ["--region", "320000000000", "--publisher", "江苏省政务服务管理办公室"];
    expect(runCli(["import", at("blank1.xlsx"), "-o", at("blank2.json"), "--schema", "v2", ...flags]).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(at("blank2.json"), "utf8")).schemaVersion).toBe("2.0");
    const bad = runCli(["import", at("blank1.xlsx"), "-o", at("blank3.json"), "--schema", "v9", ...flags]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toContain("--schema");
  });

  it("rejects an unknown kind", () => expect(runCli(["template", "-o", at("t.xlsx"), "--kind", "other"]).code).toBe(2));
});

/** Exports the county example to a file in the temp folder. */
async function exportTo(name: string): Promise<string> {
  expect(runCli(["export", "examples/4-county-gusu.json", "-o", at(name)]).code).toBe(0);
  return at(name);
}

describe("a hand-typed CSV set (test/fixtures/spreadsheet/gusu-typed*.csv)", () => {
  it("maps the labels people type to v1 codes; the 序号 column is kept under extensions, the only finding", () => {
    const result = runCli(["import", "test/fixtures/spreadsheet/gusu-typed.csv", "-o", at("typed.json"), "--report", "json"]);
    expect(result.code, result.stdout).toBe(0);
    expect(jsonReport(result).issues).toEqual([expect.objectContaining({ rule: "column-extension", severity: "info", sheet: "事项", line: 1, column: "A" })]);
    const catalogue = JSON.parse(fs.readFileSync(at("typed.json"), "utf8"));
    expect(catalogue.publishedAt).toBe("2024-03-01");
    expect(catalogue.region).toEqual({ code: "320508000000", level: "4" });
    const [water, licence] = catalogue.items;
    expect([water.levels, water.serviceObjects, water.timeLimit.statutory, water.onlineDepth, water.handlingForms, water.visits]).toEqual([["3", "4"], ["2", "3"], { value: 20, unit: "working_day" }, 4, ["1", "2"], 0]);
    expect(water.legalBasis[0]).toEqual({ lawName: "《中华人民共和国传染病防治法》", docNumber: "主席令第十七号", article: "第二十九条", text: "饮用水供水单位从事生产或者供应活动，应当依法取得卫生许可证。" });
    expect(water.materials[0]).toEqual({ name: "饮用水供水单位卫生许可申请书", necessity: "required", medium: "paper_and_electronic", originality: "original", copies: 1, source: "applicant" });
    expect(licence.fees).toEqual({ charged: true, items: [{ name: "驾驶证工本费", standard: "每证10元", basis: "苏价费〔2004〕123号", amount: 10, waivable: false }] });
    expect([licence.handlingType, licence.onlineDepth, licence.visits]).toEqual(["1", 3, 1]);
  });
});
