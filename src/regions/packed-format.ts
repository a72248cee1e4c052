/**
 * The packed region format (format 1): every region as one record in depth-first (= code) order,
 * records joined by "|". A record is a marker, an optional code segment and the name:
 * - marker "2"…"6" (the level) followed by the level's code segment (2 or 3 digits);
 * - a next-sibling marker (p c a t v for levels 2…6) with no segment: the previous sibling's segment + 1.
 * The parent of a record is the nearest preceding record of a lower level, so the tree costs nothing.
 * Names are encoded in ASCII symbols (see NAME_ALPHABET).
 * Hand-written because no maintained library packs 665 000 hierarchical codes this small while staying
 * a plain string a browser can parse in milliseconds.
 */
import type { LevelCode } from "../schema/types.js";

/** The levels a registry holds: province (2) to village (6); the nation (1) is implicit. */
export type RegionLevel = Exclude<LevelCode, "1">;

/** The version of the packed format; bumped when the layout changes. */
export const PACKED_FORMAT = 1;

/** Separates records; never part of a name. */
export const RECORD_SEPARATOR = "|";

/** Where each level's segment sits in the 12-digit code: [start, end). */
export const SEGMENT: Record<RegionLevel, readonly [number, number]> = {
  "2": [0, 2],
  "3": [2, 4],
  "4": [4, 6],
  "5": [6, 9],
  "6": [9, 12],
};

/** The value of one unit of a level's segment in the numeric code (10^(12 − end)). */
export const SEGMENT_UNIT: Record<RegionLevel, number> = { "2": 1e10, "3": 1e8, "4": 1e6, "5": 1e3, "6": 1 };

/** Marker of a record whose segment is the previous sibling's + 1, by level. */
export const NEXT_SIBLING_MARKER: Record<RegionLevel, string> = { "2": "p", "3": "c", "4": "a", "5": "t", "6": "v" };

/**
 * Names are ASCII too, so every bundler emits the data byte for byte (esbuild, for one, escapes each
 * non-ASCII character as \uXXXX, doubling a UTF-8 CJK character). A name is a sequence of symbols — its
 * characters, and one common suffix (村民委员会, 社区居委会, …) — and each symbol is written as one or two
 * characters of NAME_ALPHABET: the `single` most frequent symbols as one character, the rest as two.
 */
export const NAME_ALPHABET = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
  .filter((c) => c !== RECORD_SEPARATOR && c !== '"' && c !== "\\")
  .join("");

/** Suffixes that count as one symbol, longest first so a name takes the longest that fits. */
export const NAME_SUFFIXES: readonly string[] = [
  "社区居民委员会", "村民委员会", "社区居委会", "街道办事处", "居委会", "村委会", "街道", "社区",
];
