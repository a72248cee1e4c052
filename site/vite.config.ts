/**
 * Builds the validator page as ONE self-contained index.html: pages opened from file:// cannot load
 * module scripts (their origin is null), so the bundle is an IIFE inlined as a classic script, with
 * the CSS inlined too. Output: site/dist/index.html (or --outDir).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import { inlineBundle } from "./inline-bundle.js";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(version) },
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  // No public/ folder and no network: everything the page needs is in the one file.
  publicDir: false,
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    cssCodeSplit: false,
    modulePreload: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      output: { format: "iife", codeSplitting: false },
      // With everything inlined no chunk is ever fetched, so the preload helper's import.meta is dead code.
      checks: { emptyImportMeta: false },
    },
  },
  plugins: [inlineBundle() as Plugin],
});
