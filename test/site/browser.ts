/** Test helpers for the page: build it into a temporary folder, launch Debian's Chromium, and share one session's setup. */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { build } from "vite";
import { ROOT } from "../helpers/cli.js";
import { scratchDir } from "../helpers/scratch.js";

/** Debian's Chromium; CI installs it with apt (`apt-get install -y chromium`). */
export const CHROMIUM = process.env.ZWFW_CHROMIUM ?? "/usr/bin/chromium";
/** Whether a browser is there to test with. */
export const hasChromium = fs.existsSync(CHROMIUM);

/** The flags that keep a headless Chromium offline and quiet in CI. */
export const CHROMIUM_FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/** Builds the page (the same config as `npm run site:build`) into an empty folder; returns index.html's file:// URL. */
export async function buildSite(dir: string): Promise<{ url: string; dir: string }> {
  await build({ configFile: path.join(ROOT, "site/vite.config.ts"), logLevel: "error", build: { outDir: dir, emptyOutDir: true } });
  return { url: pathToFileURL(path.join(dir, "index.html")).href, dir };
}

/** Launches the browser with the offline flags. */
export const launch = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });

/** How a session opens a page. */
export interface OpenOptions {
  /** The viewport's width (its height is 900). */
  width?: number;
  /** Lets the page download (the report and export buttons). */
  acceptDownloads?: boolean;
}

/** One browser for a test file: the built page, Chromium, a temporary folder, and every request and worker its pages made. */
export interface PageSession {
  readonly browser: Browser;
  readonly url: string;
  /** A temporary folder for the file's inputs, removed after the file. */
  readonly tmp: string;
  /** The URLs the session's pages requested (checked to stay on file:, data: or blob: after the file). */
  readonly requests: string[];
  /** The URLs of the Web Workers the session's pages started. */
  readonly workers: string[];
  /** Opens the page and waits until it has loaded without a page error. */
  open(options?: OpenOptions): Promise<Page>;
}

/**
 * Registers the file's beforeAll/afterAll: build the page, launch Chromium, make a temporary folder; afterwards close,
 * remove, and check that nothing left the machine (every request stays on file:, data: or blob:).
 */
export function usePageSession(): PageSession {
  const site = scratchDir("zwfw-site-");
  const state = { browser: undefined as Browser | undefined, url: "", tmp: scratchDir("zwfw-site-test-"), requests: [] as string[], workers: [] as string[] };
  beforeAll(async () => {
    state.url = (await buildSite(site)).url;
    state.browser = await launch();
  });
  afterAll(async () => {
    await state.browser?.close();
    expect(state.requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
  });
  return {
    get browser() { return state.browser!; },
    get url() { return state.url; },
    get tmp() { return state.tmp; },
    requests: state.requests,
    workers: state.workers,
    async open({ width = 1280, acceptDownloads = false } = {}) {
      const page = await state.browser!.newPage({ viewport: { width, height: 900 }, acceptDownloads });
      page.on("request", (r) => state.requests.push(r.url()));
      page.on("worker", (w) => state.workers.push(w.url()));
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(state.url);
      await expect.poll(() => errors).toEqual([]);
      return page;
    },
  };
}

/** The counts a summary shows (its data-errors, data-warnings, data-infos and data-items). */
export async function counts(page: Page, testId: string): Promise<{ errors: number; warnings: number; infos: number; items: number }> {
  const el = page.locator(`[data-testid="${testId}"]`);
  const get = async (a: string) => Number(await el.getAttribute(`data-${a}`));
  return { errors: await get("errors"), warnings: await get("warnings"), infos: await get("infos"), items: await get("items") };
}

/** Chooses files in a picker and waits until the page shows it has read the first. */
export async function choose(page: Page, slot: "main" | "upper" | "previous", files: string | string[]): Promise<void> {
  const list = typeof files === "string" ? [files] : files;
  await page.setInputFiles(`#${slot}-file`, list);
  await page.waitForFunction(([s, n]) => document.querySelector(`[data-file="${s}"]`)?.textContent?.startsWith(n!), [slot, path.basename(list[0]!)] as const);
}
