/** Semver bumps: ordering, and the bump a list of changes requires. */
import type { Bump } from "./types.js";

/** The bumps from smallest to largest. */
export const BUMPS: readonly Bump[] = ["none", "patch", "minor", "major"];

/** Whether a string is a bump name. */
export function isBump(value: unknown): value is Bump {
  return (BUMPS as readonly unknown[]).includes(value);
}

/** Compares two bumps: negative when a is smaller than b. */
export function compareBumps(a: Bump, b: Bump): number {
  return BUMPS.indexOf(a) - BUMPS.indexOf(b);
}

/** The larger of the given bumps ("none" for none). */
export function maxBump(...bumps: Bump[]): Bump {
  return bumps.reduce<Bump>((max, b) => (compareBumps(b, max) > 0 ? b : max), "none");
}

/**
 * major when a change is not backward compatible (old documents may fail), else minor when one is not
 * forward compatible (new documents may fail old readers), else patch when anything changed, else none.
 */
export function bumpOf(changes: readonly { backward: boolean; forward: boolean }[]): Bump {
  if (changes.some((c) => !c.backward)) return "major";
  if (changes.some((c) => !c.forward)) return "minor";
  return changes.length > 0 ? "patch" : "none";
}
