/**
 * `zwfw import <file.xlsx|file.csv> -o catalogue.json`: a spreadsheet in the template's layout → a v1
 * catalogue, with a report of every cell it could not read and the catalogue's validation findings.
 * On errors nothing is written unless --force. Exit 0 clean, 1 errors, 2 unreadable input.
 */
import { stringifyJson } from "../../internal/stringify-json.js";
import type { Command } from "commander";
import { levels } from "../../codes/code-sets.js";
import { message } from "../../i18n/messages.js";
import { buildReport } from "../../report/issue.js";
import { CATALOGUE_KINDS, isCatalogueKind, type CatalogueKind } from "../../rules/item-kind.js";
import type { LevelCode } from "../../schema/v1/types.js";
import { catalogueFromRows } from "../../spreadsheet/catalogue-from-rows.js";
import { codeOfLabel } from "../../spreadsheet/labels.js";
import { DEFAULT_MAX_ROWS } from "../../spreadsheet/workbook-import.js";
import { inputError } from "../errors.js";
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
    .option("--force", t("cli.import.force"));
  // -o names the catalogue here, so the report file has a long option of its own.
  addReportOptions(command, "--report-output <file>").action(async (arg: string, opts: ImportOptions) => {
    const settings = reportSettings(opts, "reportOutput");
    const locale = settings.locale;
    const checked = checkOptions(opts);
    const input = await resolveInput(arg);
    if (input.format.kind !== "xlsx" && input.format.kind !== "csv") throw inputError("cli.file.not-spreadsheet", {}, arg);
    const read = await readSpreadsheet(input.path, checked.maxRows, locale);
    const file = input.name;
    const { catalogue, report } = catalogueFromRows(read.sheets, {
      ...checked, locale, file,
      ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
      ...(opts.region !== undefined ? { region: opts.region } : {}),
      ...(opts.publisher !== undefined ? { publisher: opts.publisher } : {}),
      ...(opts.publisherCode !== undefined ? { publisherCreditCode: opts.publisherCode } : {}),
    });
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
