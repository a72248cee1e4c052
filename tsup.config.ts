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
    entry: { cli: "src/cli/index.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    sourcemap: true,
    define: { "process.env.ZWFW_VERSION": JSON.stringify(version) },
  },
]);
