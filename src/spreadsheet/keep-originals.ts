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

/** How many distinct translations a `crosswalk-applied` finding shows. */
const EXAMPLES = 6;

/**
 * Keeps originals item by item and tallies each crosswalk's translations (count, first distinct examples), so a
 * streamed import that never holds every item or translation reports what keepOriginals reports.
 */
export class OriginalsKeeper {
  private readonly byCrosswalk = new Map<string, { count: number; examples: string[] }>();

  /** Keeps the originals of `translations` (in reading order) on the items `itemAt` gives by index. */
  keep(translations: readonly { path: string; translation: Translation }[], itemAt: (index: number) => Data | undefined): void {
    for (const { path, translation } of translations) {
      const index = itemIndexOf(path);
      const item = index === undefined ? undefined : itemAt(index);
      if (!item) continue;
      const inner = path.slice(`/items/${index}/`.length);
      const extensions = (item.extensions ??= {}) as Data;
      const originals = (extensions[ORIGINALS_KEY] ??= {}) as Data;
      // A multi-valued cell translated part by part keeps every part.
      originals[inner] = originals[inner] === undefined ? translation.from : `${originals[inner]}、${translation.from}`;
      const tally = this.byCrosswalk.get(translation.crosswalk) ?? { count: 0, examples: [] };
      this.byCrosswalk.set(translation.crosswalk, tally);
      tally.count++;
      const example = `${translation.from}→${translation.to}`;
      if (tally.examples.length < EXAMPLES && !tally.examples.includes(example)) tally.examples.push(example);
    }
  }

  /** Reports one `crosswalk-applied` info per crosswalk used, in the order each was first used. */
  report(issues: ImportIssues, locale: Locale, sheet: string): void {
    for (const [id, { count, examples }] of this.byCrosswalk) {
      const crosswalk = crosswalkById(id)!;
      issues.add("crosswalk-applied", "", { sheet }, { crosswalk: id, title: crosswalk.title[locale], count, examples: examples.join(locale === "en" ? ", " : "、"), source: crosswalk.source });
    }
  }
}

/** Keeps the originals on their items and reports one `crosswalk-applied` info per crosswalk. */
export function keepOriginals(translations: readonly { path: string; translation: Translation }[], items: Data[], issues: ImportIssues, locale: Locale, sheet: string): void {
  const keeper = new OriginalsKeeper();
  keeper.keep(translations, (index) => items[index]);
  keeper.report(issues, locale, sheet);
}
