/** The one registration of the standard's majors, oldest first; everything version-bound is reached from here. */
import type { FastItemValidators, Major } from "./major.js";
import { v1, v1FastItemValidators } from "./v1/major.js";
import { v2, v2FastItemValidators } from "./v2/major.js";

const registered = [v1, v2] as const;

/** Every major the package implements, oldest first. */
export const majors: readonly Major[] = registered;

/** The id of a registered major. */
type MajorId = (typeof registered)[number]["id"];

/**
 * The fail-fast item validators of every major, by id (a major left out fails the build). Apart from
 * `majors` so that only code reading them (the JSONL and streaming paths) bundles them.
 */
const fastItemValidators: Readonly<Record<MajorId, FastItemValidators>> = { v1: v1FastItemValidators, v2: v2FastItemValidators };

/** A major's fail-fast item validators. */
export function fastItemValidatorsOf(major: Major): FastItemValidators {
  return fastItemValidators[major.id as MajorId];
}

/** The newest major: what the root entry's types follow and what undated documents are read as. */
export const latestMajor: Major = /* @__PURE__ */ (() => majors[majors.length - 1]!)();

/** The major with an id ("v1", "v2"), or undefined. */
export function majorById(id: string): Major | undefined {
  return majors.find((m) => m.id === id);
}

/**
 * The major of a schemaVersion among `candidates`: the one whose pattern it matches, else the one
 * whose number it starts with ("1.0.0" is a broken v1 version, reported by v1's schema), else undefined.
 */
export function majorOf(schemaVersion: unknown, candidates: readonly Major[] = majors): Major | undefined {
  if (typeof schemaVersion !== "string") return undefined;
  const exact = candidates.find((m) => m.schemaVersionPattern.test(schemaVersion));
  if (exact) return exact;
  const number = /^(\d+)(?:\.|$)/.exec(schemaVersion)?.[1];
  return number === undefined ? undefined : candidates.find((m) => m.id === `v${Number(number)}`);
}

/** The major a document declares by its schemaVersion, or undefined. */
export function majorOfDocument(document: unknown, candidates: readonly Major[] = majors): Major | undefined {
  const version = typeof document === "object" && document !== null ? (document as { schemaVersion?: unknown }).schemaVersion : undefined;
  return majorOf(version, candidates);
}
