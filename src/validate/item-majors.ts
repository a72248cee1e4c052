/**
 * The majors an item is checked against. Items carry no schemaVersion: a given one pins its major;
 * otherwise an item is read as the newest major that accepts it (so items written for an older
 * major stay valid), and when none does, the newest major reports the errors.
 */
import type { Major } from "../schema/major.js";
import { majorOf } from "../schema/majors.js";

/** The candidate majors for an item, newest first: the pinned one alone when schemaVersion names one. */
export function itemMajors(candidates: readonly Major[], schemaVersion: string | undefined): readonly Major[] {
  const pinned = schemaVersion === undefined ? undefined : majorOf(schemaVersion, candidates);
  return pinned ? [pinned] : [...candidates].reverse();
}
