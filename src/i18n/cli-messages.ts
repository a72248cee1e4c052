/**
 * The CLI's part of the message catalogue: the core catalogue plus help texts and error lines that
 * only the `zwfw` command prints. Kept out of `catalogue` so browser bundles do not carry them.
 */
import { cliErrorMessages } from "./catalogue/cli-errors.js";
import { cliHelpMessages } from "./catalogue/cli-help.js";
import { cliReportMessages } from "./catalogue/cli-report.js";
import type { Entry, MessageParams } from "./entry.js";
import type { Locale } from "./locale.js";
import { catalogue } from "./messages.js";

/** Every message the CLI prints, by id. */
export const cliCatalogue = { ...catalogue, ...cliHelpMessages, ...cliErrorMessages, ...cliReportMessages } satisfies Record<string, Entry>;

/** A message id the CLI may print. */
export type CliMessageId = keyof typeof cliCatalogue;

/** Renders a CLI message in a locale. */
export function cliMessage(id: CliMessageId, locale: Locale, params: MessageParams = {}): string {
  return (cliCatalogue[id] as Entry)[locale](params);
}
