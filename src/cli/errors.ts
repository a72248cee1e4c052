/** CLI failures that end with exit 2 and one clear line (usage errors, unreadable input), and the exit codes. */
import { cliCatalogue, type CliMessageId } from "../i18n/cli-messages.js";
import { isWorded } from "../i18n/localized-error.js";
import type { MessageParams } from "../i18n/entry.js";
import { t } from "./locale.js";

/** A usage or input error; the CLI prints its message alone and exits 2. */
export class InputError extends Error {
  /** The exit code of usage and input errors. */
  readonly exitCode = 2;
}

/**
 * A library error (a bad policy, a draft that cannot be derived …) as an input error, worded again in
 * the run's language from the message id it carries; an error without one keeps its message.
 */
export function wordedInputError(error: unknown, where?: string): InputError {
  const text = isWorded(error) && Object.hasOwn(cliCatalogue, error.messageId) ? t(error.messageId as CliMessageId, error.messageParams) : (error as Error).message;
  return new InputError(where === undefined ? text : `${where}: ${text}`);
}

/** An input error with a catalogue message in the run's language, after an optional "file:line:column" place. */
export function inputError(id: CliMessageId, params: MessageParams = {}, where?: string): InputError {
  return new InputError(where === undefined ? t(id, params) : `${where}: ${t(id, params)}`);
}

/**
 * Exit codes of every command: clean, findings (errors, or warnings over --max-warnings), usage or
 * input error, and 70 (EX_SOFTWARE of sysexits.h) for a bug in zwfw itself.
 */
export const EXIT = { ok: 0, findings: 1, input: 2, internal: 70 } as const;
