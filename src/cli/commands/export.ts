/** `zwfw export <catalogue.json> -o file.xlsx|file.csv`: a catalogue in the template's layout (导出表格). */
import fs from "node:fs";
import type { Command } from "commander";
import { nationalFromCatalogue } from "../../national/export-national.js";
import { message } from "../../i18n/messages.js";
import { isCatalogueKind, type CatalogueKind } from "../../rules/item-kind.js";
import { InputError } from "../errors.js";
import { localeOption } from "../output.js";
import { readJsonFile } from "../read-input.js";
import { writeSpreadsheet } from "./spreadsheet/write-spreadsheet.js";


/** Registers the export command. */
export function registerExport(program: Command): void {
  program
    .command("export")
    .description("export a catalogue as an .xlsx workbook or CSV files in the template's layout (导出表格)")
    .argument("<catalogue>", "catalogue JSON file")
    .requiredOption("-o, --output <file>", "out.xlsx, or out.csv (also writes out.info.csv, out.materials.csv …)")
    .option("--to <layout>", "template (default) | national: JSON records with the national exchange layout's column names")
    .option("--locale <locale>", "zh-CN | en", "zh-CN")
    .action(async (file: string, opts: { output: string; locale: string; to?: string }) => {
      const locale = localeOption(opts.locale);
      const doc = readJsonFile(file) as { kind?: unknown; items?: unknown };
      if (typeof doc !== "object" || doc === null || !isCatalogueKind(doc.kind) || !Array.isArray(doc.items)) {
        throw new InputError(`${file}: not a catalogue (needs "kind": basic, standard or implementation, and "items")`);
      }
      const layout = opts.to ?? "template";
      if (layout !== "template" && layout !== "national") throw new InputError(`--to must be template or national (got "${layout}")`);
      if (layout === "national") {
        if (!/\.json$/i.test(opts.output)) throw new InputError(`-o must name a .json file for --to national (got "${opts.output}")`);
        fs.writeFileSync(opts.output, JSON.stringify(nationalFromCatalogue(doc as { kind: CatalogueKind }), null, 2) + "\n");
        process.stderr.write(message("spreadsheet.written", locale, { files: opts.output }) + "\n");
        return;
      }
      const files = await writeSpreadsheet(doc as { kind: CatalogueKind }, opts.output);
      process.stderr.write(message("spreadsheet.written", locale, { files: files.join(", ") }) + "\n");
    });
}
