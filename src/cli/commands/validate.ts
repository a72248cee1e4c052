/**
 * `zwfw validate <file>...`: JSON catalogues or items, and JSONL (one item per line). JSONL and
 * .jsonl.gz stream line by line (on all cores with --jobs); JSON catalogues larger than the
 * streaming threshold stream item by item; smaller JSON files are read whole.
 */
import os from "node:os";
import { Option, type Command } from "commander";
import type { Locale } from "../../i18n/locale.js";
import { validateJsonCatalogueFile } from "../../node/validate-json-catalogue.js";
import { validateJsonLinesFile } from "../../node/validate-jsonl-file.js";
import { loadRegionRegistry } from "../../regions/load-region-registry.js";
import type { RegionRegistry } from "../../regions/region-registry.js";
import { DEFAULT_MAX_ISSUES } from "../../report/issue-collector.js";
import { mergeReports, type Report } from "../../report/issue.js";
import { isCatalogueKind, type CatalogueKind } from "../../rules/item-kind.js";
import { StreamInputError } from "../../stream/input-error.js";
import { validate } from "../../validate/validate.js";
import { isDocumentName, type DocumentName } from "../../validate/validators.js";
import { InputError } from "../errors.js";
import { localeOption, printReport, reportFormat } from "../output.js";
import { createProgress, type Progress } from "../progress.js";
import { fileSize, readJsonFile } from "../read-input.js";


/** JSON files of this size or more stream item by item; env ZWFW_STREAM_THRESHOLD_BYTES overrides it (tests). */
export const STREAM_THRESHOLD_BYTES = 64 * 1024 * 1024;

/** Whether a file holds one item per line. */
export const isJsonLines = (file: string) => /\.jsonl(\.gz)?$/i.test(file);

/** What every file of one run is validated with. */
interface RunOptions {
  as: DocumentName;
  item: CatalogueKind;
  locale: Locale;
  jobs: number;
  maxIssues: number;
  withFile: boolean;
  registry?: RegionRegistry;
  progress: Progress;
}

/** The size above which a JSON catalogue streams. */
function streamThreshold(): number {
  const fromEnv = process.env.ZWFW_STREAM_THRESHOLD_BYTES;
  return fromEnv && Number(fromEnv) >= 0 ? Number(fromEnv) : STREAM_THRESHOLD_BYTES;
}


/** Validates one file of either form; whole-document issues carry `file` when several files are given. */
async function validateFile(file: string, run: RunOptions): Promise<Report> {
  const size = fileSize(file);
  const update = (p: { bytes: number; items: number; issues: number }) => run.progress.update({ ...p, total: size });
  try {
    if (isJsonLines(file)) {
      return await validateJsonLinesFile(file, { item: run.item, locale: run.locale, jobs: run.jobs, maxIssues: run.maxIssues, onProgress: update });
    }
    let report: Report;
    if (run.as === "catalogue" && size >= streamThreshold()) {
      report = await validateJsonCatalogueFile(file, { locale: run.locale, registry: run.registry, onProgress: update });
    } else {
      report = validate(readJsonFile(file), { as: run.as, locale: run.locale, ...(run.registry ? { registry: run.registry } : {}) });
    }
    if (run.withFile) for (const issue of report.issues) issue.file = file;
    return report;
  } catch (error) {
    if (error instanceof StreamInputError) throw new InputError(error.describe(file));
    throw error;
  }
}

/**
 * Deno's worker_threads cannot run the tinypool pool (a 23 MB JSONL run never finished): under Deno
 * the run falls back to one thread, with a note on stderr.
 */
function defaultJobs(jobs: number): number {
  if (jobs === 1 || (process.versions as Record<string, string | undefined>).deno === undefined) return jobs;
  process.stderr.write("zwfw: Deno — validating on one thread (the worker pool needs Node or Bun)\n");
  return 1;
}

/** Parses --jobs: a whole number of at least 1. */
function jobsOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InputError(`--jobs must be a whole number of at least 1 (got "${value}")`);
  return n;
}

/** Parses --max-issues: a whole number, 0 for no cap. */
function maxIssuesOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InputError(`--max-issues must be a whole number, 0 for no limit (got "${value}")`);
  return n;
}

/** Registers the validate command. */
export function registerValidate(program: Command): void {
  program
    .command("validate")
    .description("validate JSON catalogues or items, and JSONL files of items (校验目录或清单)")
    .argument("<files...>", "JSON, JSONL or .jsonl.gz files")
    .option("--report <format>", "text | json", "text")
    .option("--locale <locale>", "zh-CN | en", "zh-CN")
    .option("--as <document>", "catalogue | basic-item | standard-item | implementation-item (JSON files)", "catalogue")
    .option("--item <kind>", "basic | standard | implementation: the item kind of JSONL lines", "implementation")
    .option("--regions", "check region codes against the region registry (区划库; region-code-unknown)")
    .addOption(new Option("--jobs <n>", "threads that validate JSONL: this one and N−1 workers (default: the number of cores; 1 = no workers)"))
    .option("--quiet", "no progress bar")
    .option("--max-issues <n>", "JSONL: issues listed in the report, the summary counts all (0 = no limit)", String(DEFAULT_MAX_ISSUES))
    .action(async (files: string[], opts: { report: string; locale: string; as: string; item: string; regions?: boolean; jobs?: string; quiet?: boolean; maxIssues: string }) => {
      const format = reportFormat(opts.report, ["text", "json", "markdown"]);
      const locale = localeOption(opts.locale);
      if (!isDocumentName(opts.as)) throw new InputError(`--as must be catalogue, basic-item, standard-item or implementation-item (got "${opts.as}")`);
      if (!isCatalogueKind(opts.item)) throw new InputError(`--item must be basic, standard or implementation (got "${opts.item}")`);
      const jobs = defaultJobs(opts.jobs === undefined ? os.availableParallelism() : jobsOption(opts.jobs));
      const registry = opts.regions ? await loadRegionRegistry() : undefined;
      const progress = createProgress(locale, Boolean(opts.quiet));
      const maxIssues = maxIssuesOption(opts.maxIssues);
      const run: RunOptions = { as: opts.as, item: opts.item as CatalogueKind, locale, jobs, maxIssues, withFile: files.length > 1, registry, progress };
      const reports: Report[] = [];
      try {
        for (const file of files) reports.push(await validateFile(file, run));
      } finally {
        progress.stop();
      }
      process.exitCode = printReport(mergeReports(reports), format, locale);
    });
}
