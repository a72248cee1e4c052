/**
 * `zwfw conform --upper`: a region run over files. The main thread reads each list's header and
 * plans which list each is checked against (nearestUpper); the lists are then checked on all
 * cores, each thread keeping its upper lists parsed and indexed between lists.
 */
import { fileURLToPath } from "node:url";
import Tinypool from "tinypool";
import type { ConformancePolicy } from "../../conformance/policy/policy.js";
import { isLowerList, nearestUpper } from "../../conformance/region/plan-region.js";
import type { RegionReport, RegionSection } from "../../conformance/region/region-report.js";
import { summarizeRegion } from "../../conformance/region/summarize-region.js";
import type { Locale } from "../../i18n/locale.js";
import { loadRegionRegistry } from "../../regions/load-region-registry.js";
import type { Progress } from "../progress.js";
import { fileSize } from "../input/read-input.js";
import { readHeader } from "./read-header.js";
import checkRegionTask from "./region-worker.js";
import type { RegionTask } from "./region-task.js";

/** Options of a region run over files. */
export interface RegionFilesOptions {
  locale: Locale;
  policy?: ConformancePolicy;
  regions: boolean;
  /** Threads that check lists; 1 checks on the calling thread. */
  jobs: number;
  progress: Progress;
}

/** The worker module: dist/region-worker.js in the build; the tsx shim from the sources. */
function workerFile(): string {
  const here = import.meta.url;
  return fileURLToPath(new URL(here.endsWith(".ts") ? "./tsx-worker.mjs" : "./region-worker.js", here));
}

/**
 * Checks every list of `lowers` against the nearest list above it among `uppers` and `lowers`
 * (`uppers` are only compared against). Sections come in the order of `lowers`; a basic catalogue
 * among them only serves as an upper list.
 */
export async function checkRegionFiles(uppers: readonly string[], lowers: readonly string[], options: RegionFilesOptions): Promise<RegionReport> {
  const files = [...uppers, ...lowers.filter((f) => !uppers.includes(f))];
  const headers = [];
  for (const file of files) headers.push(await readHeader(file));
  const registry = options.regions ? await loadRegionRegistry() : undefined;
  const tasks: { at: number; task: RegionTask; bytes: number }[] = [];
  for (let i = uppers.length; i < files.length; i++) {
    if (headers[i]!.kind !== undefined && !isLowerList(headers[i]!)) continue;
    const upper = nearestUpper(headers, i, registry);
    const task: RegionTask = { lower: files[i]!, ...(upper !== undefined ? { upper: files[upper] } : {}), locale: options.locale, regions: options.regions, ...(options.policy ? { policy: options.policy } : {}) };
    tasks.push({ at: tasks.length, task, bytes: fileSize(files[i]!) });
  }
  // Lists of one upper list run one after another, so each thread reads and indexes it once.
  const order = [...tasks].sort((a, b) => (a.task.upper ?? "").localeCompare(b.task.upper ?? "") || a.at - b.at);
  const sections: RegionSection[] = new Array(tasks.length);
  const total = tasks.reduce((n, t) => n + t.bytes, 0);
  const done = { bytes: 0, items: 0, issues: 0 };
  const finish = (t: (typeof tasks)[number], section: RegionSection) => {
    sections[t.at] = section;
    done.bytes += t.bytes;
    done.items += section.report.summary.items;
    done.issues += section.report.issues.length;
    options.progress.update({ ...done, total });
  };
  const threads = Math.min(options.jobs, tasks.length);
  if (threads <= 1) {
    for (const t of order) finish(t, await checkRegionTask(t.task));
    return summarizeRegion(sections);
  }
  const pool = new Tinypool({ filename: workerFile(), minThreads: threads, maxThreads: threads, isolateWorkers: false });
  try {
    let next = 0;
    // One loop per thread, each taking the next list in order, so lists of one upper stay on few threads.
    const drain = async () => {
      while (next < order.length) {
        const t = order[next++]!;
        finish(t, (await pool.run(t.task)) as RegionSection);
      }
    };
    await Promise.all(Array.from({ length: threads }, drain));
  } finally {
    await pool.destroy();
  }
  return summarizeRegion(sections);
}
