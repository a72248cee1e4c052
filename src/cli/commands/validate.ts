/**
 * `zwfw validate <file>...`: JSON catalogues or items, and JSONL (one item per line); `-` reads
 * stdin, and a file whose extension does not say is recognised by its content. JSONL and
 * .jsonl.gz stream line by line (on all cores with --jobs); JSON catalogues larger than the
 * streaming threshold stream item by item; smaller JSON files are read whole, and their issues
 * get the line and column of the value.
 */
import os from "node:os";
import type { Command } from "commander";
import type { Locale } from "../../i18n/locale.js";
import { validateJsonCatalogueFile } from "../../node/validate-json-catalogue.js";
import { validateJsonLinesFile } from "../../node/validate-jsonl-file.js";
import { loadRegionRegistry } from "../../regions/load-region-registry.js";
import type { RegionRegistry } from "../../regions/region-registry.js";
import { DEFAULT_MAX_ISSUES } from "../../report/issue-collector.js";
import { mergeReports, type Report } from "../../report/issue.js";
import { CATALOGUE_KINDS, isCatalogueKind, type CatalogueKind } from "../../rules/item-kind.js";
import { StreamInputError } from "../../stream/input-error.js";
import { validate } from "../../validate/validate.js";
import { majors } from "../../schema/majors.js";
import { isDocumentName, type DocumentName } from "../../validate/validators.js";
import { inputError } from "../errors.js";
import { addJsonLinesColumns, addJsonPositions } from "../input/issue-positions.js";
import { fileSize, parseJson, readJsonText } from "../input/read-input.js";
import { resolveInput, type ResolvedInput } from "../input/resolve-input.js";
import { streamInputError } from "../input/stream-error.js";
import { t } from "../locale.js";
import { addReportOptions, emitReport, integerOption, reportSettings, type ReportFlags } from "../output.js";
import { createProgress, type Progress } from "../progress.js";
import { fileOfRun } from "../report/report-context.js";

/** JSON files of this size or more stream item by item; env ZWFW_STREAM_THRESHOLD_BYTES overrides it (tests). */
export const STREAM_THRESHOLD_BYTES = 64 * 1024 * 1024;

/** Whether a file holds one item per line. */
export const isJsonLines = (file: string) => /\.jsonl(\.gz)?$/i.test(file);

/** What every file of one run is validated with. */
interface RunOptions {
  as: DocumentName;
  item: CatalogueKind;
  /** --schema: the pinned major's schemaVersion for items (JSONL lines, single JSON items). */
  schemaVersion?: string;
  locale: Locale;
  jobs: number;
  maxIssues: number;
  withFile: boolean;
  registry?: RegionRegistry;
  progress: Progress;
  draft: boolean;
}

/** The size above which a JSON catalogue streams. */
function streamThreshold(): number {
  const fromEnv = process.env.ZWFW_STREAM_THRESHOLD_BYTES;
  return fromEnv && Number(fromEnv) >= 0 ? Number(fromEnv) : STREAM_THRESHOLD_BYTES;
}

/** Validates one input of either form; issues carry `file` when several files are given. */
async function validateInput(input: ResolvedInput, run: RunOptions): Promise<Report> {
  const { path: file, name } = input;
  if (input.format.kind !== "json" && input.format.kind !== "jsonl") throw inputError("cli.file.not-json", {}, name);
  const size = fileSize(file, name);
  const update = (p: { bytes: number; items: number; issues: number }) => run.progress.update({ ...p, total: size });
  let report: Report;
  try {
    if (run.draft && (input.format.kind === "jsonl" || (run.as === "catalogue" && size >= streamThreshold()))) {
      throw inputError("cli.validate.draft-streamed", { mb: Math.round(streamThreshold() / 1048576) }, name);
    }
    if (input.format.kind === "jsonl") {
      report = await validateJsonLinesFile(file, { item: run.item, schemaVersion: run.schemaVersion, locale: run.locale, jobs: run.jobs, maxIssues: run.maxIssues, onProgress: update });
      await addJsonLinesColumns(report.issues, file);
    } else if (run.as === "catalogue" && size >= streamThreshold()) {
      report = await validateJsonCatalogueFile(file, { locale: run.locale, registry: run.registry, maxIssues: run.maxIssues, onProgress: update });
    } else {
      const text = readJsonText(file, name);
      const pin = run.schemaVersion !== undefined ? { schemaVersion: run.schemaVersion } : {};
      report = validate(parseJson(text, name), { as: run.as, locale: run.locale, draft: run.draft, ...pin, ...(run.registry ? { registry: run.registry } : {}) });
      addJsonPositions(report.issues, text);
    }
  } catch (error) {
    if (error instanceof StreamInputError) throw streamInputError(error, name);
    throw error;
  }
  // Streamed inputs name their file on each issue; with several inputs, every issue does.
  for (const issue of report.issues) if (run.withFile || issue.file !== undefined) issue.file = name;
  return report;
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

/** The validate command's options as commander hands them over. */
interface ValidateFlags extends ReportFlags {
  as: string;
  item: string;
  schema?: string;
  regions?: boolean;
  jobs?: string;
  quiet?: boolean;
  maxIssues: string;
  draft?: boolean;
}

/** Registers the validate command. */
export function registerValidate(program: Command): void {
  const command = program
    .command("validate")
    .description(t("cli.validate"))
    .argument("<files...>", t("cli.validate.files"))
    .option("--as <document>", t("cli.validate.as"), "catalogue")
    .option("--item <kind>", t("cli.validate.item"), "implementation")
    .option("--schema <major>", t("cli.validate.schema"))
    .option("--regions", t("cli.opt.regions"))
    .option("--draft", t("cli.validate.draft"))
    .option("--jobs <n>", t("cli.validate.jobs"))
    .option("--quiet", t("cli.validate.quiet"))
    .option("--max-issues <n>", t("cli.validate.max-issues"), String(DEFAULT_MAX_ISSUES));
  addReportOptions(command).action(async (args: string[], opts: ValidateFlags) => {
    const settings = reportSettings(opts);
    const locale = settings.locale;
    if (!isDocumentName(opts.as)) throw inputError("cli.option.choice", { option: "--as", allowed: [...new Set(majors.flatMap((m) => Object.keys(m.validators)))].join(" | "), value: opts.as });
    if (!isCatalogueKind(opts.item)) throw inputError("cli.option.choice", { option: "--item", allowed: CATALOGUE_KINDS.join(" | "), value: opts.item });
    const pinned = opts.schema === undefined ? undefined : majors.find((m) => m.id === opts.schema);
    if (opts.schema !== undefined && !pinned) throw inputError("cli.option.choice", { option: "--schema", allowed: majors.map((m) => m.id).join(" | "), value: opts.schema });
    const jobs = defaultJobs(opts.jobs === undefined ? os.availableParallelism() : integerOption("--jobs", opts.jobs, 1));
    const maxIssues = integerOption("--max-issues", opts.maxIssues, 0);
    const inputs: ResolvedInput[] = [];
    for (const arg of args) inputs.push(await resolveInput(arg));
    const registry = opts.regions ? await loadRegionRegistry() : undefined;
    const progress = createProgress(locale, Boolean(opts.quiet));
    const run: RunOptions = { as: opts.as, item: opts.item, schemaVersion: pinned?.schemaVersion, locale, jobs, maxIssues, withFile: args.length > 1, registry, progress, draft: Boolean(opts.draft) };
    const reports: Report[] = [];
    try {
      for (const input of inputs) reports.push(await validateInput(input, run));
    } finally {
      progress.stop();
    }
    process.exitCode = emitReport({ report: mergeReports(reports), files: args, fileOf: fileOfRun(args) }, settings);
  });
}
