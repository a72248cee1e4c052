import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// The library is built for browsers and Node (ESM + CJS); the CLI only for Node (ESM, with a shebang).
export default defineConfig([
  {
    entry: { index: "src/index.ts", v1: "src/v1.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: true,
    target: "es2022",
    platform: "neutral",
    treeshake: true,
  },
  {
    // zwfw-standard/regions carries the 5 MB region data; no source maps, so the package ships it only
    // in the ESM chunk and the CJS file.
    entry: { regions: "src/regions/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: false,
    target: "es2022",
    platform: "neutral",
  },
  {
    // The worker sits next to cli.js and node.js, which start it by a path relative to themselves.
    entry: { cli: "src/cli/index.ts", "validate-range-worker": "src/node/validate-range-worker.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    sourcemap: true,
    define: { "process.env.ZWFW_VERSION": JSON.stringify(version) },
  },
  {
    // zwfw-standard/node: Node-only helpers (files, worker pool); shims give the CJS build import.meta.url.
    entry: { node: "src/node/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    target: "node20",
    platform: "node",
    shims: true,
  },
]);
