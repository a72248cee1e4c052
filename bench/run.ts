/**
 * `npm run bench [-- --records N | --size 1g] [--jobs N] [--repeat N]`: builds the CLI with tsup
 * into .bench/dist, generates .bench/records-N.jsonl (once per N), and prints, for the same file:
 * the baseline (read + JSON.parse of every line, one thread), `zwfw validate --jobs 1` and
 * `zwfw validate --jobs <all cores>`, as records/s, MB/s, ratio to the baseline and peak RSS.
 * Every run is a separate `node` process on the built output, timed from spawn to exit (best of
 * --repeat), with peak RSS from /usr/bin/time. See docs/performance.md.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "tsup";
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
    records: Number(get("records") ?? bySize ?? 500_000),
    jobs: Number(get("jobs") ?? os.availableParallelism()),
    repeat: Number(get("repeat") ?? 1),
  };
}

/** Builds the CLI, its worker and the baseline script with the project's bundler. */
async function buildAll(): Promise<void> {
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
  await build({
    config: false,
    entry: { cli: "src/cli/index.ts", "validate-range-worker": "src/node/validate-range-worker.ts", "region-worker": "src/cli/region/region-worker.ts", baseline: "bench/baseline.ts", conformance: "bench/conformance.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    outDir: DIST,
    clean: true,
    silent: true,
    define: { "process.env.ZWFW_VERSION": JSON.stringify(version) },
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

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  console.log(`building into ${path.relative(ROOT, DIST)} …`);
  await buildAll();
  const file = path.join(OUT, `records-${opts.records}.jsonl`);
  if (!fs.existsSync(file)) {
    console.log(`generating ${opts.records.toLocaleString("en-US")} records …`);
    await generateRecords(ROOT, opts.records, file);
  }
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

  console.log(`\nmachine: ${os.cpus()[0]?.model ?? "?"} · ${os.availableParallelism()} cores · ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB · node ${process.version} · load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} (before: ${loadBefore})`);
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
  const goal = (ok: boolean) => (ok ? "met" : "NOT met");
  console.log(`\ngoal --jobs 1 ≥ 0.80× baseline: ${goal(base / results[1]!.seconds >= 0.8)}`);
  console.log(`goal --jobs ${opts.jobs} ≥ 1.50× baseline: ${goal(base / results[2]!.seconds >= 1.5)}`);
  console.log(`goal peak RSS < 256 MB: ${goal(results.every((r) => r.rssMb < 256))}${bytes >= 1024 ** 3 ? "" : " (file < 1 GiB: run with --size 1g for the 1 GiB claim)"}`);
}

await main();
