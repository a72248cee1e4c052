/**
 * The suite's global setup: one temporary folder for the run (TMPDIR, inherited by every test worker and every
 * process a test starts), so a run never fills the machine's; removed at the end whatever it holds.
 * Each test file then works in a folder of its own inside it, checked empty after its tests (file-tmpdir.ts).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pointTempAt } from "./temp-env.js";

/** Sets TMPDIR for the run; returns the teardown that removes it and puts the old value back. */
export default function setup(): () => void {
  const runTmp = fs.mkdtempSync(path.join(os.tmpdir(), "zwfw-test-run-"));
  // Caches meant to outlive a run (tsx's compile cache, the Bun and Deno downloads) stay in the machine's folder.
  const restore = pointTempAt(runTmp, { ZWFW_MACHINE_TMPDIR: os.tmpdir() });
  return () => {
    fs.rmSync(runTmp, { recursive: true, force: true });
    restore();
  };
}
