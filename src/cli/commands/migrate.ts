/** `zwfw migrate <file> --to v2 [-o out]`: a document moved to another major (stdout without -o); dropped elements go to stderr. */
import fs from "node:fs";
import type { Command } from "commander";
import { message } from "../../i18n/messages.js";
import { migrate } from "../../migrate/migrate.js";
import { majorOfDocument, majors } from "../../schema/majors.js";
import { EXIT, InputError } from "../errors.js";
import { localeOption } from "../output.js";
import { readJsonFile } from "../input/read-input.js";

/** Registers the migrate command. */
export function registerMigrate(program: Command): void {
  program
    .command("migrate")
    .description("move a catalogue to another major of the standard (迁移到另一主版本), e.g. --to v2; what the target cannot hold is dropped and listed on stderr")
    .argument("<file>", "catalogue (JSON) whose schemaVersion names its major")
    .requiredOption("--to <major>", `target major: ${majors.map((m) => m.id).join(" | ")}`)
    .option("-o, --output <file>", "write the migrated document here instead of stdout")
    .option("--locale <locale>", "zh-CN | en", "zh-CN")
    .action((file: string, opts: { to: string; output?: string; locale: string }) => {
      const locale = localeOption(opts.locale);
      if (!majors.some((m) => m.id === opts.to)) throw new InputError(message("migrate.unknown-major", locale, { major: opts.to, known: majors.map((m) => m.id).join(", ") }));
      const document = readJsonFile(file);
      const from = majorOfDocument(document);
      if (!from) throw new InputError(`${file}: ${message("migrate.no-version", locale)}`);
      const migrated = migrate(document, {
        from: from.id,
        to: opts.to,
        onDropped: (path) => process.stderr.write(`zwfw: ${message("migrate.dropped", locale, { path, to: opts.to })}\n`),
      });
      const text = JSON.stringify(migrated, null, 2) + "\n";
      if (opts.output !== undefined) fs.writeFileSync(opts.output, text);
      else process.stdout.write(text);
      process.exitCode = EXIT.ok;
    });
}
