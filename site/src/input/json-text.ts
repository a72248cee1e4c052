/**
 * Bytes → text → JSON in a given language, with the page's one-line wording of what went wrong.
 * Shared by the page (small files) and the worker (large ones), which has no page language of its
 * own, so a malformed file reads the same whichever thread parsed it.
 */
import { message } from "../../../src/i18n/all-messages.js";
import type { Locale } from "../../../src/i18n/locale.js";
import { locateJsonError } from "../../../src/internal/locate-json-error.js";
import { InputProblem } from "./input-problem.js";

/** Decodes UTF-8 strictly (a BOM is dropped); GBK and other encodings are reported, never guessed. */
export function decodeUtf8(bytes: Uint8Array, locale: Locale): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputProblem(message("input.not-utf8", locale));
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses JSON text, turning a syntax error into a one-line problem with its line and column. */
export function parseJsonText(text: string, locale: Locale): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const { line, column, code } = locateJsonError(text);
    // In the page's language only (it used to be "zh (en)" whatever the view).
    throw new InputProblem(`${line}:${column}: ${message("input.malformed-json", locale, { reason: message("json-syntax", locale, { code }) })}`);
  }
}
