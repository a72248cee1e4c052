/**
 * Runs before each test file: the file gets a temporary folder of its own (TMPDIR), and after its last test that
 * folder must be empty. So a test that leaves files behind (a scratch folder not removed, a spill or import
 * file the package forgot) fails, by name, in the file that left it. Registered first, this afterAll runs last.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect } from "vitest";

const fileTmp = fs.mkdtempSync(path.join(os.tmpdir(), "file-"));
const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
Object.assign(process.env, { TMPDIR: fileTmp, TMP: fileTmp, TEMP: fileTmp });

afterAll(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  const left = fs.readdirSync(fileTmp);
  fs.rmSync(fileTmp, { recursive: true, force: true });
  expect(left, "what the file's tests left in the temporary folder").toEqual([]);
});
