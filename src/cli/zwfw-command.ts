/**
 * The Command class of zwfw: help in the run's language (LocalizedHelp) and commander's usage
 * errors rewritten from the message catalogue by their error code, one line each.
 */
import { Command } from "commander";
import type { CliMessageId } from "../i18n/cli-messages.js";
import { LocalizedHelp } from "./help/localized-help.js";
import { t } from "./locale.js";

/** commander error codes with a catalogue line of their own. */
const USAGE_ERRORS: Record<string, CliMessageId> = {
  "commander.unknownOption": "cli.usage.unknownOption",
  "commander.unknownCommand": "cli.usage.unknownCommand",
  "commander.missingArgument": "cli.usage.missingArgument",
  "commander.optionMissingArgument": "cli.usage.optionMissingArgument",
  "commander.missingMandatoryOptionValue": "cli.usage.missingMandatoryOptionValue",
  "commander.excessArguments": "cli.usage.excessArguments",
  "commander.conflictingOption": "cli.usage.conflictingOption",
  "commander.invalidArgument": "cli.usage.invalidArgument",
};

/**
 * The catalogue line of a commander usage error. commander passes only its English sentence, so the
 * names it quotes ('--foo', 'files') and its "Did you mean" hint are taken from that sentence.
 */
export function usageErrorLine(code: string | undefined, english: string): string {
  const quoted = [...english.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  const suggestion = /Did you mean (\S+?)\?/.exec(english)?.[1];
  const id = code === undefined ? undefined : USAGE_ERRORS[code];
  if (id === "cli.usage.excessArguments") {
    const [, expected, got] = /Expected (\d+) arguments? but got (\d+)/.exec(english) ?? [];
    return t(id, { expected, got });
  }
  if (id) return t(id, { name: quoted[0] ?? "", other: quoted[1] ?? "", value: quoted[1] ?? "", suggestion });
  return t("cli.usage.other", { text: english.replace(/^error: /, "").split("\n")[0] });
}

/** A commander Command that speaks the run's language. */
export class ZwfwCommand extends Command {
  override createCommand(name?: string): Command {
    return new ZwfwCommand(name);
  }

  override createHelp(): LocalizedHelp {
    return Object.assign(new LocalizedHelp(), this.configureHelp());
  }

  override error(message: string, errorOptions?: { code?: string; exitCode?: number }): never {
    // Help and version end through here with exit 0 and must print as they are.
    if ((errorOptions?.exitCode ?? 1) === 0) return super.error(message, errorOptions);
    return super.error(usageErrorLine(errorOptions?.code, message), errorOptions);
  }
}
