/**
 * The one language of a CLI run: `--locale` if given, else English when LANG (or LC_ALL,
 * LC_MESSAGES) starts with "en", else zh-CN. It is settled before commander parses anything, so
 * help, usage errors, option errors and input errors all speak it.
 */
import { cliMessage, type CliMessageId } from "../i18n/cli-messages.js";
import type { MessageParams } from "../i18n/entry.js";
import { isLocale, type Locale } from "../i18n/locale.js";

/** The locale an environment asks for: English for LC_ALL/LC_MESSAGES/LANG = en*, else zh-CN. */
export function localeOfEnvironment(env: NodeJS.ProcessEnv): Locale {
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en(\b|_|-|$)/i.test(lang) ? "en" : "zh-CN";
}

/** The locale of a command line: the last `--locale X` / `--locale=X`, else the environment's; `invalid` when the value is none. */
export function localeOfArguments(argv: readonly string[], env: NodeJS.ProcessEnv): { locale: Locale; invalid?: string } {
  let given: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") break;
    if (arg === "--locale") given = argv[i + 1];
    else if (arg.startsWith("--locale=")) given = arg.slice("--locale=".length);
  }
  const fallback = localeOfEnvironment(env);
  if (given === undefined) return { locale: fallback };
  return isLocale(given) ? { locale: given } : { locale: fallback, invalid: given };
}

// One process runs one command line, so its language is process-wide state, set once by run().
let current: Locale = "zh-CN";

/** Sets the language of this run. */
export function setCliLocale(locale: Locale): void {
  current = locale;
}

/** The language of this run. */
export function cliLocale(): Locale {
  return current;
}

/** A CLI message in the language of this run. */
export function t(id: CliMessageId, params: MessageParams = {}): string {
  return cliMessage(id, current, params);
}
