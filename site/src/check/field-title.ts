/** The element a JSON Pointer names, by its titles: "/items/0/timeLimit/promised" → "办结时限 › 承诺办结时限" (labels only). */
import type { Locale } from "../../../src/i18n/locale.js";
import { message } from "../../../src/i18n/messages.js";

/** The titles along a pointer, from the catalogue's field names (list indexes and the items array left out). */
export function fieldTitle(path: string, locale: Locale): string {
  const tokens = path.split("/").slice(1).map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
  const fields = (tokens[0] === "items" ? tokens.slice(2) : tokens).filter((t) => !/^\d+$/.test(t));
  return fields.map((key) => message("diff.field", locale, { key })).join(" › ");
}
