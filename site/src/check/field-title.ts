/** The element a JSON Pointer names, by its titles: "/items/0/timeLimit/promised" → "办结时限 › 承诺办结时限" (labels only). */
import type { Locale } from "../../../src/i18n/locale.js";
import { message } from "../../../src/i18n/messages.js";
import { fieldLabel } from "../../../src/schema/field-label.js";

/** The titles along a pointer: an item's element by the library's field label, else the catalogue's field names. */
export function fieldTitle(path: string, locale: Locale): string {
  const item = /^\/items\/\d+(\/.*)$/.exec(path);
  if (item) return fieldLabel(item[1]!, locale);
  const tokens = path.split("/").slice(1).map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
  return tokens.filter((t) => t !== "items" && !/^\d+$/.test(t)).map((key) => message("diff.field", locale, { key })).join(" › ");
}
