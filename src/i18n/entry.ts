import type { Locale } from "./locale.js";

/** Values substituted into a message. */
export type MessageParams = Record<string, string | number | boolean | undefined>;

/** One message: a template per locale. */
export type Entry = Record<Locale, (p: MessageParams) => string>;

/**
 * Builds a message table in a call marked pure at each use: object literals holding calls or spreads
 * are statements a bundler must keep, a pure call is dropped from bundles that never look a message
 * up (parseCreditCode alone).
 */
export const catalogueArea = <T extends Record<string, Entry>>(build: () => T): T => build();

/** A message without parameters: the same text every time, in each language. */
export const fixedText = (zh: string, en: string): Entry => ({ "zh-CN": () => zh, en: () => en });
