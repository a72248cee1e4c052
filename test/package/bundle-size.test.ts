/**
 * The bundle-size budgets of issue 12 (esbuild, minified, browser, against the built dist/ as a vendor
 * resolves it): parseCreditCode alone ≤ 5 KB, the root `validate` ≤ 150 KB, and no spreadsheet code
 * or region data in a bundle that does not import them. `npm run size` prints the same table.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { bundleCases, measureBundles, type BundleSize } from "../../scripts/lib/bundle-sizes.js";
import { ROOT } from "../helpers/cli.js";

let sizes: BundleSize[];

beforeAll(async () => {
  expect(fs.existsSync(path.join(ROOT, "dist/index.js")), "run npm run build first").toBe(true);
  sizes = await measureBundles();
}, 120_000);

describe("bundle-size budgets", () => {
  it("names the budgets the issue sets, and holds each budget at or below the issue's figure", () => {
    const target = (name: string) => bundleCases.find((b) => b.name === name)!.target;
    expect([target("parseCreditCode"), target("validate (root)")]).toEqual([5_000, 150_000]);
    expect(bundleCases.filter((c) => c.target !== undefined && c.budget > c.target).map((c) => c.name)).toEqual([]);
  });

  it.each(bundleCases.map((c) => c.name))("%s is within its budget", (name) => {
    const size = sizes.find((s) => s.name === name)!;
    expect(size.bytes, `${name}: ${size.bytes} bytes`).toBeLessThanOrEqual(size.budget);
  });

  it("lean imports carry no spreadsheet code and no region data; the spreadsheet and regions entries do", () => {
    expect(sizes.filter((s) => s.lean && s.heavy.length > 0).map((s) => `${s.name}: ${s.heavy.join(", ")}`)).toEqual([]);
    expect(sizes.find((s) => s.name.startsWith("importWorkbook"))!.heavy).toContain("xlsx");
    expect(sizes.find((s) => s.name.startsWith("loadRegionRegistry"))!.heavy).toContain("regions");
  });
});
