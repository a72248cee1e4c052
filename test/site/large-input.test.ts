/**
 * A large JSONL file in the page (Chromium, file://): it is validated in a Web Worker, streamed, with
 * a progress bar; the tab stays responsive (a timer on the page keeps firing), the renderer's memory
 * stays far below the file's size, no request leaves the page, and the counts are the library's.
 * A large JSON catalogue is read, parsed and validated in the same worker: the library's findings, its
 * sources on click, and a malformed one's one-line error as for a small file.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { message } from "../../src/i18n/all-messages.js";
import { locateJsonError } from "../../src/internal/locate-json-error.js";
import { PointerLocator } from "../../src/internal/locate-pointers.js";
import { collectStream } from "../../src/stream/index.js";
import { validate } from "../../src/validate/validate.js";
import { STREAM_BYTES } from "../../site/src/input/parse-input.js";
import { readJson } from "../helpers/examples.js";
import { counts, hasChromium, usePageSession } from "./browser.js";
import { writeLargeJsonl } from "./large-jsonl.js";
import { rendererMemory } from "./renderer-memory.js";

if (!hasChromium) console.warn("test/site/large-input.test.ts skipped: /usr/bin/chromium is missing (apt-get install -y chromium)");

const MiB = 1024 * 1024;

describe.skipIf(!hasChromium && !process.env.CI)("a large JSONL or JSON file in the page (Chromium, file://)", () => {
  const session = usePageSession();
  const open = () => session.open();

  it("a file over the streaming size: the worker's findings are the library's on the same file", async () => {
    const file = path.join(session.tmp, "findings.jsonl");
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

  /** A catalogue just over the streaming size, as pretty JSON: distinct valid items, then a repeated item and a bad credit code. */
  function writeLargeCatalogue(file: string): { document: { items: unknown[] }; text: string } {
    const lines = path.join(session.tmp, "items.jsonl");
    writeLargeJsonl(lines, STREAM_BYTES / 2);
    const gusu = readJson("examples/4-county-gusu.json");
    const items = gusu.items;
    const broken = { ...items[1], agency: { ...items[1].agency, creditCode: "91320000MA1XXXXX0X" } };
    const read = fs.readFileSync(lines, "utf8").split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as unknown);
    const document = { ...gusu, items: [...read, items[0], items[0], broken] };
    const text = JSON.stringify(document, null, 2);
    fs.writeFileSync(file, text);
    expect(fs.statSync(file).size).toBeGreaterThan(STREAM_BYTES);
    return { document, text };
  }

  /** Records, on the page's thread, every progress the bar showed and whether a timer kept firing meanwhile. */
  async function watchProgress(page: Page): Promise<() => Promise<{ progress: number[]; ticksWhileShown: number; longestGap: number }>> {
    await page.evaluate(() => {
      const seen = { progress: [] as number[], ticksWhileShown: 0, longestGap: 0, last: performance.now() };
      (window as unknown as { seen: typeof seen }).seen = seen;
      setInterval(() => {
        const now = performance.now();
        seen.longestGap = Math.max(seen.longestGap, now - seen.last);
        seen.last = now;
        const bar = document.querySelector<HTMLElement>('[data-testid="progress"]');
        if (!bar) return;
        seen.ticksWhileShown++;
        const bytes = Number(bar.dataset.bytes);
        if (bytes !== seen.progress[seen.progress.length - 1]) seen.progress.push(bytes);
      }, 10);
    });
    return () => page.evaluate(() => (window as unknown as { seen: { progress: number[]; ticksWhileShown: number; longestGap: number } }).seen);
  }

  it("a JSON catalogue over the streaming size: validated in the worker, with the library's findings and their sources", async () => {
    const file = path.join(session.tmp, "catalogue.json");
    const { document, text } = writeLargeCatalogue(file);
    const expected = validate(document, { as: "catalogue" });
    expect(expected.issues.map((i) => i.rule)).toEqual(expect.arrayContaining(["duplicate-item", "credit-code-checksum"]));

    const page = await open();
    const seen = await watchProgress(page);
    const before = session.workers.length;
    await page.setInputFiles("#main-file", file);
    await page.waitForSelector('[data-testid="summary"]', { timeout: 120_000 });
    // In the worker: one was started, and the page's bar showed its reading up to the whole file while the page's timer ran.
    expect(session.workers.length).toBe(before + 1);
    const { progress, ticksWhileShown, longestGap } = await seen();
    expect(progress[progress.length - 1]).toBe(fs.statSync(file).size);
    expect(ticksWhileShown).toBeGreaterThanOrEqual(2);
    console.info(`${(fs.statSync(file).size / MiB).toFixed(1)} MiB JSON catalogue in the page: ${progress.length} progress steps, longest page-timer gap ${Math.round(longestGap)} ms (the report's arrival and render included)`);

    expect(await counts(page, "validation-summary")).toEqual(expected.summary);
    const shown = await page.$$eval("li[data-rule]", (els) => els.map((el) => [el.getAttribute("data-rule"), el.getAttribute("data-severity"), el.getAttribute("data-path") ?? "", el.querySelector(".message")?.textContent ?? ""]));
    expect(shown.sort()).toEqual(expected.issues.map((i) => [i.rule, i.severity, i.path, i.message]).sort());
    // As for a small file: the picker names the catalogue and its items, and a click shows the value at its line in the file's text.
    expect(await page.locator('[data-file="main"] + .picker-note').textContent()).toContain(`${document.items.length} 个事项`);
    const credit = expected.issues.find((i) => i.rule === "credit-code-checksum")!;
    const row = page.locator(`li[data-rule="credit-code-checksum"][data-path="${credit.path}"]`);
    await row.locator(".source-toggle summary").click();
    const at = new PointerLocator(text).locate(credit.path)!;
    expect(await row.locator('[data-testid="source"]').getAttribute("data-line")).toBe(String(at.line));
    expect(await row.locator('[data-testid="source"] mark').textContent()).toBe('"91320000MA1XXXXX0X"');
    await page.close();
  });

  it("a malformed JSON catalogue over the streaming size: the small file's one-line error, with line and column", async () => {
    const file = path.join(session.tmp, "malformed.json");
    const { text } = writeLargeCatalogue(file);
    // A comma dropped between two items halfway through.
    const cut = text.indexOf("},\n    {", text.length / 2);
    const broken = text.slice(0, cut + 1) + text.slice(cut + 2);
    fs.writeFileSync(file, broken);
    const { line, column, code } = locateJsonError(broken);
    const reason = `${line}:${column}: ${message("input.malformed-json", "zh-CN", { reason: message("json-syntax", "zh-CN", { code }) })}`;

    const page = await open();
    const before = session.workers.length;
    await page.setInputFiles("#main-file", file);
    const problem = page.locator('[data-picker="main"] .problem');
    await problem.waitFor({ timeout: 120_000 });
    expect(session.workers.length).toBe(before + 1);
    expect(await problem.textContent()).toBe(message("site.error.read", "zh-CN", { file: "malformed.json", reason }));
    expect(await page.locator('[data-testid="summary"]').count()).toBe(0);
    await page.close();
  });

  it("200 MB: progress events, a responsive tab, bounded memory, every item counted", { timeout: 600_000 }, async () => {
    const file = path.join(session.tmp, "large.jsonl");
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
