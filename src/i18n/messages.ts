/**
 * The core's message catalogue: every finding and CLI message in zh-CN and en, merged from the
 * per-area files under catalogue/. Code looks messages up here by id; nothing else holds user-facing
 * text. The page's and the docs' texts are areas of their own (all-messages.ts), so a library bundle
 * does not carry them.
 */
import { shown } from "../internal/shown.js";
import { argumentError } from "./argument-error.js";
import { bundleMessages } from "./catalogue/bundle.js";
import { conformanceMessages } from "./catalogue/conformance.js";
import { diffMessages } from "./catalogue/diff.js";
import { errorMessages } from "./catalogue/errors.js";
import { regionsMessages } from "./catalogue/regions.js";
import { inputMessages } from "./catalogue/input.js";
import { reportMessages } from "./catalogue/report.js";
import { schemaMessages } from "./catalogue/schema.js";
import { streamMessages } from "./catalogue/stream.js";
import { spreadsheetMessages } from "./catalogue/spreadsheet.js";
import { validationMessages } from "./catalogue/validation.js";
import { catalogueArea, type Entry, type MessageParams } from "./entry.js";
import { isLocale, type Locale } from "./locale.js";

export type { MessageParams } from "./entry.js";

/** The messages validation renders (findings, input and stream errors): all that a bundle which only validates carries. */
export const validationCatalogue = /* @__PURE__ */ catalogueArea(() => ({ ...validationMessages, ...schemaMessages, ...inputMessages, ...reportMessages, ...streamMessages, ...regionsMessages }));

/** A message id of validation. */
export type ValidationMessageId = keyof typeof validationCatalogue;

/** A message id of a schema finding ("schema.<keyword>"). */
export type SchemaMessageId = keyof typeof schemaMessages;

/** Renders a validation message in a locale (the same text as `message`, from the smaller table). */
export function validationMessage(id: ValidationMessageId, locale: Locale, params: MessageParams = {}): string {
  return (validationCatalogue[id] as Entry)[locale](params);
}

/** Every core message, by id. Finding ids equal rule ids. */
export const catalogue = /* @__PURE__ */ catalogueArea(() => ({ ...validationCatalogue, ...conformanceMessages, ...diffMessages, ...spreadsheetMessages, ...bundleMessages, ...errorMessages }));

/** A message id of the catalogue. */
export type MessageId = keyof typeof catalogue;

/**
 * The message id of a finding, which is its rule's id: the catalogue's ids without a dot (dotted ids such as
 * "docs.title" are words of the CLI, docs and page). Rule ids are typed with it, so a rule without its message
 * does not compile.
 */
export type FindingId = Exclude<MessageId, `${string}.${string}`>;

/** Renders a message of the catalogue in a locale; a TypeError for an id or locale it does not have ("toString" included). */
export function message(id: MessageId, locale: Locale, params: MessageParams = {}): string {
  if (!Object.hasOwn(catalogue, id)) throw argumentError("error.argument.message-id", { value: shown(id) }, locale);
  if (!isLocale(locale)) throw argumentError("error.argument.locale", { value: shown(locale) });
  return (catalogue[id] as Entry)[locale](params);
}
