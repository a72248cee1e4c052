/** The CLI's answer to documents of two majors: exit 2 with one line that says to migrate (迁移). */
import { message } from "../i18n/messages.js";
import type { Locale } from "../i18n/locale.js";
import { mixedMajors, newerOf } from "../schema/same-major.js";
import { InputError } from "./errors.js";

/** Throws an InputError naming both files and majors when the documents declare different majors. */
export function refuseMixedMajors(documents: readonly unknown[], files: readonly string[], locale: Locale): void {
  const mixed = mixedMajors(documents);
  if (!mixed) return;
  const { first, second } = mixed;
  const to = newerOf(mixed);
  const older = files[to === first.major ? second.index : first.index];
  throw new InputError(message("input.mixed-majors", locale, {
    first: files[first.index], firstMajor: first.major.id, second: files[second.index], secondMajor: second.major.id, older, to: to.id,
  }));
}
