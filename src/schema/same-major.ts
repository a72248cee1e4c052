/** Comparisons (conformance, chains, catalogue diffs) need documents of one major; two majors are refused. */
import { wordedError } from "../i18n/localized-error.js";
import type { Major } from "./major.js";
import { majorOfDocument } from "./majors.js";

/** Two documents of different majors, e.g. a v1 list against a v2 one. */
export interface MixedMajors {
  /** Index and major of the first document of each major, in argument order. */
  readonly first: { readonly index: number; readonly major: Major };
  readonly second: { readonly index: number; readonly major: Major };
}

/** The first pair of documents that declare different majors, or undefined (documents of no known major are skipped). */
export function mixedMajors(documents: readonly unknown[]): MixedMajors | undefined {
  let first: { index: number; major: Major } | undefined;
  for (let index = 0; index < documents.length; index++) {
    const major = majorOfDocument(documents[index]);
    if (!major) continue;
    if (!first) first = { index, major };
    else if (major !== first.major) return { first, second: { index, major } };
  }
  return undefined;
}

/** The newer of the two majors: the one to migrate to. */
export function newerOf(mixed: MixedMajors): Major {
  return Number(mixed.first.major.id.slice(1)) > Number(mixed.second.major.id.slice(1)) ? mixed.first.major : mixed.second.major;
}

/** Throws a TypeError naming both majors when the documents declare different ones (`what` names the caller), worded in `locale`. */
export function assertSameMajor(documents: readonly unknown[], what: string, locale?: unknown): void {
  const mixed = mixedMajors(documents);
  if (!mixed) return;
  const { first, second } = mixed;
  const to = newerOf(mixed);
  const from = to === first.major ? second.major : first.major;
  throw wordedError(TypeError, "error.major.mixed", { what, first: first.major.id, second: second.major.id, from: from.id, to: to.id }, locale);
}
