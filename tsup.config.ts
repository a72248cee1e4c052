import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";
import type { Plugin } from "esbuild";
import type { Options } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

/**
 * The ~5 MB region data is imported on demand by loadRegionRegistry(). Every build that reaches it
 * (the regions entry, the CLI) refers to one shared file, dist/regions-data.js, which `npm run build`
 * copies from generated/regions/, instead of each bundling its own copy.
 */
const regionDataExternal: Plugin = {
  name: "region-data-external",
  setup(build) {
    build.onResolve({ filter: /generated\/regions\/regions\.js$/ }, () => ({ path: "./regions-data.js", external: true }));
  },
};

/**
 * Bundled CommonJS modules become `var x = __commonJS(…)` and `__toESM(require_x())`
 * statements; marked pure, a bundler drops them from a consumer's bundle that never uses them.
 */
const pureCommonJs: NonNullable<Options["plugins"]>[number] = {
  name: "pure-commonjs",
  renderChunk(code) {
    return { code: code.replace(/= (__commonJS\d*\(|__toESM\d*\()/g, "= /* @__PURE__ */ $1").replace(/__toESM(\d*)\((require_\w+\(\))/g, "__toESM$1(/* @__PURE__ */ $2") };
  },
};

/**
 * Bundled CommonJS libraries (commander, csv-parse's Node side …) `require` Node built-ins, which an
 * ES module cannot; the Node-only ESM builds get a `require` of their own.
 */
const esmRequire: Options["banner"] = (ctx) => (ctx.format === "esm" ? { js: 'import { createRequire as __zwfwCreateRequire } from "node:module"; const require = __zwfwCreateRequire(import.meta.url);' } : {});

// Every third-party module but tinypool is a devDependency, and tsup bundles devDependencies: installing
// the package brings no CLI, CSV, XML or zip library and no @types. tinypool stays an (external)
// dependency because it starts its workers by paths relative to its own files. No source maps ship.
// `npm run build` empties dist/ first: tsup runs these configs in parallel, so none may clean.
// The library is built for browsers and Node (ESM + CJS); the CLI only for Node (ESM, with a shebang).
export default defineConfig([
  {
    entry: { index: "src/index.ts", v1: "src/v1.ts", v2: "src/v2.ts", spreadsheet: "src/spreadsheet/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: false,
    target: "es2022",
    platform: "neutral",
    treeshake: true,
    plugins: [pureCommonJs],
  },
  {
    // zwfw-standard/regions carries the 5 MB region data, once, in dist/regions-data.js.
    entry: { regions: "src/regions/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: false,
    target: "es2022",
    platform: "neutral",
    esbuildPlugins: [regionDataExternal],
  },
  {
    // The worker sits next to cli.js and node.js, which start it by a path relative to themselves.
    entry: { cli: "src/cli/index.ts", "validate-range-worker": "src/node/validate-range-worker.ts", "region-worker": "src/cli/region/region-worker.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    sourcemap: false,
    define: { "process.env.ZWFW_VERSION": JSON.stringify(version) },
    banner: esmRequire,
    esbuildPlugins: [regionDataExternal],
  },
  {
    // zwfw-standard/node: Node-only helpers (files, worker pool); shims give the CJS build import.meta.url.
    entry: { node: "src/node/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: false,
    target: "node20",
    platform: "node",
    shims: true,
    banner: esmRequire,
  },
]);
