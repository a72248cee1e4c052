/**
 * A plain `<script type="module">` with the README's import map, no bundler: Chromium loads the built
 * dist/ files from a local static server and validates examples in the page, with the same summary as
 * in Node. Every request must be answered from dist/ (no bare, extensionless or UMD-only import).
 */
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validate } from "../../src/index.js";
import { ROOT } from "../helpers/cli.js";
import { hasChromium, launch } from "../site/browser.js";

if (!hasChromium) console.warn("test/package/import-map.test.ts skipped: /usr/bin/chromium is missing (apt-get install -y chromium)");

const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
/** The import map exactly as the README documents it. */
const importMap = /<script type="importmap">[\s\S]*?<\/script>/.exec(readme)?.[0] ?? "";
const EXAMPLES = ["4-county-gusu.json", "7-county-gusu-deviations.json"];
const TYPES: Record<string, string> = { ".js": "text/javascript", ".json": "application/json", ".html": "text/html" };

/** The page: the README's map, then a module that imports every mapped entry and validates the examples. */
const page = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">${importMap}
<script type="module">
  import { validate } from "zwfw-standard";
  import * as v1 from "zwfw-standard/v1";
  import * as v2 from "zwfw-standard/v2";
  import * as regions from "zwfw-standard/regions";
  import * as spreadsheet from "zwfw-standard/spreadsheet";
  const summaries = {};
  for (const name of ${JSON.stringify(EXAMPLES)}) summaries[name] = validate(await (await fetch("/examples/" + name)).json()).summary;
  const empty = validate({}, { locale: "en" });
  window.result = { summaries, empty: { summary: empty.summary, first: empty.issues[0] }, entries: [v1.validate, v2.validate, regions.loadRegionRegistry, spreadsheet.importWorkbook].map((f) => typeof f) };
</script>`;

describe.skipIf(!hasChromium && !process.env.CI)("plain <script type=module> with the README's import map (Chromium)", () => {
  let server: http.Server;
  let origin: string;
  let browser: Browser;
  const answered: { url: string; status: number }[] = [];

  beforeAll(async () => {
    expect(fs.existsSync(path.join(ROOT, "dist/index.js")), "run npm run build first").toBe(true);
    server = http.createServer((req, res) => {
      const url = new URL(req.url ?? "/", "http://x").pathname;
      const file = url === "/" ? undefined
        : url.startsWith("/zwfw/") ? path.join(ROOT, "dist", url.slice("/zwfw/".length))
        : url.startsWith("/examples/") ? path.join(ROOT, "examples", path.basename(url)) : undefined;
      if (url === "/") { res.writeHead(200, { "content-type": TYPES[".html"] }).end(page); return; }
      if (!file || !fs.existsSync(file)) { res.writeHead(404).end(); return; }
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(fs.readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it("the README documents a map of every browser entry", () => {
    const map = JSON.parse(importMap.replace(/<\/?script[^>]*>/g, "")) as { imports: Record<string, string> };
    expect(Object.keys(map.imports).sort()).toEqual(["zwfw-standard", "zwfw-standard/regions", "zwfw-standard/spreadsheet", "zwfw-standard/v1", "zwfw-standard/v2"]);
  });

  it("loads every entry from dist/ and validates the examples as Node does", async () => {
    const tab = await browser.newPage();
    const failures: string[] = [];
    tab.on("response", (r) => answered.push({ url: r.url(), status: r.status() }));
    tab.on("pageerror", (e) => failures.push(e.message));
    tab.on("console", (m) => { if (m.type() === "error") failures.push(m.text()); });
    await tab.goto(origin);
    const result = await tab.waitForFunction(() => (window as { result?: unknown }).result, undefined, { timeout: 30_000 }).then((h) => h.jsonValue()).catch(() => undefined);
    expect(failures).toEqual([]);
    const expected = Object.fromEntries(EXAMPLES.map((name) => [name, validate(JSON.parse(fs.readFileSync(path.join(ROOT, "examples", name), "utf8"))).summary]));
    const empty = validate({}, { locale: "en" });
    expect(empty.summary.errors).toBeGreaterThan(0);
    expect(result).toEqual({ summaries: expected, empty: { summary: empty.summary, first: empty.issues[0] }, entries: ["function", "function", "function", "function"] });
    expect(answered.filter((a) => !a.url.startsWith(origin) || a.status !== 200)).toEqual([]);
    expect(answered.some((a) => /\/zwfw\/chunk-[\w-]+\.js$/.test(a.url))).toBe(true);
  }, 60_000);
});
