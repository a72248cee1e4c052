/**
 * The majors an item is checked against. Items carry no schemaVersion: a given one pins its major;
 * otherwise an item is read as the newest major that accepts it (so items written for an older
 * major stay valid), and when none does, the newest major reports the errors.
 */
import { shown } from "../internal/shown.js";
import { argumentError } from "../i18n/argument-error.js";
import type { Major } from "../schema/major.js";
import { majorOf, majors } from "../schema/majors.js";

/** The candidate majors for an item, newest first: the pinned one alone when schemaVersion names one. */
export function itemMajors(candidates: readonly Major[], schemaVersion: string | undefined): readonly Major[] {
  const pinned = schemaVersion === undefined ? undefined : majorOf(schemaVersion, candidates);
  return pinned ? [pinned] : [...candidates].reverse();
}

/** Throws a TypeError (worded in `locale`) when a pinned schemaVersion names no major (a typo would otherwise pin nothing, silently). */
export function assertPinnable(schemaVersion: string | undefined, locale?: unknown): void {
  if (schemaVersion !== undefined && !majorOf(schemaVersion)) {
    throw argumentError("error.argument.schema-version", { known: majors.map((m) => m.schemaVersion).join(", "), value: shown(schemaVersion) }, locale);
  }
}
