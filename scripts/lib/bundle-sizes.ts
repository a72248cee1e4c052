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
  /** The figure, where it names one: the budget must not exceed it (test/package/bundle-size.test.ts). */
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

/**
 * The cases the budgets of issue 12 name, plus the subpaths for the record. Each budget sits a little above the
 * last measured figure (docs/performance.md), so a growth shows; where the issue names a figure, the budget is
 * at or below it.
 */
export const bundleCases: BundleCase[] = [
  { name: "parseCreditCode", code: 'import { parseCreditCode } from "zwfw-standard"; console.log(parseCreditCode("x"));', budget: 2_000, target: 5_000, lean: true },
  // Both majors' full validators, element tables, rules and validation messages: 139.4 KB (231 KB before the
  // element tables' repeats were written once and the validators' checks became helper calls). The v1 entry
  // bundles v2 too: the rules, the document names and the element tables reach every major through the one
  // registration (src/schema/majors.ts, element-tables.ts).
  { name: "validate (root)", code: 'import { validate } from "zwfw-standard"; console.log(validate({}));', budget: 145_000, target: 150_000, lean: true },
  { name: "validate (zwfw-standard/v1)", code: 'import { validate } from "zwfw-standard/v1"; console.log(validate({}));', budget: 145_000, target: 150_000, lean: true },
  // 28.2 KB (52 KB before the validators' checks became helper calls).
  { name: "validateCatalogue (v1)", code: 'import { validateCatalogue } from "zwfw-standard/v1"; console.log(validateCatalogue({}));', budget: 30_000, lean: true },
  { name: "code sets (itemTypes)", code: 'import { itemTypes } from "zwfw-standard"; console.log(itemTypes);', budget: 3_500, lean: true },
  // 350.8 KB; the spreadsheet layer is still moving (issue 17), so more room than the others.
  { name: "importWorkbook (spreadsheet)", code: 'import { importWorkbook } from "zwfw-standard/spreadsheet"; console.log(importWorkbook);', budget: 400_000, lean: false },
  { name: "loadRegionRegistry (regions)", code: 'import { loadRegionRegistry } from "zwfw-standard/regions"; console.log(loadRegionRegistry);', budget: 4_000, lean: false },
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
