/** `zwfw export <catalogue.json> -o file.xlsx|file.csv`: a catalogue in the template's layout (导出表格). */
import type { Command } from "commander";
import { message } from "../../i18n/messages.js";
import { isCatalogueKind, type CatalogueKind } from "../../rules/item-kind.js";
import { inputError } from "../errors.js";
import { readJsonFile } from "../input/read-input.js";
import { resolveInput } from "../input/resolve-input.js";
import { t } from "../locale.js";
import { addLocaleOption, localeOption } from "../output.js";
import { exportProblem } from "../../spreadsheet/rows-from-catalogue.js";
import { writeNationalFile } from "./spreadsheet/national-files.js";
import { writeSpreadsheet } from "./spreadsheet/write-spreadsheet.js";


/** Registers the export command. */
export function registerExport(program: Command): void {
  const command = program
    .command("export")
    .description(t("cli.export"))
    .argument("<catalogue>", t("cli.export.catalogue"))
    .requiredOption("-o, --output <file>", t("cli.export.output"))
    .option("--to <layout>", t("cli.export.to"));
  addLocaleOption(command)
    .action(async (file: string, opts: { output: string; locale: string; to?: string }) => {
      const locale = localeOption(opts.locale);
      const doc = readJsonFile((await resolveInput(file)).path, file) as { kind?: unknown; items?: unknown };
      if (typeof doc !== "object" || doc === null || !isCatalogueKind(doc.kind) || !Array.isArray(doc.items)) {
        throw inputError("cli.file.not-catalogue", {}, file);
      }
      // A value the layout has no place for (a null item) is named by its pointer, not met as a crash.
      const problem = exportProblem(doc);
      if (problem !== undefined) throw inputError(problem.id, problem.params, file);
      const layout = opts.to ?? "template";
      if (layout !== "template" && layout !== "national") throw inputError("cli.option.choice", { option: "--to", allowed: "template | national", value: layout });
      if (layout === "national") {
        const files = writeNationalFile(doc as { kind: CatalogueKind }, opts.output);
        process.stderr.write(message("spreadsheet.written", locale, { files: files.join(", ") }) + "\n");
        return;
      }
      const files = await writeSpreadsheet(doc as { kind: CatalogueKind }, opts.output);
      process.stderr.write(message("spreadsheet.written", locale, { files: files.join(", ") }) + "\n");
    });
}
