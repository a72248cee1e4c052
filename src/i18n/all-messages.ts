/**
 * Every message: the core's (messages.ts) plus the validator page's and the generated docs' texts.
 * Only the page (site/) and the standard reference (src/docs) import this; the library never does.
 */
import { docsMessages } from "./catalogue/docs.js";
import { siteMessages } from "./catalogue/site.js";
import { catalogueArea, type Entry, type MessageParams } from "./entry.js";
import type { Locale } from "./locale.js";
import { catalogue as core } from "./messages.js";

export type { MessageParams } from "./entry.js";

/** The core messages with the page's and the docs'. */
export const catalogue = /* @__PURE__ */ catalogueArea(() => ({ ...core, ...siteMessages, ...docsMessages }));

/** A message id of any area. */
export type MessageId = keyof typeof catalogue;

/** Renders a message of any area in a locale. */
export function message(id: MessageId, locale: Locale, params: MessageParams = {}): string {
  return (catalogue[id] as Entry)[locale](params);
}
