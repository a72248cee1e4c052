/**
 * What a browser app pays for each import: esbuild bundles (minified, ESM, browser) small consumers of
 * the built package (dist/, through its package.json exports, as a vendor resolves it) and reports
 * each bundle's bytes and whether it carries the spreadsheet code or the region data.
 */
import { build } from "esbuild";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "./paths.js";

/** One measured consumer: what it imports, its budget and what it must not carry. */
export interface BundleCase {
  name: string;
  code: string;
  /** Minified bytes at most: what the test holds the build to. */
  budget: number;
  /** The figure where it is not met yet (budget > target): printed, not enforced. */
  target?: number;
  /** It must not carry the .xlsx reader/writer (fflate, saxes) nor the region data. */
  lean: boolean;
}

/** A measured bundle. */
export interface BundleSize extends BundleCase {
  bytes: number;
  /** What the bundle carries that a lean one must not: "xlsx" (zip/XML code), "regions" (the region data). */
  heavy: string[];
}

/** The cases the budgets of issue 12 name, plus the subpaths for the record. */
export const bundleCases: BundleCase[] = [
  { name: "parseCreditCode", code: 'import { parseCreditCode } from "zwfw-standard"; console.log(parseCreditCode("x"));', budget: 5_000, lean: true },
  // Both majors' full validators (v1 ≈ 40 KB, v2 ≈ 85 KB, ajv's runtime helpers 9 KB once): measured 183 KB
  // after the fail-fast validators left the major record and the generated code was compacted (591 KB
  // before); still over the 150 KB, see docs/performance.md. The v1 entry bundles v2 too: the
  // rules and document names reach every major through the one registration.
  // 183 KB before the element tables (both majors' titles, ~40 KB) came in for messages by element name.
  { name: "validate (root)", code: 'import { validate } from "zwfw-standard"; console.log(validate({}));', budget: 240_000, target: 150_000, lean: true },
  { name: "validate (zwfw-standard/v1)", code: 'import { validate } from "zwfw-standard/v1"; console.log(validate({}));', budget: 240_000, target: 150_000, lean: true },
  // 52 KB (99 KB before the compaction).
  { name: "validateCatalogue (v1)", code: 'import { validateCatalogue } from "zwfw-standard/v1"; console.log(validateCatalogue({}));', budget: 60_000, lean: true },
  { name: "code sets (itemTypes)", code: 'import { itemTypes } from "zwfw-standard"; console.log(itemTypes);', budget: 10_000, lean: true },
  // 785 KB after the merge of issues 10–17 (the validators it runs grew with v2); was 740 KB.
  { name: "importWorkbook (spreadsheet)", code: 'import { importWorkbook } from "zwfw-standard/spreadsheet"; console.log(importWorkbook);', budget: 800_000, lean: false },
  { name: "loadRegionRegistry (regions)", code: 'import { loadRegionRegistry } from "zwfw-standard/regions"; console.log(loadRegionRegistry);', budget: 80_000, lean: false },
];

/** Marks of what only a spreadsheet or region import should bring (dist/ has the libraries inlined, so the text is searched). */
const HEAVY: Record<string, RegExp> = { xlsx: /xl\/workbook\.xml|invalid zip data|xmlns:x=/, regions: /regions-data\.js/ };

/** Bundles every case against dist/ and measures it. */
export async function measureBundles(cases: readonly BundleCase[] = bundleCases): Promise<BundleSize[]> {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), "zwfw-size-"));
  fs.mkdirSync(path.join(project, "node_modules"));
  fs.symlinkSync(ROOT, path.join(project, "node_modules", "zwfw-standard"), "dir");
  try {
    const results: BundleSize[] = [];
    for (const c of cases) {
      const result = await build({
        stdin: { contents: c.code, resolveDir: project, loader: "js" },
        bundle: true, minify: true, format: "esm", platform: "browser", write: false, logLevel: "silent",
        // The region data is loaded on demand (a dynamic import): counted as its own file, not in the bundle.
        external: ["*/regions-data.js", "./regions-data.js"],
      });
      const bytes = result.outputFiles[0]!.contents.length;
      const text = result.outputFiles[0]!.text;
      const heavy = Object.entries(HEAVY).filter(([, mark]) => mark.test(text)).map(([name]) => name);
      results.push({ ...c, bytes, heavy });
    }
    return results;
  } finally {
    fs.rmSync(project, { recursive: true, force: true });
  }
}
