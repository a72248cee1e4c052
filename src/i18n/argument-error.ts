/**
 * The TypeError of a misused library function, worded from its own small catalogue area (zh-CN by
 * default). It carries `messageId` and `messageParams` like every worded error (./localized-error.ts),
 * so the CLI and callers reword it; kept apart from that module so `validate` does not carry every
 * library error's text.
 */
import { argumentMessages } from "./catalogue/argument-errors.js";
import type { Entry, MessageParams } from "./entry.js";
import { isLocale } from "./locale.js";
import type { WordedError } from "./localized-error.js";

/** A message id of a misused argument. */
export type ArgumentMessageId = keyof typeof argumentMessages;

/** A TypeError worded in `locale` (zh-CN by default, and when `locale` is itself the bad value), carrying its id and params. */
export function argumentError(id: ArgumentMessageId, params: MessageParams = {}, locale?: unknown): TypeError & WordedError {
  const text = (argumentMessages[id] as Entry)[isLocale(locale) ? locale : "zh-CN"](params);
  return Object.assign(new TypeError(text), { messageId: id, messageParams: params });
}
