/**
 * `npm run bench [-- --records N | --size 1g] [--jobs N] [--repeat N] [--only jsonl,conformance,region,duplicates,memory,catalogue]`:
 * builds the CLI with tsup into .bench/dist and runs three benchmarks (docs/performance.md):
 * - jsonl: generates .bench/records-N.jsonl (once per N; 3,000,000 by default) and prints, for the
 *   same file, the baseline (read + JSON.parse of every line, one thread), `zwfw validate --jobs 1`
 *   and `zwfw validate --jobs <all cores>`, as records/s, MB/s, ratio to the baseline and peak RSS;
 * - conformance: a generated 1,500-item county against a 5,000-item province standard, as a ratio
 *   to validating the province list (in one process, bench/conformance.ts);
 * - region: `zwfw conform --upper` of 100 generated county lists against one province standard,
 *   as a ratio to `zwfw validate` of the same files;
 * - duplicates: bytes per record of the two duplicate tables holding --records keys (bench/duplicate-table.ts);
 * - memory: peak RSS of `zwfw validate --jobs <all cores>` alone on the --records file (the whole
 *   process: its worker threads are in it), against the 256 MB goal; run it at several --records to
 *   see that the peak is flat;
 * - catalogue (only when named in --only): peak RSS of `zwfw validate` streaming one JSON catalogue
 *   of --records / 4 and of --records items (the records in the county example's header, about
 *   60 % of them with an issue), with `--max-issues 100`: flat when the two peaks are equal.
 * Every CLI run is a separate `node` process on the built output, timed from spawn to exit (best of
 * --repeat), with peak RSS from /usr/bin/time.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "tsup";
import { countyList, provinceList } from "./generate-lists.js";
import { generateRecords } from "./generate-records.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, ".bench");
const DIST = path.join(OUT, "dist");

/** Command-line options of the bench. */
function options(argv: string[]) {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const size = get("size");
  // About 1,560 bytes per record: --size 1g means enough records for 1 GiB.
  const bySize = size ? Math.ceil((parseFloat(size) * (/g/i.test(size) ? 1024 ** 3 : 1024 ** 2)) / 1560) : undefined;
  return {
    only: (get("only") ?? "jsonl,conformance,region,duplicates,memory").split(","),
    records: Number(get("records") ?? bySize ?? 3_000_000),
    jobs: Number(get("jobs") ?? os.availableParallelism()),
    repeat: Number(get("repeat") ?? 1),
  };
}

/** Builds the CLI, its worker and the baseline script with the project's bundler. */
async function buildAll(): Promise<void> {
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
  await build({
    config: false,
    entry: { cli: "src/cli/index.ts", "validate-range-worker": "src/node/validate-range-worker.ts", "region-worker": "src/cli/region/region-worker.ts", baseline: "bench/baseline.ts", conformance: "bench/conformance.ts", "duplicate-table": "bench/duplicate-table.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    outDir: DIST,
    clean: true,
    silent: true,
    define: { "process.env.ZWFW_VERSION": JSON.stringify(version) },
    // Bundled CommonJS libraries (commander …) `require` Node built-ins: give the ES modules a `require`, as tsup.config.ts does.
    banner: { js: 'import { createRequire as __zwfwCreateRequire } from "node:module"; const require = __zwfwCreateRequire(import.meta.url);' },
  });
}

/** One measured run. */
interface Measured {
  seconds: number;
  rssMb: number;
  /** CPU seconds (user + system) of the process and its threads. */
  cpuSeconds: number;
  stdout: string;
}

/**
 * Reads the file once, so that every run starts with it in the page cache: this VM reclaims idle
 * page cache within seconds (DAMON), so without this a run would pay for the disk by chance.
 */
function warmPageCache(file: string): void {
  const fd = fs.openSync(file, "r");
  const buffer = Buffer.allocUnsafe(4 << 20);
  try {
    while (fs.readSync(fd, buffer, 0, buffer.length, null) > 0);
  } finally {
    fs.closeSync(fd);
  }
}

/** Runs `node args` once under /usr/bin/time. */
function measureOnce(args: string[]): Measured {
  const timeFile = path.join(OUT, "time.txt");
  const started = performance.now();
  const run = spawnSync("/usr/bin/time", ["-f", "%M %U %S", "-o", timeFile, process.execPath, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(" ")} failed (${run.status}): ${run.stderr}`);
  const [rssKb, user, system] = fs.readFileSync(timeFile, "utf8").trim().split("\n").pop()!.split(" ").map(Number);
  return { seconds, rssMb: rssKb! / 1024, cpuSeconds: user! + system!, stdout: run.stdout };
}

/**
 * Best of `repeat` wall times per run, with peak RSS as the highest seen. The runs take turns
 * (baseline, --jobs 1, all cores, baseline, …) rather than repeating one run back to back: on a
 * shared machine the speed drifts over minutes, and taking turns spreads the drift over all runs.
 */
function measureAll(runs: readonly string[][], repeat: number, file: string): Measured[] {
  const best: (Measured | undefined)[] = runs.map(() => undefined);
  for (let i = 0; i < repeat; i++) {
    runs.forEach((args, r) => {
      warmPageCache(file);
      const m = measureOnce(args);
      const prev = best[r];
      best[r] = !prev || m.seconds < prev.seconds ? { ...m, rssMb: Math.max(m.rssMb, prev?.rssMb ?? 0) } : { ...prev, rssMb: Math.max(m.rssMb, prev.rssMb) };
    });
  }
  return best as Measured[];
}

/** The machine line printed with every benchmark. */
const machine = () => `machine: ${os.cpus()[0]?.model ?? "?"} · ${os.availableParallelism()} cores · ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB · node ${process.version} · load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`;
const goal = (ok: boolean) => (ok ? "met" : "NOT met");

/** Conformance of a 1,500-item county against a 5,000-item province, as a ratio to validating the province. */
function benchConformance(repeat: number): void {
  console.log("\n== conformance: 1,500-item county against a 5,000-item province standard ==");
  const run = spawnSync(process.execPath, [path.join(DIST, "conformance.js"), ROOT, String(Math.max(10, repeat * 10))], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`conformance benchmark failed: ${run.stderr}`);
  const r = JSON.parse(run.stdout) as { validateMs: number; conformMs: number; ratio: number; issues: { errors: number } };
  console.log(machine());
  console.log(`validate(province, 5,000 items)        ${r.validateMs.toFixed(1)} ms`);
  console.log(`checkConformance(province, county)     ${r.conformMs.toFixed(1)} ms  (${r.issues.errors} deliberate errors)`);
  console.log(`ratio ${r.ratio.toFixed(2)}× — goal ≤ 0.50×: ${goal(r.ratio <= 0.5)}`);
}

/** The province and the 100 county lists of the region benchmark, written once into .bench/region-100. */
function regionLists(): { province: string; counties: string[] } {
  const dir = path.join(OUT, "region-100");
  const province = path.join(dir, "province.json");
  const counties = Array.from({ length: 100 }, (_, k) => path.join(dir, "counties", `county-${String(k).padStart(3, "0")}.json`));
  if (!fs.existsSync(counties[counties.length - 1]!)) {
    console.log("generating 100 county lists of 1,500 items …");
    const standard = provinceList(ROOT, 5000, 0.3);
    fs.mkdirSync(path.dirname(counties[0]!), { recursive: true });
    fs.writeFileSync(province, JSON.stringify(standard));
    counties.forEach((file, k) => fs.writeFileSync(file, JSON.stringify(countyList(standard, k))));
  }
  return { province, counties };
}

/** A region run of 100 counties against one province, as a ratio to validating the same files. */
function benchRegion(opts: ReturnType<typeof options>): void {
  console.log("\n== region run: 100 county lists of 1,500 items against one province standard ==");
  const { province, counties } = regionLists();
  const cli = path.join(DIST, "cli.js");
  const runs: [string, string[]][] = [
    ["zwfw validate (the same 101 files)", [cli, "validate", province, ...counties, "--report", "json", "--quiet"]],
    [`zwfw conform --upper --jobs ${opts.jobs}`, [cli, "conform", "--upper", province, path.dirname(counties[0]!), "--report", "json", "--quiet", "--jobs", String(opts.jobs)]],
  ];
  const measured = measureAll(runs.map(([, args]) => args), opts.repeat, province);
  const region = JSON.parse(measured[1]!.stdout) as { summary: { checked: number; items: number; errors: number; consistencyRate: number } };
  if (region.summary.checked !== counties.length) throw new Error(`the region run checked ${region.summary.checked} of ${counties.length} lists`);
  console.log(machine());
  console.log(`report: ${region.summary.checked} lists, ${region.summary.items.toLocaleString("en-US")} items, ${region.summary.errors} errors (deliberate), consistency ${(region.summary.consistencyRate * 100).toFixed(1)}%`);
  runs.forEach(([name], i) => console.log(`${name.padEnd(40)} ${measured[i]!.seconds.toFixed(2)} s  ${measured[i]!.cpuSeconds.toFixed(2)} s CPU  ${measured[i]!.rssMb.toFixed(0)} MB RSS`));
  const ratio = measured[1]!.seconds / measured[0]!.seconds;
  console.log(`ratio ${ratio.toFixed(2)}× — goal ≤ 1.50×: ${goal(ratio <= 1.5)}`);
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  console.log(`building into ${path.relative(ROOT, DIST)} …`);
  await buildAll();
  if (opts.only.includes("conformance")) benchConformance(opts.repeat);
  if (opts.only.includes("region")) benchRegion(opts);
  if (opts.only.includes("duplicates")) benchDuplicateTables(opts.records);
  if (opts.only.includes("jsonl")) await benchJsonLines(opts);
  if (opts.only.includes("memory")) await benchMemory(opts);
  if (opts.only.includes("catalogue")) await benchCatalogue(opts);
}

/**
 * Peak RSS of validating a streamed JSON catalogue at two sizes, a quarter of --records and
 * --records items: its duplicate keys spill and its issues are capped while running, so the two
 * peaks should match. Most items carry an issue (their level differs from the county's), so an
 * uncapped collection of issues would show here.
 */
async function benchCatalogue(opts: ReturnType<typeof options>): Promise<void> {
  const sizes = [Math.round(opts.records / 4), opts.records];
  console.log(`\n== peak memory: zwfw validate of one streamed JSON catalogue, ${sizes.map((s) => s.toLocaleString("en-US")).join(" and ")} items ==`);
  for (const items of sizes) {
    const file = path.join(OUT, `catalogue-${items}.json`);
    if (!fs.existsSync(file)) {
      console.log(`generating a catalogue of ${items.toLocaleString("en-US")} items …`);
      await generateRecords(ROOT, items, file, "catalogue");
    }
    const loadBefore = os.loadavg()[0]!.toFixed(2);
    const args = [path.join(DIST, "cli.js"), "validate", file, "--report", "json", "--quiet", "--max-issues", "100"];
    const [m] = measureAll([args], opts.repeat, file);
    const report = JSON.parse(m!.stdout) as { summary: { items: number; errors: number }; issues: unknown[] };
    if (report.summary.items !== items || report.issues.length !== 100) throw new Error(`the run counted ${report.summary.items} of ${items} items and kept ${report.issues.length} issues`);
    console.log(`${machine()} (before: ${loadBefore})`);
    console.log(`${items.toLocaleString("en-US")} items, ${(fs.statSync(file).size / 1e6).toFixed(0)} MB, ${report.summary.errors.toLocaleString("en-US")} errors: ${m!.seconds.toFixed(1)} s, ${m!.cpuSeconds.toFixed(1)} s CPU, peak RSS ${m!.rssMb.toFixed(0)} MB`);
  }
}

/** The records file of `records` records, generated once. */
async function recordsFile(records: number): Promise<string> {
  const file = path.join(OUT, `records-${records}.jsonl`);
  if (!fs.existsSync(file)) {
    console.log(`generating ${records.toLocaleString("en-US")} records …`);
    await generateRecords(ROOT, records, file);
  }
  return file;
}

/**
 * Peak RSS of one all-core validation (the process, worker threads included), against the 256 MB
 * goal. `--max-issues 100` keeps the CLI's pass that adds columns to the kept issues short (it reads
 * the file up to the last kept issue's line); the summary still counts every issue.
 */
async function benchMemory(opts: ReturnType<typeof options>): Promise<void> {
  console.log(`\n== peak memory: zwfw validate --jobs ${opts.jobs}, ${opts.records.toLocaleString("en-US")} JSONL records ==`);
  const file = await recordsFile(opts.records);
  const loadBefore = os.loadavg()[0]!.toFixed(2);
  const args = [path.join(DIST, "cli.js"), "validate", file, "--jobs", String(opts.jobs), "--report", "json", "--quiet", "--max-issues", "100"];
  const [m] = measureAll([args], opts.repeat, file);
  const report = JSON.parse(m!.stdout) as { summary: { items: number; errors: number } };
  if (report.summary.items !== opts.records) throw new Error(`the run counted ${report.summary.items} of ${opts.records} records`);
  console.log(`${machine()} (before: ${loadBefore})`);
  console.log(`${(fs.statSync(file).size / 1e6).toFixed(0)} MB, ${report.summary.errors} errors (deliberate): ${m!.seconds.toFixed(1)} s, ${m!.cpuSeconds.toFixed(1)} s CPU, peak RSS ${m!.rssMb.toFixed(0)} MB`);
  console.log(`goal peak RSS ≤ 256 MB (workers included): ${goal(m!.rssMb <= 256)}`);
}

/** Memory per record of the exact key table and the fingerprint table, each in its own process. */
function benchDuplicateTables(records: number): void {
  console.log(`\n== duplicate tables: ${records.toLocaleString("en-US")} implementation codes ==`);
  console.log(machine());
  for (const table of ["key-line", "spill"]) {
    const run = spawnSync(process.execPath, ["--expose-gc", path.join(DIST, "duplicate-table.js"), table, String(records)], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`duplicate-table benchmark failed: ${run.stderr}`);
    const r = JSON.parse(run.stdout) as { bytesPerRecord: number; rssMb: number; runs: number; ms: number };
    console.log(`${table.padEnd(12)} ${r.bytesPerRecord.toFixed(1)} bytes/record  ${r.rssMb.toFixed(0)} MB RSS  ${r.runs} runs on disk  ${(r.ms / 1000).toFixed(1)} s`);
  }
}

/** Validation of a JSONL file of `opts.records` records: speed against the baseline, and peak RSS. */
async function benchJsonLines(opts: ReturnType<typeof options>): Promise<void> {
  console.log(`\n== zwfw validate: ${opts.records.toLocaleString("en-US")} JSONL records ==`);
  const file = await recordsFile(opts.records);
  const bytes = fs.statSync(file).size;
  const mb = bytes / 1e6;
  console.log(`${path.relative(ROOT, file)}: ${opts.records.toLocaleString("en-US")} records, ${mb.toFixed(0)} MB`);

  const loadBefore = os.loadavg()[0]!.toFixed(2);
  const cli = path.join(DIST, "cli.js");
  const runs: [string, string[]][] = [
    ["baseline (read + JSON.parse)", [path.join(DIST, "baseline.js"), file]],
    ["zwfw validate --jobs 1", [cli, "validate", file, "--jobs", "1", "--report", "json", "--quiet"]],
    [`zwfw validate --jobs ${opts.jobs}`, [cli, "validate", file, "--jobs", String(opts.jobs), "--report", "json", "--quiet"]],
  ];
  const measured = measureAll(runs.map(([, args]) => args), opts.repeat, file);
  const results = runs.map(([name], i) => ({ name, ...measured[i]! }));
  const base = results[0]!.seconds;

  // The two validator runs must agree (and count every record).
  const [single, parallel] = [results[1]!, results[2]!].map((r) => JSON.parse(r.stdout) as { summary: { items: number; errors: number } });
  if (single!.summary.items !== opts.records || JSON.stringify(single) !== JSON.stringify(parallel)) {
    throw new Error("the --jobs 1 and parallel reports differ, or miss records");
  }

  console.log(`\n${machine()} (before: ${loadBefore})`);
  console.log(`report: ${single!.summary.items.toLocaleString("en-US")} items, ${single!.summary.errors} errors (deliberate)\n`);
  const rows = results.map((r) => [
    r.name,
    `${r.seconds.toFixed(2)} s`,
    `${Math.round(opts.records / r.seconds).toLocaleString("en-US")} rec/s`,
    `${(mb / r.seconds).toFixed(1)} MB/s`,
    `${(base / r.seconds).toFixed(2)}×`,
    `${r.cpuSeconds.toFixed(2)} s CPU`,
    `${r.rssMb.toFixed(0)} MB RSS`,
  ]);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  for (const row of rows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  "));
  console.log(`\ngoal --jobs 1 ≥ 0.80× baseline: ${goal(base / results[1]!.seconds >= 0.8)}`);
  console.log(`goal --jobs ${opts.jobs} ≥ 1.50× baseline: ${goal(base / results[2]!.seconds >= 1.5)}`);
  console.log(`goal peak RSS ≤ 256 MB (workers included): ${goal(results.every((r) => r.rssMb <= 256))}${opts.records >= 3_000_000 ? "" : " (fewer than 3,000,000 records: the goal is stated for 3,000,000 and more)"}`);
}

await main();
