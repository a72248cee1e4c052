#!/usr/bin/env node
/**
 * The `zwfw` command. Exit codes: 0 no error found, 1 findings (errors, or warnings over
 * --max-warnings), 2 usage or input error, 70 internal error (a bug in zwfw): each failure is one
 * line on stderr in the run's language, never a stack trace.
 */
import { CommanderError, type Command } from "commander";
import { commands } from "./commands/index.js";
import { EXIT, InputError } from "./errors.js";
import { HELP_WIDTH } from "./help/localized-help.js";
import { wrapText } from "./help/display-width.js";
import { localeOfArguments, setCliLocale, t } from "./locale.js";
import { addLocaleOption } from "./output.js";
import { ZwfwCommand } from "./zwfw-command.js";

/** Builds the program with every command registered, its texts in the run's language. */
export function createProgram(): Command {
  const program = new ZwfwCommand("zwfw")
    .description(t("cli.description"))
    .version(process.env.ZWFW_VERSION ?? "0.0.0", "-v, --version", t("cli.version.option"))
    .helpOption("-h, --help", t("cli.help.option"))
    .helpCommand("help [command]", t("cli.help.command"))
    .addHelpText("before", t("cli.quick-start"))
    .addHelpText("after", `\n${wrapText(t("cli.exit-codes"), HELP_WIDTH)}`)
    .showHelpAfterError(false)
    .exitOverride()
    // Usage errors are one line (ZwfwCommand words them); commander's follow-up hints would make them several.
    .configureOutput({ outputError: (s, write) => write(`zwfw: ${s.split("\n")[0]}\n`) });
  addLocaleOption(program);
  for (const register of commands) register(program);
  for (const command of program.commands) command.helpOption("-h, --help", t("cli.help.option")).exitOverride();
  return program;
}

/** The one line and exit code of an error that ended a run. */
export function failureOf(error: unknown): { line?: string; code: number } {
  // --help and --version end with exit 0; commander has already printed its one line otherwise.
  if (error instanceof CommanderError) return { code: error.exitCode === 0 ? EXIT.ok : EXIT.input };
  if (error instanceof InputError) return { line: error.message, code: EXIT.input };
  if (error instanceof RangeError) return { line: t("cli.too-large", { reason: error.message }), code: EXIT.input };
  const e = error as NodeJS.ErrnoException;
  // A system call that failed on the user's files (permissions, a full disk) is an input error, not a bug.
  if (typeof e?.code === "string" && typeof e.syscall === "string") {
    return { line: `${e.path ?? ""}${e.path ? ": " : ""}${t("cli.file.cannot-read", { code: e.code })}`, code: EXIT.input };
  }
  if (process.env.ZWFW_DEBUG) console.error(error);
  return { line: t("cli.internal", { reason: error instanceof Error ? error.message : String(error) }), code: EXIT.internal };
}

/** Runs the CLI with the given arguments and resolves to the exit code. */
export async function run(argv: string[]): Promise<number> {
  const { locale, invalid } = localeOfArguments(argv, process.env);
  setCliLocale(locale);
  try {
    if (invalid !== undefined) throw new InputError(t("cli.option.choice", { option: "--locale", allowed: "zh-CN | en", value: invalid }));
    // The crash-exit test's hook: a bug in zwfw must end with exit 70, never 2.
    if (process.env.ZWFW_TEST_INTERNAL_ERROR === "1") throw new TypeError("ZWFW_TEST_INTERNAL_ERROR is set");
    process.exitCode = 0;
    // Without a command commander prints the whole help as an error; a usage error is one line.
    if (argv.length === 0) throw new InputError(t("input.no-command"));
    await createProgram().parseAsync(argv, { from: "user" });
    return Number(process.exitCode ?? 0);
  } catch (error) {
    const failure = failureOf(error);
    if (failure.line !== undefined) process.stderr.write(`zwfw: ${failure.line.split("\n")[0]}\n`);
    return failure.code;
  }
}

// A reader that goes away (`zwfw … | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
}

// Last line of defence: whatever escapes a command is a bug, and ends with one line and exit 70
// (set ZWFW_DEBUG=1 to see the stack when debugging the tool itself).
for (const event of ["uncaughtException", "unhandledRejection"] as const) {
  process.on(event, (error: unknown) => {
    const failure = failureOf(error);
    process.stderr.write(`zwfw: ${(failure.line ?? "").split("\n")[0]}\n`);
    process.exit(failure.code);
  });
}

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
