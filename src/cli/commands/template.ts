/** `zwfw template -o template.xlsx`: the empty workbook with header notes and dropdowns (导入模板). */
import type { Command } from "commander";
import { message } from "../../i18n/messages.js";
import { CATALOGUE_KINDS, isCatalogueKind, type CatalogueKind } from "../../rules/item-kind.js";
import { latestMajor, majors } from "../../schema/majors.js";
import { schemaOption } from "../schema-option.js";
import { inputError } from "../errors.js";
import { t } from "../locale.js";
import { addLocaleOption, localeOption } from "../output.js";
import { writeSpreadsheet } from "./spreadsheet/write-spreadsheet.js";


/** Registers the template command. */
export function registerTemplate(program: Command): void {
  const command = program
    .command("template")
    .description(t("cli.template"))
    .requiredOption("-o, --output <file>", t("cli.template.output"))
    .option("--kind <kind>", t("cli.template.kind"), "implementation")
    .option("--schema <major>", t("cli.template.schema", { majors: majors.map((m) => m.id).join(" | "), latest: latestMajor.id }));
  addLocaleOption(command)
    .action(async (opts: { output: string; kind: string; schema?: string; locale: string }) => {
      const locale = localeOption(opts.locale);
      if (!isCatalogueKind(opts.kind)) throw inputError("cli.option.choice", { option: "--kind", allowed: CATALOGUE_KINDS.join(" | "), value: opts.kind });
      const major = schemaOption(opts.schema) ?? latestMajor;
      const files = await writeSpreadsheet({ schemaVersion: major.schemaVersion, kind: opts.kind as CatalogueKind, items: [] } as { kind: CatalogueKind }, opts.output);
      process.stderr.write(message("spreadsheet.written", locale, { files: files.join(", ") }) + "\n");
    });
}
