/** Test helpers for the page: build it into a temporary folder and launch Debian's Chromium. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { build } from "vite";
import { ROOT } from "../helpers/cli.js";

/** Debian's Chromium; CI installs it with apt (`apt-get install -y chromium`). */
export const CHROMIUM = process.env.ZWFW_CHROMIUM ?? "/usr/bin/chromium";
/** Whether a browser is there to test with. */
export const hasChromium = fs.existsSync(CHROMIUM);

/** The flags that keep a headless Chromium offline and quiet in CI. */
export const CHROMIUM_FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/** Builds the page (the same config as `npm run site:build`) into a fresh folder; returns index.html's file:// URL. */
export async function buildSite(): Promise<{ url: string; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zwfw-site-"));
  await build({ configFile: path.join(ROOT, "site/vite.config.ts"), logLevel: "error", build: { outDir: dir, emptyOutDir: true } });
  return { url: pathToFileURL(path.join(dir, "index.html")).href, dir };
}

/** Launches the browser with the offline flags. */
export const launch = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
