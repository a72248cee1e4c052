/**
 * The majors an item is checked against. Items carry no schemaVersion: a given one pins its major;
 * otherwise an item is read as the newest major that accepts it (so items written for an older
 * major stay valid), and when none does, the newest major reports the errors.
 */
import { shown } from "../internal/shown.js";
import type { Major } from "../schema/major.js";
import { majorOf, majors } from "../schema/majors.js";

/** The candidate majors for an item, newest first: the pinned one alone when schemaVersion names one. */
export function itemMajors(candidates: readonly Major[], schemaVersion: string | undefined): readonly Major[] {
  const pinned = schemaVersion === undefined ? undefined : majorOf(schemaVersion, candidates);
  return pinned ? [pinned] : [...candidates].reverse();
}

/** Throws a TypeError when a pinned schemaVersion names no major (a typo would otherwise pin nothing, silently). */
export function assertPinnable(schemaVersion: string | undefined): void {
  if (schemaVersion !== undefined && !majorOf(schemaVersion)) {
    throw new TypeError(`schemaVersion must name a major of the standard: ${majors.map((m) => m.schemaVersion).join(", ")} (got "${shown(schemaVersion)}")`);
  }
}
