/**
 * The built page in a real browser, offline from file://: every example validates as the library
 * says, conformance and reform metrics show, spreadsheets point at cells, downloads match, and a
 * screenshot of the report is saved to test-results/site-report.png for review.
 */
import { latestMajor } from "../../src/schema/majors.js";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { bundleRules, checkBundles } from "../../src/bundle/index.js";
import { checkConformance, conformanceRules } from "../../src/conformance/index.js";
import { diffCatalogues } from "../../src/diff/index.js";
import { message } from "../../src/i18n/all-messages.js";
import type { Report } from "../../src/report/issue.js";
import { decodeCell } from "../../src/spreadsheet/sheet-data.js";
import { catalogueFromRows, csvFromSheet, exportWorkbook, rowsFromCatalogue, sheetFromCsv, sheetsFromWorkbook } from "../../src/spreadsheet/index.js";
import { rules } from "../../src/rules/index.js";
import { validate } from "../../src/validate/index.js";
import { ROOT } from "../helpers/cli.js";
import { readJson } from "../helpers/examples.js";
import { choose, counts, hasChromium, usePageSession } from "./browser.js";

if (!hasChromium) console.warn("test/site/page.test.ts skipped: /usr/bin/chromium is missing (apt-get install -y chromium)");

const EXAMPLES = fs.readdirSync(path.join(ROOT, "examples")).filter((f) => f.endsWith(".json")).sort();
const example = (name: string) => path.join(ROOT, "examples", name);
const RESULTS = path.join(ROOT, "test-results");

// On CI the browser must be there (.ci/run installs it): a missing Chromium fails instead of skipping.
describe.skipIf(!hasChromium && !process.env.CI)("the validator page in Chromium (file://)", () => {
  const session = usePageSession();
  const open = () => session.open({ acceptDownloads: true });
  beforeAll(() => fs.mkdirSync(RESULTS, { recursive: true }));

  const summaryOf = (r: Report) => r.summary;

  it("states that nothing is uploaded", async () => {
    const page = await open();
    expect(await page.getByTestId("privacy").textContent()).toContain("所有数据仅在本机浏览器中处理，不会上传");
    await page.close();
  });

  it.each(EXAMPLES)("validates examples/%s as the library does", async (name) => {
    const page = await open();
    await choose(page, "main", example(name));
    expect(await counts(page, "validation-summary")).toEqual(summaryOf(validate(readJson(`examples/${name}`))));
    await page.close();
  });

  it("shows the planted deviations against the upper list, grouped by item, with counts by rule", async () => {
    const upper = readJson("examples/2-province-standard.json");
    const lower = readJson("examples/7-county-gusu-deviations.json");
    const expected = checkConformance(upper, lower);
    const page = await open();
    await choose(page, "upper", example("2-province-standard.json"));
    await choose(page, "main", example("7-county-gusu-deviations.json"));
    expect(await counts(page, "conformance-summary")).toEqual(expected.summary);
    const byRule = new Map<string, number>();
    for (const i of expected.issues) byRule.set(i.rule, (byRule.get(i.rule) ?? 0) + 1);
    for (const [rule, count] of byRule) expect(await page.locator(`[data-testid="rule-counts"] tr[data-rule="${rule}"] td.num`).textContent()).toBe(String(count));
    const renamed = expected.issues.find((i) => i.rule === "name-mismatch")!;
    const row = page.locator(`[data-item="${renamed.itemCode}"] li[data-rule="name-mismatch"]`);
    expect(await row.locator(".message").textContent()).toBe(renamed.message);
    expect(await row.locator(".where code").textContent()).toBe("/items/0/name");
    expect(await row.locator(".badge").textContent()).toBe("错误");
    await page.locator('[data-testid="report"]').screenshot({ path: path.join(RESULTS, "site-report.png") });

    await page.click('[data-locale="en"]');
    const en = checkConformance(upper, lower, { locale: "en" }).issues.find((i) => i.rule === "name-mismatch")!;
    expect(await row.locator(".message").textContent()).toBe(en.message);
    expect(await row.locator(".badge").textContent()).toBe("error");
    await page.setViewportSize({ width: 420, height: 900 });
    await page.screenshot({ path: path.join(RESULTS, "site-report-narrow.png"), fullPage: true });
    await page.close();
  });

  it("points at the field of a broken copy, and a near miss is clean", async () => {
    const doc = readJson("examples/4-county-gusu.json");
    doc.items[1].agency.creditCode = doc.items[1].agency.creditCode.slice(0, 17) + (doc.items[1].agency.creditCode.endsWith("0") ? "1" : "0");
    const broken = path.join(session.tmp, "broken.json");
    fs.writeFileSync(broken, JSON.stringify(doc));
    const expected = validate(doc).issues.find((i) => i.rule === "credit-code-checksum")!;
    const page = await open();
    await choose(page, "main", broken);
    const row = page.locator(`[data-item="${expected.itemCode}"] li[data-rule="credit-code-checksum"]`);
    expect(await row.locator(".message").textContent()).toBe(expected.message);
    expect(await row.locator(".where code").textContent()).toBe("/items/1/agency/creditCode");
    expect((await counts(page, "validation-summary")).errors).toBeGreaterThanOrEqual(1);
    await choose(page, "main", example("4-county-gusu.json"));
    expect(await counts(page, "validation-summary")).toEqual({ ...summaryOf(validate(readJson("examples/4-county-gusu.json"))), errors: 0 });
    await page.close();
  });

  it("validates JSONL line by line and names the line", async () => {
    const items = readJson("examples/4-county-gusu.json").items;
    const file = path.join(session.tmp, "items.jsonl");
    fs.writeFileSync(file, [...items, items[0]].map((i: unknown) => JSON.stringify(i)).join("\n") + "\n");
    const page = await open();
    await choose(page, "main", file);
    expect(await counts(page, "validation-summary")).toEqual({ errors: 1, warnings: 0, infos: 0, items: items.length + 1 });
    const row = page.locator('li[data-rule="duplicate-item"]');
    expect(await row.locator(".place").textContent()).toBe(message("site.report.line", "zh-CN", { line: items.length + 1 }));
    await page.close();
  });

  it("reads a workbook and points at sheet, row and column; the annotated download highlights the cell", async () => {
    const doc = readJson("examples/4-county-gusu.json");
    doc.items[0].visits = 12;
    const workbook = await exportWorkbook(doc);
    const file = path.join(session.tmp, "county.xlsx");
    fs.writeFileSync(file, workbook.toBytes());
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.readFile(file);
    const expected = catalogueFromRows(sheetsFromWorkbook(reread)).report;
    const located = expected.issues.find((i) => i.sheet !== undefined && i.column !== undefined)!;
    expect(located).toBeDefined();

    const page = await open();
    await choose(page, "main", file);
    expect(await counts(page, "validation-summary")).toEqual(expected.summary);
    const place = message("site.report.cell", "zh-CN", { sheet: located.sheet, row: located.line, column: located.column });
    expect(await page.locator(".issue .place").allTextContents()).toContain(place);

    const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-download="xlsx"]')]);
    const annotated = new ExcelJS.Workbook();
    await annotated.xlsx.readFile((await download.path())!);
    const cell = annotated.getWorksheet(located.sheet!)!.getCell(`${located.column}${located.line}`);
    expect((cell.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe("FFFFC7CE");
    expect(String(cell.note)).toContain(`[${located.rule}]`);
    expect(annotated.getWorksheet("问题清单")!.rowCount).toBe(expected.issues.length + 1);
    await page.close();
  });

  it("a click on a workbook finding shows its sheet, row and column with the cells around; conformance findings are placed at their cells too", async () => {
    const lower = readJson("examples/7-county-gusu-deviations.json");
    const file = path.join(session.tmp, "deviations.xlsx");
    fs.writeFileSync(file, (await exportWorkbook(lower)).toBytes());
    const sheets = sheetsFromWorkbook(new Uint8Array(fs.readFileSync(file)));
    const expected = checkConformance(readJson("examples/2-province-standard.json"), catalogueFromRows(sheets).catalogue).issues.find((i) => i.rule === "visits-increased")!;
    expect(expected.path).toMatch(/^\/items\/\d+\/visits$/);

    const page = await open();
    await choose(page, "upper", example("2-province-standard.json"));
    await choose(page, "main", file);
    const row = page.locator('li[data-rule="visits-increased"]');
    await row.locator(".source-toggle summary").click();
    const source = row.locator('[data-testid="source"]');
    const [sheetName, rowNo, letter] = [String(await source.getAttribute("data-sheet")), Number(await source.getAttribute("data-row")), String(await source.getAttribute("data-column"))];
    expect(await row.locator(".place").textContent()).toBe(message("site.report.cell", "zh-CN", { sheet: sheetName, row: rowNo, column: letter }));
    // The cell it names holds the item's visits under the column titled 到办事现场次数, in the row of that item.
    const sheet = sheets.find((s) => s.name === sheetName)!;
    const column = decodeCell(`${letter}1`)!.column;
    const item = lower.items[Number(expected.path.split("/")[2])];
    expect(sheet.rows[0]![column]).toBe("到办事现场次数");
    expect(Number(sheet.rows[rowNo - 1]![column])).toBe(item.visits);
    expect(await source.locator("mark").textContent()).toBe(String(item.visits));
    // The cells around it: the header row, and the row's own cells beside the marked one.
    expect(await source.locator('tr[data-row="1"] td').allTextContents()).toContain("到办事现场次数");
    expect(await source.locator(`tr[data-row="${rowNo}"] td`).count()).toBe(5);
    await source.screenshot({ path: path.join(RESULTS, "site-sheet-source.png") });
    await page.close();
  });

  it("reads a CSV file of items and points at its rows and columns", async () => {
    const doc = readJson("examples/4-county-gusu.json");
    doc.items[2].visits = 12;
    const items = rowsFromCatalogue(doc).find((sheet) => sheet.name === "事项")!;
    const file = path.join(session.tmp, "county-items.csv");
    fs.writeFileSync(file, csvFromSheet(items));
    const expected = catalogueFromRows([sheetFromCsv(fs.readFileSync(file, "utf8"), "county-items")]).report;
    const located = expected.issues.find((i) => i.sheet !== undefined && i.column !== undefined && i.line !== undefined)!;
    const page = await open();
    await choose(page, "main", file);
    expect(await counts(page, "validation-summary")).toEqual(expected.summary);
    expect(await page.locator(".issue .place").allTextContents()).toContain(message("site.report.cell", "zh-CN", { sheet: located.sheet, row: located.line, column: located.column }));
    await page.close();
  });

  it("charts the reform metrics of two batches", async () => {
    const diff = diffCatalogues(readJson("examples/county-gusu-batch-1.json"), readJson("examples/county-gusu-batch-2.json"));
    const page = await open();
    await choose(page, "previous", example("county-gusu-batch-1.json"));
    await choose(page, "main", example("county-gusu-batch-2.json"));
    const chart = page.getByTestId("metrics");
    expect(await chart.locator("g[data-metric]").count()).toBe(Object.keys(diff.metrics.all).length);
    const days = diff.metrics.all.promisedWorkingDays;
    expect(await chart.locator('g[data-metric="promisedWorkingDays"] .after').textContent()).toBe(`${days.after} (${days.change! > 0 ? "+" : ""}${days.change}%)`);
    expect(await chart.textContent()).toContain(message("site.metrics.summary", "zh-CN", { ...diff.summary }));
    await chart.screenshot({ path: path.join(RESULTS, "site-metrics.png") });
    await page.close();
  });

  it("checks a bundle list against its members' lists (several files at once) and shows each bundle's savings", async () => {
    const lists = ["county-gusu-items.json", "city-suzhou-items.json"].map((f) => example(`bundles/${f}`));
    const expected = checkBundles(readJson("examples/bundles/county-gusu-bundles.json"), lists.map((f) => JSON.parse(fs.readFileSync(f, "utf8"))));
    const page = await open();
    await page.setInputFiles("#members-file", lists);
    await page.waitForFunction(() => document.querySelector('[data-file="members"]')?.textContent?.includes("city-suzhou-items.json"));
    await choose(page, "main", example("bundles/county-gusu-bundles.json"));
    expect(await counts(page, "bundle-summary")).toEqual(summaryOf(expected));
    const table = page.locator('[data-testid="bundles"] table[data-bundle="YJS-KBCYD"]');
    for (const [key, figure] of Object.entries(expected.bundles[0]!.metrics)) {
      const row = table.locator(`tr[data-metric="${key}"]`);
      expect([await row.getAttribute("data-before"), await row.getAttribute("data-after")]).toEqual([String(figure.before), String(figure.after)]);
    }
    expect(await table.locator('tr[data-metric="materials"] td').last().textContent()).toBe("45.5%");
    await page.getByTestId("bundles").screenshot({ path: path.join(RESULTS, "site-bundles.png") });
    await page.close();
  });

  it("downloads the report as JSON and Markdown", async () => {
    const upper = readJson("examples/2-province-standard.json");
    const lower = readJson("examples/7-county-gusu-deviations.json");
    const page = await open();
    await choose(page, "upper", example("2-province-standard.json"));
    await choose(page, "main", example("7-county-gusu-deviations.json"));
    const [json] = await Promise.all([page.waitForEvent("download"), page.click('[data-download="json"]')]);
    const report = JSON.parse(fs.readFileSync((await json.path())!, "utf8")) as Report;
    expect(report.issues).toEqual([...validate(lower).issues, ...checkConformance(upper, lower).issues]);
    const [md] = await Promise.all([page.waitForEvent("download"), page.click('[data-download="markdown"]')]);
    expect(md.suggestedFilename()).toBe("7-county-gusu-deviations.report.md");
    expect(fs.readFileSync((await md.path())!, "utf8")).toContain("| `name-mismatch` |");
    await page.close();
  });

  it("downloads the whole report as one HTML file that opens offline from file://, without scripts, with the same findings", async () => {
    const page = await open();
    await choose(page, "upper", example("2-province-standard.json"));
    await choose(page, "main", example("7-county-gusu-deviations.json"));
    const findings = (p: Page) => p.$$eval("li[data-rule]", (els) => els.map((el) => [el.getAttribute("data-rule"), el.getAttribute("data-severity"), el.getAttribute("data-path"), el.querySelector(".message")?.textContent]));
    const onPage = await findings(page);
    const summary = await counts(page, "summary");
    expect(onPage.length).toBe(summary.errors + summary.warnings + summary.infos);
    const [html] = await Promise.all([page.waitForEvent("download"), page.click('[data-download="html"]')]);
    expect(html.suggestedFilename()).toBe("7-county-gusu-deviations.report.html");
    const saved = path.join(fs.mkdtempSync(path.join(session.tmp, "saved-")), html.suggestedFilename());
    fs.copyFileSync((await html.path())!, saved);
    await page.close();

    // One file: no script, nothing it could fetch.
    const text = fs.readFileSync(saved, "utf8");
    expect(text).not.toMatch(/<script/i);
    expect(text).not.toMatch(/\s(?:src|href)="(?!#|data:)/);
    expect(text).toContain("default-src 'none'");

    // Opened offline, scripts off: the same findings and counts; an excerpt opens with <details>, no script needed.
    const context = await session.browser.newContext({ offline: true, javaScriptEnabled: false });
    const seen: string[] = [];
    context.on("request", (r) => seen.push(r.url()));
    const offline = await context.newPage();
    await offline.goto(pathToFileURL(saved).href);
    expect(await offline.title()).toBe(`${message("report.title", "zh-CN")} · 7-county-gusu-deviations.json`);
    expect(await findings(offline)).toEqual(onPage);
    expect(await counts(offline, "summary")).toEqual(summary);
    const visits = offline.locator('li[data-rule="visits-increased"]');
    await visits.locator(".source-toggle summary").click();
    expect(await visits.locator('[data-testid="source"] mark').textContent()).toMatch(/^\d+$/);
    expect(await offline.locator("[data-download]").count()).toBe(0);
    expect(seen).toEqual([pathToFileURL(saved).href]);
    await offline.screenshot({ path: path.join(RESULTS, "site-saved-report.png") });
    await context.close();
  });

  it("shows the standard reference with every rule", async () => {
    const page = await open();
    await page.click("#tab-standard");
    expect(await page.locator("#doc-implementation-item tbody tr").count()).toBeGreaterThan(20);
    expect(await page.locator(".rule-entry").count()).toBe(rules.length + conformanceRules.length + bundleRules.length);
    expect(await page.locator("#def-material td.key code").allTextContents()).toEqual(Object.keys(readJson(`schemas/${latestMajor.id}/defs.schema.json`).$defs.Material.properties));
    await page.close();
  });
});
