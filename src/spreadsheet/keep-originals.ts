/**
 * After a crosswalk translated codes: each item keeps the values as they were under
 * `extensions.原值` (by the path inside the item), and each crosswalk used is reported once with its count.
 */
import { crosswalkById } from "../crosswalks/tables.js";
import type { Locale } from "../i18n/locale.js";
import { itemIndexOf } from "../internal/json-pointer.js";
import type { ImportIssues } from "./import-issues.js";
import type { Translation } from "./parse-value.js";
import type { Data } from "./read-record.js";

/** The key under an item's extensions that holds the original values. */
export const ORIGINALS_KEY = "原值";

/** Keeps the originals on their items and reports one `crosswalk-applied` info per crosswalk. */
export function keepOriginals(translations: readonly { path: string; translation: Translation }[], items: Data[], issues: ImportIssues, locale: Locale, sheet: string): void {
  const byCrosswalk = new Map<string, Translation[]>();
  for (const { path, translation } of translations) {
    const index = itemIndexOf(path);
    if (index === undefined || !items[index]) continue;
    const inner = path.slice(`/items/${index}/`.length);
    const extensions = (items[index]!.extensions ??= {}) as Data;
    const originals = (extensions[ORIGINALS_KEY] ??= {}) as Data;
    // A multi-valued cell translated part by part keeps every part.
    originals[inner] = originals[inner] === undefined ? translation.from : `${originals[inner]}、${translation.from}`;
    byCrosswalk.set(translation.crosswalk, [...(byCrosswalk.get(translation.crosswalk) ?? []), translation]);
  }
  for (const [id, list] of byCrosswalk) {
    const crosswalk = crosswalkById(id)!;
    const examples = [...new Set(list.map((t) => `${t.from}→${t.to}`))].slice(0, 6).join(locale === "en" ? ", " : "、");
    issues.add("crosswalk-applied", "", { sheet }, { crosswalk: id, title: crosswalk.title[locale], count: list.length, examples, source: crosswalk.source });
  }
}
