/**
 * A large JSONL file in the page (Chromium, file://): it is validated in a Web Worker, streamed, with
 * a progress bar; the tab stays responsive (a timer on the page keeps firing), the renderer's memory
 * stays far below the file's size, no request leaves the page, and the counts are the library's.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectStream } from "../../src/stream/index.js";
import { STREAM_BYTES } from "../../site/src/input/parse-input.js";
import { readJson } from "../helpers/examples.js";
import { buildSite, hasChromium, launch } from "./browser.js";
import { writeLargeJsonl } from "./large-jsonl.js";
import { rendererMemory } from "./renderer-memory.js";

if (!hasChromium) console.warn("test/site/large-input.test.ts skipped: /usr/bin/chromium is missing (apt-get install -y chromium)");

const MiB = 1024 * 1024;

describe.skipIf(!hasChromium && !process.env.CI)("a large JSONL file in the page (Chromium, file://)", () => {
  let browser: Browser;
  let url: string;
  let tmp: string;
  const requests: string[] = [];

  beforeAll(async () => {
    url = (await buildSite()).url;
    browser = await launch();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "zwfw-large-"));
  });
  afterAll(async () => {
    await browser?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
    expect(requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
  });

  async function open(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("request", (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(url);
    expect(errors).toEqual([]);
    return page;
  }

  /** The counts a summary shows. */
  async function counts(page: Page, testId: string) {
    const el = page.locator(`[data-testid="${testId}"]`);
    const get = async (a: string) => Number(await el.getAttribute(`data-${a}`));
    return { errors: await get("errors"), warnings: await get("warnings"), infos: await get("infos"), items: await get("items") };
  }

  it("a file over the streaming size: the worker's findings are the library's on the same file", async () => {
    const file = path.join(tmp, "findings.jsonl");
    writeLargeJsonl(file, STREAM_BYTES + MiB);
    const items = readJson("examples/4-county-gusu.json").items;
    const broken = { ...items[1], agency: { ...items[1].agency, creditCode: "91320000MA1XXXXX0X" } };
    // A repeated item, a malformed line, a bad credit code and a blank line, at the end of the file.
    fs.appendFileSync(file, [JSON.stringify(items[0]), JSON.stringify(items[0]), "{\"name\": ", JSON.stringify(broken), ""].join("\n") + "\n");
    const expected = await collectStream(fs.createReadStream(file), { maxIssues: 0 });
    expect(expected.summary.errors).toBeGreaterThanOrEqual(3);

    const page = await open();
    await page.setInputFiles("#main-file", file);
    await page.waitForSelector('[data-testid="summary"]', { timeout: 120_000 });
    expect(await counts(page, "validation-summary")).toEqual(expected.summary);
    const shown = await page.$$eval("li[data-rule]", (els) => els.map((el) => [el.getAttribute("data-rule"), el.getAttribute("data-severity"), el.getAttribute("data-path") ?? ""]));
    expect(shown.sort()).toEqual(expected.issues.map((i) => [i.rule, i.severity, i.path]).sort());
    expect(await page.locator('li[data-rule="duplicate-item"] .place').allTextContents()).toEqual([`第 ${expected.issues.find((i) => i.rule === "duplicate-item")!.line} 行`]);
    expect(await page.locator('[data-file="main"] + .picker-note').textContent()).toMatch(/在后台逐块校验/);
    await page.close();
  });

  it("200 MB: progress events, a responsive tab, bounded memory, every item counted", { timeout: 600_000 }, async () => {
    const file = path.join(tmp, "large.jsonl");
    const written = writeLargeJsonl(file, 200 * MiB);
    const page = await open();
    // A timer on the page's thread: it records when it fired and every progress the bar showed.
    await page.evaluate(() => {
      const seen = { ticks: [] as number[], progress: [] as number[] };
      (window as unknown as { seen: typeof seen }).seen = seen;
      setInterval(() => {
        seen.ticks.push(performance.now());
        const bytes = Number(document.querySelector<HTMLElement>('[data-testid="progress"]')?.dataset.bytes ?? -1);
        if (bytes >= 0 && bytes !== seen.progress[seen.progress.length - 1]) seen.progress.push(bytes);
      }, 50);
    });
    const before = rendererMemory();
    let peak = before ?? 0;
    const sampler = setInterval(() => (peak = Math.max(peak, rendererMemory() ?? 0)), 200);
    try {
      await page.setInputFiles("#main-file", file);
      await page.waitForSelector('[data-testid="progress"]');
      const started = await page.evaluate(() => performance.now());
      await page.waitForSelector('[data-testid="summary"]', { timeout: 590_000 });
      const { ticks, progress } = await page.evaluate(() => (window as unknown as { seen: { ticks: number[]; progress: number[] } }).seen);

      expect(await counts(page, "validation-summary")).toEqual({ errors: 0, warnings: 0, infos: 0, items: written.lines });
      // Progress: several steps between the start and the end, rising.
      const between = progress.filter((b) => b > 0 && b < written.bytes);
      expect(between.length).toBeGreaterThanOrEqual(3);
      expect(between).toEqual([...between].sort((a, b) => a - b));
      // Responsive: while the worker read the file the page's timer kept firing; no gap near the run's length.
      const during = ticks.filter((t) => t >= started);
      const gaps = during.slice(1).map((t, i) => t - during[i]!);
      const run = during[during.length - 1]! - started;
      expect(Math.max(...gaps)).toBeLessThan(Math.min(2_000, run / 4));
      // Bounded memory: read whole, the file would be held at least twice (its bytes, then its text);
      // streamed, the renderer grows by the worker's own start (about 120 MiB, measured flat from 50 to 400 MB files).
      if (before !== undefined) expect(peak - before).toBeLessThan(written.bytes);
      console.info(`200 MB JSONL in the page: ${(run / 1000).toFixed(1)} s, ${progress.length} progress steps, longest timer gap ${Math.round(Math.max(...gaps))} ms, renderer memory +${Math.round((peak - (before ?? 0)) / MiB)} MiB`);
    } finally {
      clearInterval(sampler);
      await page.close();
    }
  });
});
