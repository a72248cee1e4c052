/**
 * Library errors worded from the message catalogue. An error keeps its class (TypeError,
 * CatalogueDiffError …) and carries `messageId` and `messageParams`, so a caller re-renders it in
 * another language with `message(error.messageId, locale, error.messageParams)`, as the CLI does.
 * Only the errors' own area is imported here, so a bundle that throws them does not carry every message.
 */
import { errorMessages } from "./catalogue/errors.js";
import type { Entry, MessageParams } from "./entry.js";
import { isLocale, type Locale } from "./locale.js";

/** A message id of a library error. */
export type ErrorMessageId = keyof typeof errorMessages;

/** What a worded error carries besides its message. */
export interface WordedError extends Error {
  /** The catalogue id of the message. */
  readonly messageId: ErrorMessageId;
  /** The values in the message. */
  readonly messageParams: MessageParams;
}

/** Renders a library error's message in a locale. */
export function errorMessage(id: ErrorMessageId, locale: Locale, params: MessageParams = {}): string {
  return (errorMessages[id] as Entry)[locale](params);
}

/**
 * An error of class `make` worded in `locale` (zh-CN by default, and for a value that is no locale:
 * the error must not fail on the caller's bad option), carrying its id and params.
 */
export function wordedError<E extends Error>(make: new (message: string) => E, id: ErrorMessageId, params: MessageParams = {}, locale?: unknown): E & WordedError {
  return Object.assign(new make(errorMessage(id, isLocale(locale) ? locale : "zh-CN", params)), { messageId: id, messageParams: params });
}

/** Whether an error carries a catalogue id (a worded library error, or a StreamInputError). */
export function isWorded(error: unknown): error is Error & { messageId: string; messageParams: MessageParams } {
  return error instanceof Error && typeof (error as { messageId?: unknown }).messageId === "string";
}

/** Rewords a worded library error in `locale` (others are returned as they are), for functions that learn the locale late. */
export function rewordedIn<E>(error: E, locale: Locale): E {
  if (isWorded(error) && Object.hasOwn(errorMessages, error.messageId)) error.message = errorMessage(error.messageId as ErrorMessageId, locale, error.messageParams);
  return error;
}
