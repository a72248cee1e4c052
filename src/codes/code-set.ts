/** One entry of a code set: the code string and its labels in both catalogue languages. */
export interface CodeEntry<C extends string | number = string> {
  readonly code: C;
  readonly zh: string;
  readonly en: string;
  /** Where the code comes from: a GB/T 39046 table, or "slug" where no national code exists. */
  readonly source: string;
}

/** A named, ordered code set with labels, as published data. */
export interface CodeSet<C extends string | number = string> {
  readonly id: string;
  readonly title: { readonly zh: string; readonly en: string };
  readonly source: string;
  readonly entries: readonly CodeEntry<C>[];
}

/** Builds a code set from `[code, zh, en]` rows that share one source. */
export function codeSet<const C extends string | number>(
  id: string,
  title: { zh: string; en: string },
  source: string,
  rows: readonly (readonly [C, string, string])[],
): CodeSet<C> {
  return { id, title, source, entries: rows.map(([code, zh, en]) => ({ code, zh, en, source })) };
}

/** The codes of a set, in order, typed as a tuple of literals for schema enums. */
export function codesOf<C extends string | number>(set: CodeSet<C>): C[] {
  return set.entries.map((e) => e.code);
}

/** The label of a code in a locale, or undefined when the code is not in the set. */
export function labelOf(set: CodeSet<string | number>, code: string | number, locale: "zh-CN" | "en" = "zh-CN"): string | undefined {
  const entry = set.entries.find((e) => e.code === code);
  return entry && (locale === "en" ? entry.en : entry.zh);
}
