/** The page's current language and its lookup into the package's one message catalogue. */
import { message, type MessageId } from "../../src/i18n/all-messages.js";
import type { MessageParams } from "../../src/i18n/entry.js";
import type { Locale } from "../../src/i18n/locale.js";

let current: Locale = "zh-CN";

/** The current language. */
export const locale = (): Locale => current;

/** Switches the language (the caller re-renders). */
export function setLocale(next: Locale): void {
  current = next;
  document.documentElement.lang = next;
}

/** A message of the catalogue in the current language. */
export const t = (id: MessageId, params: MessageParams = {}): string => message(id, current, params);
