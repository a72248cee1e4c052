import type { Locale } from "./locale.js";

/** Values substituted into a message. */
export type MessageParams = Record<string, string | number | boolean | undefined>;

/** One message: a template per locale. */
export type Entry = Record<Locale, (p: MessageParams) => string>;

/** A message without parameters: the same text every time, in each language. */
export const fixedText = (zh: string, en: string): Entry => ({ "zh-CN": () => zh, en: () => en });
