/** `zwfw derive <upper> --region … --agency-name … --agency-code … -o out.json`: draft a lower implementation list. */
import { stringifyJson } from "../../internal/stringify-json.js";
import fs from "node:fs";
import type { Command } from "commander";
import { agencyNatures, levels } from "../../codes/code-sets.js";
import { deriveImplementation } from "../../derive/derive-implementation.js";
import { message } from "../../i18n/messages.js";
import type { AgencyNatureCode, LevelCode } from "../../schema/v1/types.js";
import { validate } from "../../validate/validate.js";
import { EXIT, InputError } from "../errors.js";
import { localeOption, printReport } from "../output.js";
import { readJsonFile } from "../read-input.js";

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
  program
    .command("derive")
    .description("draft a lower implementation list from an upper standard list (从上级标准化清单生成本级实施清单草稿); the upper list is validated first")
    .argument("<upper>", "upper standard or implementation list (JSON)")
    .requiredOption("--region <code>", "12-digit region code of the lower level")
    .requiredOption("--agency-name <name>", "implementing agency (实施主体)")
    .requiredOption("--agency-code <creditCode>", "the agency's 18-character unified social credit code")
    .option("--agency-nature <code>", "1 法定机关 | 2 授权组织 | 3 受委托组织 | 9 其他", "1")
    .option("--level <n>", "level 2–6; by default the level the region code implies (must agree with it)")
    .option("--title <title>", "title of the drafted list")
    .option("-o, --output <file>", "write the draft here instead of stdout")
    .option("--locale <locale>", "zh-CN | en", "zh-CN")
    .addHelpText("after", "\nThe draft leaves location, hours, consultation and complaint to fill; their JSON Pointers are listed in extensions.todo.")
    .action((file: string, opts: DeriveFlags) => {
      const locale = localeOption(opts.locale);
      if (!agencyNatures.entries.some((e) => e.code === opts.agencyNature)) throw new InputError(`--agency-nature must be 1, 2, 3 or 9 (got "${opts.agencyNature}")`);
      if (opts.level !== undefined && !levels.entries.some((e) => e.code === opts.level)) throw new InputError(`--level must be 1–6 (got "${opts.level}")`);
      const upper = readJsonFile(file);
      const checked = validate(upper, { locale });
      if (!checked.ok) {
        for (const issue of checked.issues) issue.file = file;
        process.exitCode = printReport(checked, "text", locale);
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
        throw new InputError((error as Error).message.replace(/^deriveImplementation: /, ""));
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
