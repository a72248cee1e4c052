/** `zwfw export <catalogue.json> -o file.xlsx|file.csv`: a catalogue in the template's layout (导出表格). */
import type { Command } from "commander";
import { message } from "../../i18n/messages.js";
import { isCatalogueKind, type CatalogueKind } from "../../rules/item-kind.js";
import { InputError } from "../errors.js";
import { localeOption } from "../output.js";
import { readJsonFile } from "../read-input.js";
import { exportProblem } from "../../spreadsheet/rows-from-catalogue.js";
import { writeSpreadsheet } from "./spreadsheet/write-spreadsheet.js";


/** Registers the export command. */
export function registerExport(program: Command): void {
  program
    .command("export")
    .description("export a catalogue as an .xlsx workbook or CSV files in the template's layout (导出表格)")
    .argument("<catalogue>", "catalogue JSON file")
    .requiredOption("-o, --output <file>", "out.xlsx, or out.csv (also writes out.info.csv, out.materials.csv …)")
    .option("--locale <locale>", "zh-CN | en", "zh-CN")
    .action(async (file: string, opts: { output: string; locale: string }) => {
      const locale = localeOption(opts.locale);
      const doc = readJsonFile(file) as { kind?: unknown; items?: unknown };
      if (typeof doc !== "object" || doc === null || !isCatalogueKind(doc.kind) || !Array.isArray(doc.items)) {
        throw new InputError(`${file}: not a catalogue (needs "kind": basic, standard or implementation, and "items")`);
      }
      // A value the layout has no place for (a null item) is named by its pointer, not met as a crash.
      const problem = exportProblem(doc);
      if (problem !== undefined) throw new InputError(`${file}: ${problem}`);
      const files = await writeSpreadsheet(doc as { kind: CatalogueKind }, opts.output);
      process.stderr.write(message("spreadsheet.written", locale, { files: files.join(", ") }) + "\n");
    });
}
