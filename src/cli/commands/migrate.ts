/** `zwfw migrate <file> --to v2 [-o out]`: a document moved to another major (stdout without -o); dropped elements go to stderr. */
import type { Command } from "commander";
import { message } from "../../i18n/messages.js";
import { stringifyJson } from "../../internal/stringify-json.js";
import { migrate } from "../../migrate/migrate.js";
import { majorOfDocument, majors } from "../../schema/majors.js";
import { EXIT, InputError } from "../errors.js";
import { readJsonFile } from "../input/read-input.js";
import { resolveInput } from "../input/resolve-input.js";
import { t } from "../locale.js";
import { addLocaleOption, localeOption, writeOutput } from "../output.js";

/** Registers the migrate command. */
export function registerMigrate(program: Command): void {
  const command = program
    .command("migrate")
    .description(t("cli.migrate"))
    .argument("<file>", t("cli.migrate.file"))
    .requiredOption("--to <major>", t("cli.migrate.to", { majors: majors.map((m) => m.id).join(" | ") }))
    .option("-o, --output <file>", t("cli.migrate.output"));
  addLocaleOption(command).action(async (file: string, opts: { to: string; output?: string; locale: string }) => {
    const locale = localeOption(opts.locale);
    if (!majors.some((m) => m.id === opts.to)) throw new InputError(message("migrate.unknown-major", locale, { major: opts.to, known: majors.map((m) => m.id).join(", ") }));
    const document = readJsonFile((await resolveInput(file)).path, file);
    const from = majorOfDocument(document);
    if (!from) throw new InputError(`${file}: ${message("migrate.no-version", locale)}`);
    const migrated = migrate(document, {
      from: from.id,
      to: opts.to,
      onDropped: (path) => process.stderr.write(`zwfw: ${message("migrate.dropped", locale, { path, to: opts.to })}\n`),
    });
    writeOutput(stringifyJson(migrated, 2) + "\n", opts.output);
    process.exitCode = EXIT.ok;
  });
}
