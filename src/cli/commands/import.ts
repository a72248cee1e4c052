/**
 * `zwfw import <file.xlsx|file.csv> -o catalogue.json`: a spreadsheet in the template's layout → a
 * catalogue of the major --schema names (default: the workbook's 标准版本, else the newest), with a report of every cell it could not read and the catalogue's validation findings.
 * On errors nothing is written unless --force. Exit 0 clean, 1 errors, 2 unreadable input.
 */
import type { Command } from "commander";
import { levels } from "../../codes/code-sets.js";
import { importNational, type NationalImportOptions } from "../../national/import-national.js";
import { CROSSWALKS, crosswalkById } from "../../crosswalks/tables.js";
import { message } from "../../i18n/messages.js";
import { buildReport, type Report } from "../../report/issue.js";
import { CATALOGUE_KINDS, isCatalogueKind, type CatalogueKind } from "../../rules/item-kind.js";
import type { LevelCode } from "../../schema/types.js";
import { catalogueFromRows, type SpreadsheetImportOptions, type SpreadsheetImportResult } from "../../spreadsheet/catalogue-from-rows.js";
import { unknownTargets, type ColumnMapping } from "../../spreadsheet/column-mapping.js";
import { latestMajor, majors } from "../../schema/majors.js";
import { layoutOf } from "../../spreadsheet/layout.js";
import { schemaOption } from "../schema-option.js";
import { isRecord } from "../../spreadsheet/json-records.js";
import { codeOfLabel } from "../../spreadsheet/labels.js";
import { DEFAULT_MAX_ROWS } from "../../spreadsheet/workbook-import.js";
import { isWorded } from "../../i18n/localized-error.js";
import { inputError, wordedInputError } from "../errors.js";
import { decodeUtf8, inspectFile, readBytes, readJsonFile } from "../input/read-input.js";
import { resolveInput } from "../input/resolve-input.js";
import { t } from "../locale.js";
import { addReportOptions, emitReport, integerOption, reportSettings, writeJsonOutput, type ReportFlags } from "../output.js";
import type { Locale } from "../../i18n/locale.js";
import { importGuide, type GuideImportOptions } from "../../guide/import-guide.js";
import { guideRecords } from "../../guide/guide-records.js";
import { guideIndexFromScript, importGuideIndex } from "../../guide/guide-index.js";
import { BASIC_TABLE } from "../../national/national-tables.js";
import { nationalRecords } from "../../national/national-records.js";
import { readNationalFile } from "./spreadsheet/national-files.js";
import { readCsvHeader } from "./spreadsheet/read-csv.js";
import { readXlsx } from "./spreadsheet/read-xlsx.js";
import { isCsv, readSpreadsheet } from "./spreadsheet/read-spreadsheet.js";
import { streamCsvImport, type StreamedCsvImport } from "./spreadsheet/stream-import.js";
import { capReport } from "../../report/issue-collector.js";

interface ImportOptions extends ReportFlags {
  sheet?: string;
  kind?: string;
  region?: string;
  level?: string;
  publisher?: string;
  publisherCode?: string;
  maxRows: string;
  map?: string;
  crosswalk?: string;
  from?: string;
  schema?: string;
  latest?: boolean;
  force?: boolean;
  maxIssues: string;
}

/** Checks the options that take codes, so a typo is a usage error rather than a finding. */
function checkOptions(opts: ImportOptions): { kind?: CatalogueKind; level?: LevelCode; maxRows: number; maxIssues: number } {
  if (!opts.output) throw inputError("cli.option.import-output");
  if (opts.kind !== undefined && !isCatalogueKind(opts.kind)) throw inputError("cli.option.choice", { option: "--kind", allowed: CATALOGUE_KINDS.join(" | "), value: opts.kind });
  const level = opts.level === undefined ? undefined : codeOfLabel(levels, opts.level);
  if (opts.level !== undefined && level === undefined) {
    throw inputError("cli.option.choice", { option: "--level", allowed: levels.entries.map((e) => `${e.code} ${e.zh}`).join(" | "), value: opts.level });
  }
  if (opts.region !== undefined && !/^\d{12}$/.test(opts.region)) throw inputError("cli.option.region-code", { option: "--region", value: opts.region });
  const maxRows = integerOption("--max-rows", opts.maxRows, 1);
  const maxIssues = integerOption("--max-issues", opts.maxIssues, 0);
  return { ...(opts.kind ? { kind: opts.kind as CatalogueKind } : {}), ...(level ? { level: level as LevelCode } : {}), maxRows, maxIssues };
}

/** Reads a --map file: an object of header → element title or property path, every target known. */
function readMapping(file: string, schema: string | undefined): ColumnMapping {
  const mapping = readJsonFile(file);
  if (!isRecord(mapping) || !Object.values(mapping).every((v) => typeof v === "string")) {
    throw inputError("cli.import.map-shape", {}, file);
  }
  const unknown = unknownTargets(mapping as ColumnMapping, layoutOf(schemaOption(schema) ?? latestMajor).sheets.flatMap((s) => s.columns));
  if (unknown.length > 0) throw inputError("cli.import.map-unknown", { names: unknown.map((name) => `"${name}"`).join(", ") }, file);
  return mapping as ColumnMapping;
}

/** Parses --crosswalk: known crosswalk ids, comma-separated. */
function crosswalkOption(value: string | undefined): string[] {
  const ids = (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const unknown = ids.filter((id) => crosswalkById(id) === undefined);
  if (unknown.length > 0) throw inputError("cli.import.crosswalk-unknown", { names: unknown.join(", "), known: CROSSWALKS.map((c) => c.id).join(", ") });
  return ids;
}

/** Reads a national-layout file (JSON records, AUDIT_* records, { samples: [{ records }] }, a workbook or a csv set). */
function importNationalFile(file: string, options: NationalImportOptions, maxRows: number) {
  const document = readNationalFile(file, maxRows);
  try {
    return importNational(document, options);
  } catch (error) {
    // Only a worded error (a document of another shape) is the input's fault; another TypeError is a bug (exit 70).
    if (isWorded(error)) throw wordedInputError(error, file);
    throw error;
  }
}

/** The source layouts --from names; auto picks one by the file's content. */
const LAYOUTS = ["auto", "template", "national", "guide", "index"];

/**
 * The layout of a file where its content tells reliably: national column names (task_code, catalog_code,
 * AUDIT_ITEM) or a `basic` sheet or csv set → national; 办事指南 text → guide; anything else → template.
 */
function detectLayout(file: string): string {
  // A pipe or device is left to the template reader, which refuses it with its own one-line error.
  if (/\.(xlsx|csv)$/i.test(file) && !inspectFile(file).regular) return "template";
  if (/\.xlsx$/i.test(file)) return readXlsx(file, 1).some((s) => s.name === BASIC_TABLE) ? "national" : "template";
  if (/\.csv$/i.test(file)) {
    return /(^|,)"?(task_code|catalog_code)"?(,|$)/.test(readCsvHeader(file)) ? "national" : "template";
  }
  const document = readJsonFile(file);
  if (guideRecords(document)) return "guide";
  const records = nationalRecords(document);
  return records?.length && records.some((r) => r.item.task_code !== undefined || r.item.catalog_code !== undefined) ? "national" : "template";
}

/**
 * Reads a spreadsheet in the template's layout: the findings about the files first, then the import's. A CSV without
 * detail sheets is streamed (its catalogue already in a temporary file); else the sheets are local here, so their rows
 * are garbage once the catalogue is built and before it is written.
 */
async function importTemplateFile(file: string, maxRows: number, options: SpreadsheetImportOptions & { locale: Locale; maxIssues: number }, output: string): Promise<SpreadsheetImportResult | StreamedCsvImport> {
  // To stdout nothing is written before the report says whether it may be: that output is built in memory.
  const streamed = isCsv(file) && output !== "-" ? await streamCsvImport(file, maxRows, options) : undefined;
  if (streamed) return streamed;
  const read = await readSpreadsheet(file, maxRows, options.locale);
  const { catalogue, report } = catalogueFromRows(read.sheets, { ...options, releaseRows: true });
  return { catalogue, report: read.issues.length === 0 ? report : buildReport([...read.issues, ...report.issues], report.summary.items) };
}

/** Reads a 办事指南 list (JSON). */
function importGuideFile(file: string, options: GuideImportOptions) {
  if (!/\.json$/i.test(file)) throw inputError("cli.import.guide-file", {}, file);
  try {
    return importGuide(readJsonFile(file), options);
  } catch (error) {
    // A document of another shape (a worded TypeError) is an input error; any other error is a bug (exit 70).
    if (isWorded(error)) throw wordedInputError(error, file);
    throw error;
  }
}

/** Reads a guide index: the JSON array of departments, as a .json file or inside the script that publishes it. */
function importIndexFile(file: string, options: GuideImportOptions) {
  const document = /\.json$/i.test(file) ? readJsonFile(file) : guideIndexFromScript(decodeUtf8(readBytes(file), file));
  try {
    return importGuideIndex(document, options);
  } catch (error) {
    // A document of another shape (a worded TypeError) is an input error; any other error is a bug (exit 70).
    if (isWorded(error)) throw wordedInputError(error, file);
    throw error;
  }
}

/** Registers the import command. */
export function registerImport(program: Command): void {
  const command = program
    .command("import")
    .description(t("cli.import"))
    .argument("<file>", t("cli.import.file"))
    .option("-o, --output <file>", t("cli.import.output"))
    .option("--sheet <name>", t("cli.import.sheet"))
    .option("--kind <kind>", t("cli.import.kind"))
    .option("--region <code>", t("cli.import.region"))
    .option("--level <level>", t("cli.import.level"))
    .option("--publisher <name>", t("cli.import.publisher"))
    .option("--publisher-code <code>", t("cli.import.publisher-code"))
    .option("--max-rows <n>", t("cli.import.max-rows"), String(DEFAULT_MAX_ROWS))
    .option("--max-issues <n>", t("cli.import.max-issues"), "0")
    .option("--from <layout>", t("cli.import.from"))
    .option("--schema <major>", t("cli.import.schema", { majors: majors.map((m) => m.id).join(" | "), latest: latestMajor.id }))
    .option("--latest", t("cli.import.latest"))
    .option("--crosswalk <ids>", t("cli.import.crosswalk"))
    .option("--map <mapping.json>", t("cli.import.map"))
    .option("--force", t("cli.import.force"));
  // -o names the catalogue here, so the report file has a long option of its own.
  addReportOptions(command, "--report-output <file>").action(async (arg: string, opts: ImportOptions) => {
    const settings = reportSettings(opts, "reportOutput");
    const locale = settings.locale;
    const checked = checkOptions(opts);
    const schema = schemaOption(opts.schema)?.id;
    const mapping = opts.map === undefined ? undefined : readMapping(opts.map, schema);
    const crosswalks = crosswalkOption(opts.crosswalk);
    const from = opts.from ?? "auto";
    if (!LAYOUTS.includes(from)) throw inputError("cli.option.choice", { option: "--from", allowed: LAYOUTS.join(" | "), value: from });
    // A guide index is published as a script (bszl-data.js), which no input format names: it is read as it is.
    const script = from === "index" || (from === "auto" && /\.js$/i.test(arg));
    const input = script ? { path: arg, name: arg, format: { kind: "json" as const } } : await resolveInput(arg);
    const kind = input.format.kind;
    if (kind !== "xlsx" && kind !== "csv" && kind !== "json") throw inputError("cli.file.not-spreadsheet", {}, arg);
    const layout = script ? "index" : from === "auto" ? detectLayout(input.path) : from;
    if (opts.latest && layout !== "national") throw inputError("cli.import.latest-national");
    const file = input.name;
    const common = {
      ...checked, locale, file,
      ...(schema !== undefined ? { schema } : {}),
      ...(mapping ? { mapping } : {}),
      crosswalks,
      ...(opts.region !== undefined ? { region: opts.region } : {}),
      ...(opts.publisher !== undefined ? { publisher: opts.publisher } : {}),
      ...(opts.publisherCode !== undefined ? { publisherCreditCode: opts.publisherCode } : {}),
    };
    let imported: { catalogue: unknown; report: Report } | StreamedCsvImport | undefined = layout === "national"
      ? importNationalFile(input.path, { ...common, ...(opts.latest ? { latest: true } : {}) }, checked.maxRows)
      : layout === "guide" ? importGuideFile(input.path, common)
      : layout === "index" ? importIndexFile(input.path, common)
      : await importTemplateFile(input.path, checked.maxRows, { ...common, ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}) }, opts.output!);
    // A streamed import's report is already capped; capping it again changes nothing.
    const full = capReport(imported.report.truncated ? imported.report : buildReport(imported.report.issues, imported.report.summary.items), checked.maxIssues);
    const output = opts.output!;
    if (full.ok || opts.force) {
      if ("pending" in imported) imported.pending.moveTo(output);
      else writeJsonOutput(imported.catalogue, output);
      process.stderr.write(message("spreadsheet.written", locale, { files: output }) + "\n");
    } else {
      if ("pending" in imported) imported.pending.remove();
      process.stderr.write(message("spreadsheet.not-written", locale, { file: output }) + "\n");
    }
    // Dropped before the report is rendered: at 187,429 rows the catalogue holds hundreds of MB, and the report's text is as large again.
    imported = undefined;
    process.exitCode = emitReport({ report: full, files: [file], fileOf: (issue) => issue.file ?? file }, settings);
  });
}
