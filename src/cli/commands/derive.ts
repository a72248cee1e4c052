/** `zwfw derive <upper> --region … --agency-name … --agency-code … -o out.json`: draft a lower implementation list. */
import { stringifyJson } from "../../internal/stringify-json.js";
import fs from "node:fs";
import type { Command } from "commander";
import { agencyNatures, levels } from "../../codes/code-sets.js";
import { deriveImplementation } from "../../derive/derive-implementation.js";
import { message } from "../../i18n/messages.js";
import type { AgencyNatureCode, LevelCode } from "../../schema/types.js";
import { validate } from "../../validate/validate.js";
import { EXIT, inputError, wordedInputError } from "../errors.js";
import { readJsonFile } from "../input/read-input.js";
import { resolveInput } from "../input/resolve-input.js";
import { wrapText } from "../help/display-width.js";
import { HELP_WIDTH } from "../help/localized-help.js";
import { t } from "../locale.js";
import { addLocaleOption, emitReport, localeOption } from "../output.js";

interface DeriveFlags {
  region: string;
  agencyName: string;
  agencyCode: string;
  agencyNature: string;
  level?: string;
  title?: string;
  output?: string;
  locale: string;
}

/** Registers the derive command. */
export function registerDerive(program: Command): void {
  const command = program
    .command("derive")
    .description(t("cli.derive"))
    .argument("<upper>", t("cli.derive.upper"))
    .requiredOption("--region <code>", t("cli.derive.region"))
    .requiredOption("--agency-name <name>", t("cli.derive.agency-name"))
    .requiredOption("--agency-code <creditCode>", t("cli.derive.agency-code"))
    .option("--agency-nature <code>", t("cli.derive.agency-nature"), "1")
    .option("--level <n>", t("cli.derive.level"))
    .option("--title <title>", t("cli.derive.title"))
    .option("-o, --output <file>", t("cli.derive.output"))
    .addHelpText("after", `\n${wrapText(t("cli.derive.after"), HELP_WIDTH)}`);
  addLocaleOption(command)
    .action(async (file: string, opts: DeriveFlags) => {
      const locale = localeOption(opts.locale);
      if (!agencyNatures.entries.some((e) => e.code === opts.agencyNature)) throw inputError("cli.option.choice", { option: "--agency-nature", allowed: agencyNatures.entries.map((e) => e.code).join(" | "), value: opts.agencyNature });
      if (opts.level !== undefined && !levels.entries.some((e) => e.code === opts.level)) throw inputError("cli.option.choice", { option: "--level", allowed: levels.entries.map((e) => e.code).join(" | "), value: opts.level });
      const upper = readJsonFile((await resolveInput(file)).path, file);
      const checked = validate(upper, { locale });
      if (!checked.ok) {
        for (const issue of checked.issues) issue.file = file;
        process.exitCode = emitReport({ report: checked, files: [file], fileOf: (issue) => issue.file }, { format: "text", locale });
        return;
      }
      let derived;
      try {
        derived = deriveImplementation(upper, {
          region: { code: opts.region, ...(opts.level ? { level: opts.level as LevelCode } : {}) },
          agency: { name: opts.agencyName, creditCode: opts.agencyCode, nature: opts.agencyNature as AgencyNatureCode },
          ...(opts.title ? { title: opts.title } : {}),
        });
      } catch (error) {
        throw wordedInputError(error);
      }
      const json = stringifyJson(derived, 2) + "\n";
      const summary = message("derive.written", locale, { file: opts.output ?? "-", items: derived.items.length, todo: derived.extensions.todo.length });
      if (opts.output) {
        fs.writeFileSync(opts.output, json);
        process.stdout.write(summary + "\n");
      } else {
        process.stdout.write(json);
        process.stderr.write(summary + "\n");
      }
      process.exitCode = EXIT.ok;
    });
}
