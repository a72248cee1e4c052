/**
 * The page checks a whole chain as the CLI does: several upper lists (in any order) give exactly
 * `zwfw conform --chain`'s findings on the checked list; the summary and the first issues are in
 * view at 1280×900; each issue names its item and element; the en view is English, title included.
 * Screenshots of the empty, clean, deviations and English states go to test-results/.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { jsonReport, ROOT, runCli } from "../helpers/cli.js";
import { choose, hasChromium, usePageSession } from "./browser.js";

if (!hasChromium) console.warn("test/site/chain.test.ts skipped: /usr/bin/chromium is missing (apt-get install -y chromium)");

const example = (name: string) => path.join(ROOT, "examples", name);
const RESULTS = path.join(ROOT, "test-results");
const UPPERS = ["3-city-suzhou.json", "1-province-basic.json", "2-province-standard.json"];
const LOWER = "7-county-gusu-deviations.json";

describe.skipIf(!hasChromium && !process.env.CI)("the page checks a chain (Chromium, file://)", () => {
  const session = usePageSession();
  const open = () => session.open();
  beforeAll(() => fs.mkdirSync(RESULTS, { recursive: true }));

  /** The findings on the page, as [rule, severity, path] sorted. */
  const findings = (page: Page) =>
    page.$$eval("li[data-rule]", (els) => els.map((el) => [el.getAttribute("data-rule"), el.getAttribute("data-severity"), el.getAttribute("data-path") ?? ""]).sort());

  it("empty state, then a chain with the county's deviations: exactly the CLI's chain findings, in view, named", async () => {
    const page = await open();
    await page.screenshot({ path: path.join(RESULTS, "site-empty.png") });

    await choose(page, "upper", UPPERS.map(example));
    await choose(page, "main", [example(LOWER)]);
    await page.waitForSelector('[data-testid="conformance-summary"]');

    // The CLI on the same files, in chain order; the page reports the findings about the checked list.
    const chain = ["1-province-basic.json", "2-province-standard.json", "3-city-suzhou.json", LOWER].map((f) => `examples/${f}`);
    const cli = runCli(["conform", "--chain", ...chain, "--report", "json"]);
    const expected = jsonReport(cli).issues.filter((i: any) => i.file === `examples/${LOWER}`);
    const validation = JSON.parse(runCli(["validate", `examples/${LOWER}`, "--report", "json"]).stdout).issues;
    expect(await findings(page)).toEqual([...validation, ...expected].map((i: any) => [i.rule, i.severity, i.path]).sort());
    // The four deviations on items the county takes straight from the province are found, not "not in the upper list".
    const rules = (await findings(page)).map(([rule]) => rule);
    for (const rule of ["visits-increased", "material-necessity-raised", "material-copies-increased", "online-depth-decreased"]) expect(rules).toContain(rule);
    // Against the city alone those items were "not in the upper list".
    const cityOnly = jsonReport(runCli(["conform", "examples/3-city-suzhou.json", `examples/${LOWER}`, "--report", "json"])).issues;
    const notInUpper = (list: string[]) => list.filter((r) => r === "not-in-upper").length;
    expect(notInUpper(cityOnly.map((i: any) => i.rule))).toBeGreaterThan(notInUpper(rules as string[]));
    const summary = page.locator('[data-testid="conformance-summary"]');
    expect([Number(await summary.getAttribute("data-errors")), Number(await summary.getAttribute("data-warnings"))]).toEqual([
      expected.filter((i: any) => i.severity === "error").length,
      expected.filter((i: any) => i.severity === "warning").length,
    ]);

    // Above the fold: the summary and the first issue.
    const first = await page.locator("li[data-rule]").first().boundingBox();
    const top = await page.locator('[data-testid="summary"]').boundingBox();
    expect(top!.y + top!.height).toBeLessThan(900);
    expect(first!.y + first!.height).toBeLessThan(900);

    // Each issue names its item and the element by its Chinese title.
    const visits = page.locator('li[data-rule="visits-increased"]');
    expect(await visits.locator(".issue-field").textContent()).toBe("到办事现场次数");
    expect((await visits.locator(".issue-item").textContent())?.length).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(RESULTS, "site-deviations.png") });

    // A click opens the source at the value: the line of the file that holds it, the value marked.
    await visits.locator(".source-toggle summary").click();
    const source = visits.locator('[data-testid="source"]');
    const line = Number(await source.getAttribute("data-line"));
    const column = Number(await source.getAttribute("data-column"));
    const fileLine = fs.readFileSync(example(LOWER), "utf8").split("\n")[line - 1]!;
    expect(fileLine.slice(0, column - 1)).toMatch(/"visits":\s*$/);
    expect(await source.locator("mark").textContent()).toBe(fileLine.slice(column - 1).match(/^\d+/)![0]);

    // English: everything, the title too.
    await page.click('[data-locale="en"]');
    expect(await page.title()).toBe("Service item list validator · zwfw-standard");
    expect(await visits.locator(".issue-field").textContent()).toBe("visits");
    await page.screenshot({ path: path.join(RESULTS, "site-english.png") });
    await page.close();
  });

  it("a clean chain: no findings, and the summary says so", async () => {
    const page = await open();
    await choose(page, "upper", ["2-province-standard.json", "3-city-suzhou.json"].map(example));
    await choose(page, "main", [example("4-county-gusu.json")]);
    await page.waitForSelector('[data-testid="conformance-summary"]');
    expect(await findings(page)).toEqual([]);
    expect(await page.locator('[data-testid="summary"]').getAttribute("data-errors")).toBe("0");
    await page.screenshot({ path: path.join(RESULTS, "site-clean.png") });
    await page.close();
  });

  it("a previous batch that is malformed or nested very deeply is the one named, never the main file (issue 17)", async () => {
    const dir = fs.mkdtempSync(path.join(session.tmp, "chain-"));
    const malformed = path.join(dir, "previous-bad.json");
    fs.writeFileSync(malformed, '{\n  "kind": "implementation",\n  "items": [,]\n}\n');
    const deep = path.join(dir, "previous-deep.json");
    const depth = 1_000_000;
    const batch = JSON.parse(fs.readFileSync(example("county-gusu-batch-1.json"), "utf8"));
    batch.items[0].extensions = { nested: "@" };
    fs.writeFileSync(deep, JSON.stringify(batch).replace('"@"', `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`));
    const main = "county-gusu-batch-2.json";
    const alerts = (page: Page) => page.locator('[role="alert"]').allTextContents();

    const page = await open();
    await page.setInputFiles("#previous-file", malformed);
    await page.waitForSelector('[data-picker="previous"] .problem');
    await choose(page, "main", [example(main)]);
    await page.waitForSelector('[data-testid="validation-summary"]');
    expect(await page.locator('[data-picker="previous"] .problem').textContent()).toBe("无法读取 previous-bad.json：3:13: JSON 格式错误：此处应为值");
    expect((await alerts(page)).filter((a) => a.includes(main))).toEqual([]);

    await page.setInputFiles("#previous-file", deep);
    await page.waitForFunction(() => document.querySelector('[data-file="previous"]')?.textContent?.startsWith("previous-deep.json"));
    await page.waitForSelector('[data-testid="validation-summary"]');
    // Read and compared whole: the metrics show, or a note names the previous batch; nothing blames the main file.
    const note = await page.locator('[data-skipped="failed"]').allTextContents();
    if (note.length > 0) expect(note[0]).toContain("previous-deep.json");
    else expect(await page.getByTestId("metrics").count()).toBe(1);
    expect((await alerts(page)).filter((a) => a.includes(main))).toEqual([]);
    await page.close();
  });

  it("malformed JSON reads as one line in the page's language", async () => {
    const page = await open();
    const bad = path.join(fs.mkdtempSync(path.join(session.tmp, "chain-")), "bad.json");
    fs.writeFileSync(bad, '{\n  "kind": "basic",\n  "items": [1,,2]\n}\n');
    await choose(page, "main", [bad]);
    expect(await page.locator('[data-picker="main"] .problem').textContent()).toBe("无法读取 bad.json：3:15: JSON 格式错误：此处应为值");
    await page.close();
  });
});
