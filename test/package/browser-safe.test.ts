/** The core runs in browsers: bundling the library entries for the browser pulls in no Node built-in. */
import { build } from "esbuild";
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
});
