/**
 * `zwfw import <file.xlsx|file.csv> -o catalogue.json`: a spreadsheet in the template's layout → a v1
 * catalogue, with a report of every cell it could not read and the catalogue's validation findings.
 * On errors nothing is written unless --force. Exit 0 clean, 1 errors, 2 unreadable input.
 */
import fs from "node:fs";
import type { Command } from "commander";
import { levels } from "../../codes/code-sets.js";
import { importNational, type NationalImportOptions } from "../../national/import-national.js";
import { CROSSWALKS, crosswalkById } from "../../crosswalks/tables.js";
import { message } from "../../i18n/messages.js";
import { buildReport } from "../../report/issue.js";
import { isCatalogueKind, type CatalogueKind } from "../../rules/item-kind.js";
import type { LevelCode } from "../../schema/v1/types.js";
import { catalogueFromRows } from "../../spreadsheet/catalogue-from-rows.js";
import { unknownTargets, type ColumnMapping } from "../../spreadsheet/column-mapping.js";
import { sheetSpecs } from "../../spreadsheet/columns.js";
import { isRecord } from "../../spreadsheet/json-records.js";
import { codeOfLabel } from "../../spreadsheet/labels.js";
import { DEFAULT_MAX_ROWS } from "../../spreadsheet/workbook-import.js";
import { InputError } from "../errors.js";
import { localeOption, printReport, reportFormat } from "../output.js";
import { readJsonFile } from "../read-input.js";
import { readSpreadsheet } from "./spreadsheet/read-spreadsheet.js";

interface ImportOptions {
  output?: string;
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
  latest?: boolean;
  force?: boolean;
  report: string;
  locale: string;
}


/** Checks the options that take codes, so a typo is a usage error rather than a finding. */
function checkOptions(opts: ImportOptions): { kind?: CatalogueKind; level?: LevelCode; maxRows: number } {
  if (!opts.output) throw new InputError("-o <catalogue.json> is required");
  if (opts.kind !== undefined && !isCatalogueKind(opts.kind)) throw new InputError(`--kind must be basic, standard or implementation (got "${opts.kind}")`);
  const level = opts.level === undefined ? undefined : codeOfLabel(levels, opts.level);
  if (opts.level !== undefined && level === undefined) throw new InputError(`--level must be a level code 1–6 or its name, e.g. 县级 (got "${opts.level}")`);
  if (opts.region !== undefined && !/^\d{12}$/.test(opts.region)) throw new InputError(`--region must be a 12-digit region code (got "${opts.region}")`);
  const maxRows = Number(opts.maxRows);
  if (!Number.isSafeInteger(maxRows) || maxRows < 1) throw new InputError(`--max-rows must be a positive whole number (got "${opts.maxRows}")`);
  return { ...(opts.kind ? { kind: opts.kind as CatalogueKind } : {}), ...(level ? { level: level as LevelCode } : {}), maxRows };
}

/** Reads a --map file: an object of header → element title or property path, every target known. */
function readMapping(file: string): ColumnMapping {
  const mapping = readJsonFile(file);
  if (!isRecord(mapping) || !Object.values(mapping).every((v) => typeof v === "string")) {
    throw new InputError(`${file}: --map expects a JSON object of header → element title or property path, e.g. {"办理对象": "服务对象"}`);
  }
  const unknown = unknownTargets(mapping as ColumnMapping, sheetSpecs.flatMap((s) => s.columns));
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
  program
    .command("import")
    .description("import a spreadsheet (.xlsx or .csv) or JSON records as a catalogue (导入表格)")
    .argument("<file>", ".xlsx workbook, the items .csv (with out.materials.csv … beside it), or a .json array of records")
    .option("-o, --output <file>", "the catalogue JSON to write")
    .option("--sheet <name>", "the items sheet, when it is not 事项")
    .option("--kind <kind>", "basic | standard | implementation (default: 目录信息, else inferred)")
    .option("--region <code>", "区划代码 of the publishing region (overrides 目录信息)")
    .option("--level <level>", "层级 of the publishing region, e.g. 4 or 县级 (default: from the region code)")
    .option("--publisher <name>", "发布机构 (overrides 目录信息)")
    .option("--publisher-code <code>", "发布机构统一社会信用代码 (overrides 目录信息)")
    .option("--max-rows <n>", "rows read per sheet at most", String(DEFAULT_MAX_ROWS))
    .option("--from <layout>", "template (default) | national: the national exchange layout's column names (JSON records, AUDIT_* records)")
    .option("--latest", "national layout: keep only the newest task_version of each item")
    .option("--crosswalk <ids>", "the platform code tables the data uses, comma-separated, e.g. guangxi-time-unit (README: Crosswalks)")
    .option("--map <mapping.json>", "your headers → element titles or property paths, e.g. {\"办理对象\": \"服务对象\"}")
    .option("--force", "write the catalogue even when errors were found")
    .option("--report <format>", "text | json | markdown", "text")
    .option("--locale <locale>", "zh-CN | en", "zh-CN")
    .action(async (file: string, opts: ImportOptions) => {
      const format = reportFormat(opts.report);
      const locale = localeOption(opts.locale);
      const checked = checkOptions(opts);
      const mapping = opts.map === undefined ? undefined : readMapping(opts.map);
      const crosswalks = crosswalkOption(opts.crosswalk);
      const layout = opts.from ?? "template";
      if (layout !== "template" && layout !== "national") throw new InputError(`--from must be template or national (got "${layout}")`);
      if (opts.latest && layout !== "national") throw new InputError("--latest applies to --from national");
      const read = layout === "national" ? { sheets: [], issues: [] } : await readSpreadsheet(file, checked.maxRows, locale);
      const common = {
        ...checked, locale, file,
        ...(mapping ? { mapping } : {}),
        crosswalks,
        ...(opts.region !== undefined ? { region: opts.region } : {}),
        ...(opts.publisher !== undefined ? { publisher: opts.publisher } : {}),
        ...(opts.publisherCode !== undefined ? { publisherCreditCode: opts.publisherCode } : {}),
      };
      const { catalogue, report } = layout === "national"
        ? importNationalFile(file, { ...common, ...(opts.latest ? { latest: true } : {}) })
        : catalogueFromRows(read.sheets, { ...common, ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}) });
      const full = buildReport([...read.issues, ...report.issues], report.summary.items);
      const output = opts.output!;
      if (full.ok || opts.force) {
        fs.writeFileSync(output, JSON.stringify(catalogue, null, 2) + "\n");
        process.stderr.write(message("spreadsheet.written", locale, { files: output }) + "\n");
      } else {
        process.stderr.write(message("spreadsheet.not-written", locale, { file: output }) + "\n");
      }
      process.exitCode = printReport(full, format, locale);
    });
}
