import type { Locale } from "./locale.js";

/** Values substituted into a message. */
export type MessageParams = Record<string, string | number | boolean | undefined>;

/** One message: a template per locale. */
export type Entry = Record<Locale, (p: MessageParams) => string>;
