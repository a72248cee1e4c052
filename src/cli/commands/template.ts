/** `zwfw template -o template.xlsx`: the empty workbook with header notes and dropdowns (导入模板). */
import type { Command } from "commander";
import { message } from "../../i18n/messages.js";
import { isCatalogueKind, type CatalogueKind } from "../../rules/item-kind.js";
import { InputError } from "../errors.js";
import { localeOption } from "../output.js";
import { writeSpreadsheet } from "./spreadsheet/write-spreadsheet.js";


/** Registers the template command. */
export function registerTemplate(program: Command): void {
  program
    .command("template")
    .description("write the empty import template (导入模板): header notes, dropdowns, frozen header")
    .requiredOption("-o, --output <file>", "template.xlsx (or template.csv for bare CSV headers)")
    .option("--kind <kind>", "basic | standard | implementation", "implementation")
    .option("--locale <locale>", "zh-CN | en", "zh-CN")
    .action(async (opts: { output: string; kind: string; locale: string }) => {
      const locale = localeOption(opts.locale);
      if (!isCatalogueKind(opts.kind)) throw new InputError(`--kind must be basic, standard or implementation (got "${opts.kind}")`);
      const files = await writeSpreadsheet({ schemaVersion: "1.0", kind: opts.kind as CatalogueKind, items: [] } as { kind: CatalogueKind }, opts.output);
      process.stderr.write(message("spreadsheet.written", locale, { files: files.join(", ") }) + "\n");
    });
}
