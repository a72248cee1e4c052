/** 区划代码: 6-digit GB/T 2260 and 12-digit 统计用区划代码, with the level implied by their structure. */
import type { LevelCode } from "../schema/types.js";

/** A parsed region code. */
export interface ParsedRegionCode {
  valid: boolean;
  /** "format": not 6 or 12 digits; "structure": a non-zero segment below a zero one (e.g. 320500000001). */
  reason?: "format" | "structure";
  /** The input as given. */
  input: string;
  /** The 12-digit form (a 6-digit code padded with zeros). */
  code: string;
  /** The level implied by trailing zeros: 1 national … 6 village. */
  level?: LevelCode;
  /** The 12-digit codes of every enclosing region, nation first, excluding the code itself. */
  parents: string[];
}

/** Digits kept by each level, national (1) to village (6). */
const PREFIX_BY_LEVEL: Record<LevelCode, number> = { "1": 0, "2": 2, "3": 4, "4": 6, "5": 9, "6": 12 };
const LEVELS: LevelCode[] = ["1", "2", "3", "4", "5", "6"];

/** Pads a region prefix to the 12-digit form. */
const pad = (prefix: string) => prefix.padEnd(12, "0");

/** The level a 12-digit code's structure implies (the deepest non-zero segment). */
export function levelOfRegion(code12: string): LevelCode {
  if (/^0{12}$/.test(code12)) return "1";
  if (/^\d{2}0{10}$/.test(code12)) return "2";
  if (/^\d{4}0{8}$/.test(code12)) return "3";
  if (/^\d{6}0{6}$/.test(code12)) return "4";
  if (/^\d{9}000$/.test(code12)) return "5";
  return "6";
}

/** The code of the region enclosing `code12` at `level` (its prefix padded with zeros). */
export function ancestorAt(code12: string, level: LevelCode): string {
  return pad(code12.slice(0, PREFIX_BY_LEVEL[level]));
}

/** Whether `inner` lies inside `outer` by code structure (or is the same region). */
export function isWithinRegion(inner: string, outer: string): boolean {
  return ancestorAt(inner, levelOfRegion(outer)) === outer;
}

/**
 * Whether the segments nest: a zero province or city segment has only zeros below it, and a zero
 * township segment a zero village. The county segment alone may be 00 above a township, for the cities
 * without counties (东莞 441900003000, 中山, 儋州, 嘉峪关).
 */
function hasNestedSegments(code12: string): boolean {
  const zero = (from: number, to: number) => /^0+$/.test(code12.slice(from, to));
  if (zero(0, 2) && !zero(2, 12)) return false;
  if (zero(2, 4) && !zero(4, 12)) return false;
  return !(zero(6, 9) && !zero(9, 12));
}

/** Parses a 6- or 12-digit region code into its level and parent chain. */
export function parseRegionCode(input: string): ParsedRegionCode {
  if (!/^(\d{6}|\d{12})$/.test(input)) return { valid: false, reason: "format", input, code: input, parents: [] };
  const code = pad(input);
  if (!hasNestedSegments(code)) return { valid: false, reason: "structure", input, code, parents: [] };
  const level = levelOfRegion(code);
  const parents = LEVELS.slice(0, LEVELS.indexOf(level)).map((l) => ancestorAt(code, l));
  // A structural level-skip (e.g. a county code under a 00 prefecture segment) is common for
  // province-governed counties, so parents keep only distinct codes. (Ancestors above a code's level never equal it.)
  return { valid: true, input, code, level, parents: [...new Set(parents)] };
}
