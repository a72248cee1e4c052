/**
 * The core runs in browsers: bundling the library entries for the browser pulls in no Node built-in;
 * and the page (site/src) is built on the library, never on the CLI's or the scripts' internals.
 */
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

describe("browser safety", () => {
  it.each(["src/index.ts", "src/v1.ts", "src/v2.ts"])("%s bundles for the browser without Node built-ins", async (entry) => {
    const result = await build({
      entryPoints: [path.join(ROOT, entry)],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
      metafile: true,
    });
    const inputs = Object.keys(result.metafile!.inputs);
    expect(inputs.filter((i) => i.startsWith("node:") || /(^|\/)src\/cli\//.test(i))).toEqual([]);
  });

  it("the page imports the library, never src/cli or scripts (its report files come from src/report/render)", () => {
    const site = path.join(ROOT, "site/src");
    const files = (fs.readdirSync(site, { recursive: true }) as string[]).filter((f) => /\.ts$/.test(f)).map((f) => path.join(site, f));
    const imports = files.flatMap((file) => [...fs.readFileSync(file, "utf8").matchAll(/\bfrom\s+"([^"]+)"|\bimport\(\s*"([^"]+)"/g)]
      .map((m) => (m[1] ?? m[2])!)
      .filter((spec) => spec.startsWith("."))
      .map((spec) => ({ file: path.relative(ROOT, file), target: path.relative(ROOT, path.resolve(path.dirname(file), spec)) })));
    expect(imports.length).toBeGreaterThan(50);
    expect(imports.filter((i) => /^(src\/cli|scripts)\//.test(i.target))).toEqual([]);
    expect(imports).toContainEqual({ file: "site/src/export/report-files.ts", target: "src/report/render/index.js" });
  });
});
