/** `zwfw schema-diff <old> <new>`: the classified changes between two schema versions and the bump they require. */
import type { Command } from "commander";
import { compareBumps, diffSchemas, diffSchemaSets, SchemaDiffError, type Bump, type SchemaDiff } from "../../diff/schema/index.js";
import type { Locale } from "../../i18n/locale.js";
import { EXIT, inputError, wordedInputError } from "../errors.js";
import { t } from "../locale.js";
import { addLocaleOption, localeOption, reportFormat, useColor } from "../output.js";
import { isFolder, readSchemaFolder, readSchemaWithRefs } from "../read-schemas.js";
import { renderSchemaDiffMarkdown } from "../render/diff-schema-markdown.js";
import { renderSchemaDiffText } from "../render/diff-schema-text.js";
import { renderJson } from "../../report/render/json.js";

const FAIL_ON = ["major", "minor", "patch"] as const;

/** Diffs two schema files (with the files they reference) or two folders of schema files. */
export function diffSchemaPaths(oldPath: string, newPath: string, locale: Locale): SchemaDiff {
  const folders = [isFolder(oldPath), isFolder(newPath)];
  if (folders[0] !== folders[1]) throw inputError("cli.schema.mixed");
  try {
    if (folders[0]) return diffSchemaSets(readSchemaFolder(oldPath), readSchemaFolder(newPath), { locale });
    const old = readSchemaWithRefs(oldPath);
    const next = readSchemaWithRefs(newPath);
    for (const [file, schema] of [[oldPath, old.schema], [newPath, next.schema]] as const) {
      if (typeof schema !== "boolean" && (typeof schema !== "object" || schema === null || Array.isArray(schema))) {
        throw inputError("cli.schema.not-a-schema", {}, file);
      }
    }
    return diffSchemas(old.schema, next.schema, { oldRefs: old.refs, newRefs: next.refs, locale });
  } catch (error) {
    // A pointer alone ("/properties/x is not …") does not say which of the two files it is in.
    if (error instanceof SchemaDiffError) throw wordedInputError(error, String(error.messageParams.at ?? "").startsWith("/") ? `${oldPath} → ${newPath}` : undefined);
    throw error;
  }
}

/** Registers the schema-diff command. */
export function registerSchemaDiff(program: Command): void {
  const command = program
    .command("schema-diff")
    .description(t("cli.schema-diff"))
    .argument("<old>", t("cli.schema-diff.old"))
    .argument("<new>", t("cli.schema-diff.new"))
    .option("--report <format>", t("cli.opt.report", { formats: "text | json | markdown" }), "text")
    .option("--fail-on <bump>", t("cli.schema-diff.fail-on"));
  addLocaleOption(command)
    .action((oldPath: string, newPath: string, opts: { report: string; failOn?: string; locale: string }) => {
      const format = reportFormat(opts.report, ["text", "json", "markdown"]);
      const locale = localeOption(opts.locale);
      if (opts.failOn !== undefined && !(FAIL_ON as readonly string[]).includes(opts.failOn)) {
        throw inputError("cli.option.choice", { option: "--fail-on", allowed: FAIL_ON.join(" | "), value: opts.failOn });
      }
      const diff = diffSchemaPaths(oldPath, newPath, locale);
      const color = useColor();
      process.stdout.write(
        format === "json" ? renderJson(diff) : format === "markdown" ? renderSchemaDiffMarkdown(diff, locale) : renderSchemaDiffText(diff, locale, color),
      );
      const failed = opts.failOn !== undefined && compareBumps(diff.bump, opts.failOn as Bump) >= 0;
      process.exitCode = failed ? EXIT.findings : EXIT.ok;
    });
}
