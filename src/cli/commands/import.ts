/**
 * `zwfw import <file.xlsx|file.csv> -o catalogue.json`: a spreadsheet in the template's layout → a
 * catalogue of the major --schema names (default: the workbook's 标准版本, else the newest), with a report of every cell it could not read and the catalogue's validation findings.
 * On errors nothing is written unless --force. Exit 0 clean, 1 errors, 2 unreadable input.
 */
import { stringifyJson } from "../../internal/stringify-json.js";
import type { Command } from "commander";
import { levels } from "../../codes/code-sets.js";
import { importNational, type NationalImportOptions } from "../../national/import-national.js";
import { CROSSWALKS, crosswalkById } from "../../crosswalks/tables.js";
import { message } from "../../i18n/messages.js";
import { buildReport } from "../../report/issue.js";
import { CATALOGUE_KINDS, isCatalogueKind, type CatalogueKind } from "../../rules/item-kind.js";
import type { LevelCode } from "../../schema/v1/types.js";
import { catalogueFromRows } from "../../spreadsheet/catalogue-from-rows.js";
import { unknownTargets, type ColumnMapping } from "../../spreadsheet/column-mapping.js";
import { latestMajor, majors } from "../../schema/majors.js";
import { layoutOf } from "../../spreadsheet/layout.js";
import { schemaOption } from "../schema-option.js";
import { isRecord } from "../../spreadsheet/json-records.js";
import { codeOfLabel } from "../../spreadsheet/labels.js";
import { DEFAULT_MAX_ROWS } from "../../spreadsheet/workbook-import.js";
import { InputError, inputError } from "../errors.js";
import { readJsonFile } from "../input/read-input.js";
import { resolveInput } from "../input/resolve-input.js";
import { t } from "../locale.js";
import { addReportOptions, emitReport, integerOption, reportSettings, writeOutput, type ReportFlags } from "../output.js";
import { readSpreadsheet } from "./spreadsheet/read-spreadsheet.js";

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
}

/** Checks the options that take codes, so a typo is a usage error rather than a finding. */
function checkOptions(opts: ImportOptions): { kind?: CatalogueKind; level?: LevelCode; maxRows: number } {
  if (!opts.output) throw inputError("cli.option.import-output");
  if (opts.kind !== undefined && !isCatalogueKind(opts.kind)) throw inputError("cli.option.choice", { option: "--kind", allowed: CATALOGUE_KINDS.join(" | "), value: opts.kind });
  const level = opts.level === undefined ? undefined : codeOfLabel(levels, opts.level);
  if (opts.level !== undefined && level === undefined) {
    throw inputError("cli.option.choice", { option: "--level", allowed: levels.entries.map((e) => `${e.code} ${e.zh}`).join(" | "), value: opts.level });
  }
  if (opts.region !== undefined && !/^\d{12}$/.test(opts.region)) throw inputError("cli.option.region-code", { option: "--region", value: opts.region });
  const maxRows = integerOption("--max-rows", opts.maxRows, 1);
  return { ...(opts.kind ? { kind: opts.kind as CatalogueKind } : {}), ...(level ? { level: level as LevelCode } : {}), maxRows };
}

/** Reads a --map file: an object of header → element title or property path, every target known. */
function readMapping(file: string, schema: string | undefined): ColumnMapping {
  const mapping = readJsonFile(file);
  if (!isRecord(mapping) || !Object.values(mapping).every((v) => typeof v === "string")) {
    throw new InputError(`${file}: --map expects a JSON object of header → element title or property path, e.g. {"办理对象": "服务对象"}`);
  }
  const unknown = unknownTargets(mapping as ColumnMapping, layoutOf(schemaOption(schema) ?? latestMajor).sheets.flatMap((s) => s.columns));
  if (unknown.length > 0) throw new InputError(`${file}: --map names no element ${unknown.map((t) => `"${t}"`).join(", ")} (use a column title such as 事项名称, or a property path such as agency/name)`);
  return mapping as ColumnMapping;
}

/** Parses --crosswalk: known crosswalk ids, comma-separated. */
function crosswalkOption(value: string | undefined): string[] {
  const ids = (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const unknown = ids.filter((id) => crosswalkById(id) === undefined);
  if (unknown.length > 0) throw new InputError(`--crosswalk: unknown ${unknown.join(", ")} (known: ${CROSSWALKS.map((c) => c.id).join(", ")})`);
  return ids;
}

/** Reads a national-layout JSON file (array of records, AUDIT_* records, or { samples: [{ records }] }). */
function importNationalFile(file: string, options: NationalImportOptions) {
  if (!/\.json$/i.test(file)) throw new InputError(`${file}: --from national reads JSON records (.json)`);
  const document = readJsonFile(file);
  try {
    return importNational(document, options);
  } catch (error) {
    if (error instanceof TypeError) throw new InputError(`${file}: ${error.message}`);
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
    const layout = opts.from ?? "template";
    if (layout !== "template" && layout !== "national") throw inputError("cli.option.choice", { option: "--from", allowed: "template | national", value: layout });
    if (opts.latest && layout !== "national") throw new InputError("--latest applies to --from national");
    const input = await resolveInput(arg);
    const kind = input.format.kind;
    if (kind !== "xlsx" && kind !== "csv" && kind !== "json") throw inputError("cli.file.not-spreadsheet", {}, arg);
    const file = input.name;
    const read = layout === "national" ? { sheets: [], issues: [] } : await readSpreadsheet(input.path, checked.maxRows, locale);
    const common = {
      ...checked, locale, file,
      ...(schema !== undefined ? { schema } : {}),
      ...(mapping ? { mapping } : {}),
      crosswalks,
      ...(opts.region !== undefined ? { region: opts.region } : {}),
      ...(opts.publisher !== undefined ? { publisher: opts.publisher } : {}),
      ...(opts.publisherCode !== undefined ? { publisherCreditCode: opts.publisherCode } : {}),
    };
    const { catalogue, report } = layout === "national"
      ? importNationalFile(input.path, { ...common, ...(opts.latest ? { latest: true } : {}) })
      : catalogueFromRows(read.sheets, { ...common, ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}) });
    const full = buildReport([...read.issues, ...report.issues], report.summary.items);
    const output = opts.output!;
    if (full.ok || opts.force) {
      writeOutput(stringifyJson(catalogue, 2) + "\n", output);
      process.stderr.write(message("spreadsheet.written", locale, { files: output }) + "\n");
    } else {
      process.stderr.write(message("spreadsheet.not-written", locale, { file: output }) + "\n");
    }
    process.exitCode = emitReport({ report: full, files: [file], fileOf: (issue) => issue.file ?? file }, settings);
  });
}
