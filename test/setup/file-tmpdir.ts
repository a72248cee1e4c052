/**
 * Runs before each test file: the file gets a temporary folder of its own (TMPDIR), and after its last test that
 * folder must be empty. So a test that leaves files behind (a scratch folder not removed, a spill or import
 * file the package forgot) fails, by name, in the file that left it. Registered first, this afterAll runs last.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect } from "vitest";
import { pointTempAt } from "./temp-env.js";

const fileTmp = fs.mkdtempSync(path.join(os.tmpdir(), "file-"));
const restore = pointTempAt(fileTmp);

// tsx (which runs the scripts and workers some tests start) keeps its compile cache in os.tmpdir()/tsx-<uid>:
// a link to the machine's cache keeps it shared across files and runs, as it was before the folders were split.
const tsxCache = `tsx-${process.geteuid?.() ?? os.userInfo().username}`;
const machineTmp = process.env.ZWFW_MACHINE_TMPDIR;
if (machineTmp) {
  fs.mkdirSync(path.join(machineTmp, tsxCache), { recursive: true });
  try {
    fs.symlinkSync(path.join(machineTmp, tsxCache), path.join(fileTmp, tsxCache), "dir");
  } catch {
    // No links here (Windows without the privilege): tsx then keeps a cache per file, which the check skips.
  }
}

afterAll(() => {
  restore();
  const left = fs.readdirSync(fileTmp).filter((name) => name !== tsxCache);
  fs.rmSync(fileTmp, { recursive: true, force: true });
  expect(left, "what the file's tests left in the temporary folder").toEqual([]);
});
