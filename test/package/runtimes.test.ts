/**
 * Deno and Bun, installed from the npm registry (the `deno` and `bun` packages carry their binaries):
 * each runs the built CLI on an example and on a JSONL file of two ranges with the default --jobs
 * (Deno falls back to one thread with a note, Bun runs the pool; neither may hang), and imports the
 * root entry through node_modules; every output must equal Node's.
 *
 * Not devDependencies: together they are ≈ 195 MB and ≈ 25 s of `npm ci` for every developer (measured
 * on the 2-core build machine, npm 11). They are installed on first use into a folder of the system's
 * temporary directory, kept for later runs; when the registry refuses, the runtime's tests are skipped
 * with a note.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateRecords } from "../../bench/generate-records.js";
import { ROOT } from "../helpers/cli.js";

/** The runtime versions under test (exact, so a run is repeatable). */
const RUNTIMES = { deno: "2.9.6", bun: "1.4.5" } as const;
type Runtime = keyof typeof RUNTIMES;
/** How each runtime runs a script file with every permission. */
const RUN: Record<Runtime, string[]> = { deno: ["run", "-A"], bun: [] };
/** Enough records for two of the pool's 8 MiB ranges (~1.6 KB each). */
const RECORDS = 6_000;
/** A run that takes longer than this hung. */
const TIMEOUT = 120_000;

// The downloads outlive the run: in the machine's temporary folder, not the run's (test/setup/run-tmpdir.ts).
const cache = path.join(process.env.ZWFW_MACHINE_TMPDIR ?? os.tmpdir(), "zwfw-runtimes", Object.entries(RUNTIMES).map(([n, v]) => `${n}-${v}`).join("_"));
const bin = (runtime: Runtime) => path.join(cache, "node_modules", ".bin", runtime);

/** Installs both runtimes into the cache folder unless they are there; returns why not, when not. */
function install(): string | undefined {
  if (Object.keys(RUNTIMES).every((r) => fs.existsSync(bin(r as Runtime)))) return undefined;
  fs.mkdirSync(cache, { recursive: true });
  fs.writeFileSync(path.join(cache, "package.json"), '{ "private": true }\n');
  const npm = spawnSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--loglevel=error", ...Object.entries(RUNTIMES).map(([n, v]) => `${n}@${v}`)], { cwd: cache, encoding: "utf8", timeout: 300_000 });
  return npm.status === 0 ? undefined : (npm.stderr || npm.error?.message || "npm install failed").trim().split("\n")[0];
}

const refused = install();
const usable = Object.fromEntries(Object.keys(RUNTIMES).map((r) => [r, !refused && spawnSync(bin(r as Runtime), ["--version"], { encoding: "utf8" }).status === 0])) as Record<Runtime, boolean>;
for (const [runtime, ok] of Object.entries(usable)) {
  if (!ok) console.warn(`test/package/runtimes.test.ts: ${runtime} tests skipped — ${runtime}@${RUNTIMES[runtime as Runtime]} not installable from the npm registry (${refused ?? "no binary for this platform"})`);
}

/** Runs a command to its end (or the timeout) and returns what it said. */
function run(command: string, args: string[], cwd = ROOT) {
  const r = spawnSync(command, args, { cwd, encoding: "utf8", timeout: TIMEOUT, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" } });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Node's run of the same arguments, once per file. */
const nodeRuns = new Map<string, ReturnType<typeof run>>();
function nodeRun(args: string[], cwd = ROOT): ReturnType<typeof run> {
  const key = `${cwd}\0${args.join("\0")}`;
  if (!nodeRuns.has(key)) nodeRuns.set(key, run(process.execPath, args, cwd));
  return nodeRuns.get(key)!;
}

let work: string;
let jsonl: string;

beforeAll(async () => {
  expect(fs.existsSync(path.join(ROOT, "dist/cli.js")), "run npm run build first").toBe(true);
  work = fs.mkdtempSync(path.join(os.tmpdir(), "zwfw-runtime-"));
  jsonl = path.join(work, "records.jsonl");
  await generateRecords(ROOT, RECORDS, jsonl);
  // A consumer project that resolves the package by name through node_modules.
  fs.mkdirSync(path.join(work, "node_modules"));
  fs.symlinkSync(ROOT, path.join(work, "node_modules", "zwfw-standard"), "dir");
  fs.writeFileSync(path.join(work, "package.json"), '{ "type": "module", "private": true }\n');
  fs.writeFileSync(path.join(work, "consumer.mjs"), [
    'import { validate, parseCreditCode } from "zwfw-standard";',
    'import fs from "node:fs";',
    'const doc = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));',
    'console.log(JSON.stringify({ example: validate(doc), empty: validate({}, { locale: "en" }), code: parseCreditCode("11440000MB2D0164XH") }));',
  ].join("\n"));
}, 120_000);
afterAll(() => { if (work) fs.rmSync(work, { recursive: true, force: true }); });

const example = path.join(ROOT, "examples", "7-county-gusu-deviations.json");

describe.each(Object.keys(RUNTIMES) as Runtime[])("%s from the npm registry", (runtime) => {
  it.skipIf(!usable[runtime])("runs the CLI on an example, as Node does", () => {
    const args = ["dist/cli.js", "validate", example, "--report", "json"];
    const ours = run(bin(runtime), [...RUN[runtime], ...args]);
    const node = nodeRun(args);
    expect(ours.status).toBe(node.status);
    expect(JSON.parse(ours.stdout)).toEqual(JSON.parse(node.stdout));
  }, TIMEOUT * 2);

  it.skipIf(!usable[runtime])("validates a JSONL file of two ranges with the default --jobs to the end, as Node does", () => {
    const args = ["dist/cli.js", "validate", jsonl, "--report", "json"];
    const ours = run(bin(runtime), [...RUN[runtime], ...args]);
    const node = nodeRun(args);
    expect(ours.signal, `${runtime} did not finish within ${TIMEOUT / 1000} s`).toBeNull();
    expect(fs.statSync(jsonl).size).toBeGreaterThan(8 * 1024 * 1024);
    expect(ours.status).toBe(node.status);
    const report = JSON.parse(ours.stdout) as { summary: { items: number; errors: number } };
    expect(report).toEqual(JSON.parse(node.stdout));
    expect(report.summary.items).toBe(RECORDS);
    expect(report.summary.errors).toBeGreaterThan(0);
    // Deno's worker_threads cannot run the pool: one thread, and the user is told.
    if (runtime === "deno") expect(ours.stderr).toContain("Deno");
    else expect(ours.stderr).not.toContain("Deno");
  }, TIMEOUT * 2);

  it.skipIf(!usable[runtime])("imports the root entry by name and validates as Node does", () => {
    const ours = run(bin(runtime), [...RUN[runtime], "consumer.mjs", example], work);
    const node = nodeRun(["consumer.mjs", example], work);
    expect(ours.stderr).toBe("");
    expect(ours.status).toBe(0);
    const result = JSON.parse(ours.stdout) as { empty: { ok: boolean }; code: { valid: boolean } };
    expect(result).toEqual(JSON.parse(node.stdout));
    expect([result.empty.ok, result.code.valid]).toEqual([false, true]);
  }, TIMEOUT * 2);
});
