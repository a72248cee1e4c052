#!/usr/bin/env node
/**
 * The `zwfw` command. Exit codes: 0 no error found, 1 errors found, 2 usage or input error (one
 * line on stderr, never a stack trace).
 */
import { Command, CommanderError } from "commander";
import { commands } from "./commands/index.js";
import { bilingual } from "../i18n/messages.js";
import { EXIT, InputError } from "./errors.js";

/** Builds the program with every command registered. */
export function createProgram(): Command {
  const program = new Command("zwfw")
    .description("政务服务事项标准工具：校验、逐级一致性检查、差异比对 (zwfw-standard)")
    .version(process.env.ZWFW_VERSION ?? "0.0.0", "-v, --version")
    .showHelpAfterError(false)
    .exitOverride()
    // Usage errors are one line; commander's follow-up hints would make them several.
    .configureOutput({ outputError: (s, write) => write(`zwfw: ${s.split("\n")[0]!.replace(/^error: /, "")}\n`) });
  for (const register of commands) register(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs the CLI with the given arguments and resolves to the exit code. */
export async function run(argv: string[]): Promise<number> {
  try {
    process.exitCode = 0;
    // Without a command commander prints the whole help as an error; a usage error is one line.
    if (argv.length === 0) throw new InputError(bilingual("input.no-command"));
    await createProgram().parseAsync(argv, { from: "user" });
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with exit 0; commander already printed its one-line message otherwise.
      return error.exitCode === 0 ? EXIT.ok : EXIT.input;
    }
    if (error instanceof InputError) {
      process.stderr.write(`zwfw: ${error.message}\n`);
      return EXIT.input;
    }
    if (error instanceof RangeError) {
      process.stderr.write(`zwfw: input nests too deeply or is too large to process (${error.message})\n`);
      return EXIT.input;
    }
    const e = error as NodeJS.ErrnoException;
    const text = e.message ?? String(error);
    process.stderr.write(`zwfw: ${e.code && !text.includes(e.code) ? `${e.code}: ` : ""}${text}\n`);
    return EXIT.input;
  }
}

// A reader that goes away (`zwfw … | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
}

// Last line of defence: whatever escapes a command still ends with one line and exit 2
// (set ZWFW_DEBUG=1 to see the stack when debugging the tool itself).
for (const event of ["uncaughtException", "unhandledRejection"] as const) {
  process.on(event, (error: unknown) => {
    if (process.env.ZWFW_DEBUG) console.error(error);
    process.stderr.write(`zwfw: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(EXIT.input);
  });
}

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
