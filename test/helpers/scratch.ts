/** Scratch folders for tests, so a run of the suite leaves nothing behind in the system's temporary folder. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

/**
 * A new empty folder under the system's temporary folder (`prefix` plus random characters), removed with all
 * it holds after the file's last test. Call it at the top of a test file, where `afterAll` belongs to the file;
 * a test that needs a folder of its own makes it inside this one (`fs.mkdtempSync(path.join(dir, "case-"))`).
 */
export function scratchDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}
