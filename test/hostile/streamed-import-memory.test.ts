/**
 * Memory of the streamed import (the CLI's for a large CSV): with --max-issues, what a run holds after its last row
 * does not grow with the rows (only the duplicate keys do, a few bytes a row), where the in-memory import holds every
 * row's item. Checked as a ratio in one run (n and 4n rows), never as a size.
 */
import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { StreamedImport } from "../../src/node/streamed-import.js";
import { rowsFromCatalogue } from "../../src/spreadsheet/rows-from-catalogue.js";
import { readJson } from "../helpers/examples.js";

describe("streamed import: memory", () => {
  it("4× the rows (each with findings) holds well under 2× the bytes with --max-issues, a few bytes a row; the in-memory import's result holds ≈ 4×", () => {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    const heap = () => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    const items = rowsFromCatalogue(readJson("examples/v2/2-province-standard.json")).find((s) => s.name === "事项")!;
    const header = items.rows[0] as string[];
    const data = items.rows.slice(1) as string[][];
    // Each row its own 基本编码 (first column), so no row repeats another; every row lacks its materials (a finding).
    const row = (i: number) => [String(i).padStart(12, "0"), ...data[i % data.length]!.slice(1)];
    /** The heap a run holds after `n` rows: while held minus once dropped, nothing allocated in between. */
    const heldOnce = (n: number) => {
      let run: StreamedImport | undefined = new StreamedImport([{ name: "事项", rows: [header] }], { maxIssues: 10, region: "320000000000", publisher: "x" }, () => undefined);
      for (let r = 1; r <= n; r++) run.row(r, row(r));
      const holding = heap();
      expect(run.finish().summary.errors).toBeGreaterThanOrEqual(n);
      run = undefined;
      return holding - heap();
    };
    const held = (n: number) => Math.max(heldOnce(n), heldOnce(n), heldOnce(n));
    held(500); // warm up: compiled code and lazily built tables are not the run's
    const small = held(1000);
    const large = held(4000);
    // Flat: measured 1.4 (43 → 60 KB: the keys grow, ≈ 6 bytes a row); holding each item (≈ 1 KB a row) would make it ≈ 4.
    expect(large / small).toBeLessThan(2);
    // And in bytes a row: a cell map kept for every row (≈ 100 bytes a row) measured 85.
    expect((large - small) / 3000).toBeLessThan(40);
  }, 240_000);
});
