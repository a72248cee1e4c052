/**
 * How the elements of two paired items pair up (materials, fee items), each as a predicate and as
 * keys that implement it, so a matcher can find a partner by lookup instead of by scanning. A
 * rule comparing another element list (v2's situations, say) adds its own Matching here.
 */
import type { Data } from "../rules/rule.js";
import { normalizeText } from "./normalize.js";
import { sameFee, sameMaterial } from "./match-elements.js";

/**
 * A pairing of an upper element with a lower one. The keys are the index form of `same`:
 * `same(u, l)` holds exactly when `upperKeys(u)` and `lowerKeys(l)` share a key (a property test
 * holds every pairing to this law).
 */
export interface Matching {
  /** The pairing, as a predicate: the straightforward reference. */
  same(upper: Data, lower: Data): boolean;
  /** The keys under which an upper element can be found. */
  upperKeys(upper: Data): readonly string[];
  /** The keys a lower element looks up. */
  lowerKeys(lower: Data): readonly string[];
}

/**
 * Materials: by `id` when both have one, else by normalised name. An upper material with an id is
 * found by its id (i) or by name from a lower material without one (a); one without an id by name
 * from any lower material (n, a).
 */
export const materialMatching: Matching = {
  same: sameMaterial,
  upperKeys(upper) {
    const name = normalizeText(upper.name);
    return [typeof upper.id === "string" ? `i${upper.id}` : `n${name}`, `a${name}`];
  },
  lowerKeys(lower) {
    const name = normalizeText(lower.name);
    return typeof lower.id === "string" ? [`i${lower.id}`, `n${name}`] : [`a${name}`];
  },
};

/** Fee items: by normalised name. */
export const feeMatching: Matching = {
  same: sameFee,
  upperKeys: (upper) => [normalizeText(upper.name)],
  lowerKeys: (lower) => [normalizeText(lower.name)],
};
