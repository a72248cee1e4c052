/**
 * Worker entry of a region run (tinypool calls the default export; with --jobs 1 the main thread
 * calls it): reads one lower list and checks it against its upper list. Upper lists are kept
 * parsed and indexed between tasks, so a province standard is read once per thread.
 */
import { IndexedMatcher } from "../../conformance/matcher.js";
import { checkRegionList, schemaFailure } from "../../conformance/region/check-region-list.js";
import type { RegionSection } from "../../conformance/region/region-report.js";
import type { ConformanceOptions } from "../../conformance/options.js";
import { loadRegionRegistry } from "../../regions/load-region-registry.js";
import type { RegionRegistry } from "../../regions/region-registry.js";
import { buildReport } from "../../report/issue.js";
import { InputError } from "../errors.js";
import { readJsonFile } from "../input/read-input.js";
import type { RegionTask } from "./region-task.js";

/** A parsed upper list with its validity and its matcher (which holds its indexes). */
interface Upper {
  document: unknown;
  invalid: boolean;
  matcher: IndexedMatcher;
}

/** Upper lists kept per thread; tasks come grouped by upper list, so a few suffice. */
const KEPT_UPPERS = 4;
const uppers = new Map<string, Upper>();
let registry: Promise<RegionRegistry> | undefined;

/** A file's document, or the one-line reason it cannot be read (malformed JSON, not UTF-8 …). */
function read(file: string): { document: unknown } | { error: string } {
  try {
    return { document: readJsonFile(file) };
  } catch (error) {
    if (error instanceof InputError) return { error: error.message };
    throw error;
  }
}

/** The section of a list that cannot be read: invalid, with the reason as its one error. */
function unreadable(file: string, error: string, upper?: string): RegionSection {
  const report = buildReport([{ rule: "malformed-json", severity: "error", path: "", message: error, file }], 0);
  return { file, status: "invalid", ...(upper !== undefined ? { upper } : {}), report, consistent: 0 };
}

/** The upper list of a task, read and validated once per thread. */
function upperOf(file: string, options: ConformanceOptions): Upper {
  let upper = uppers.get(file);
  if (upper) return upper;
  const got = read(file);
  const document = "document" in got ? got.document : undefined;
  upper = { document, invalid: !("document" in got) || schemaFailure(document, options) !== undefined, matcher: new IndexedMatcher() };
  if (uppers.size >= KEPT_UPPERS) uppers.delete(uppers.keys().next().value!);
  uppers.set(file, upper);
  return upper;
}

/** Checks the task's lower list; issues of a list that fails the schema carry its file, as `zwfw conform` prints them. */
export default async function checkRegionTask(task: RegionTask): Promise<RegionSection> {
  const options: ConformanceOptions = { locale: task.locale, ...(task.policy ? { policy: task.policy } : {}) };
  if (task.regions) options.registry = await (registry ??= loadRegionRegistry());
  const lower = read(task.lower);
  if (!("document" in lower)) return unreadable(task.lower, lower.error, task.upper);
  let section: RegionSection;
  if (task.upper === undefined) {
    const report = schemaFailure(lower.document, options);
    section = report ? { file: task.lower, status: "invalid", report, consistent: 0 } : { file: task.lower, status: "no-upper", report: buildReport([], 0), consistent: 0 };
  } else {
    const upper = upperOf(task.upper, options);
    section = checkRegionList({ name: task.upper, document: upper.document }, { name: task.lower, document: lower.document }, upper.invalid, options, upper.matcher);
  }
  if (section.status === "invalid") for (const issue of section.report.issues) issue.file = task.lower;
  return section;
}
