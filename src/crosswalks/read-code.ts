/**
 * Reads a coded value with the crosswalks: the standard's own code or label first, a named crosswalk
 * over everything, and never a silent guess between code sets that disagree.
 */
import type { CodeSet } from "../codes/code-set.js";
import { codeOfLabel, normalizeLabel } from "../spreadsheet/labels.js";
import type { Crosswalk } from "./crosswalk.js";
import { CROSSWALKS } from "./tables.js";

/** How a value was read. */
export type CodeReading =
  /** The standard's code; `alternatives` are crosswalks that would read it otherwise (not named). */
  | { code: string; crosswalk?: undefined; alternatives: Crosswalk[] }
  /** Translated by a crosswalk (named, or the only one that knows the value). */
  | { code: string; crosswalk: Crosswalk; alternatives: Crosswalk[] }
  /** Crosswalks that disagree, none named: no code is chosen. */
  | { code?: undefined; crosswalk?: undefined; alternatives: Crosswalk[] };

/** The crosswalks of a code set that know a value, with the code each gives. */
function candidates(set: CodeSet<string>, input: string, named: readonly string[]): { crosswalk: Crosswalk; code: string }[] {
  const key = normalizeLabel(input).toUpperCase();
  return CROSSWALKS.filter((c) => c.codeSet === set.id && (!c.namedOnly || named.includes(c.id)))
    .map((crosswalk) => ({ crosswalk, code: crosswalk.map[key] ?? crosswalk.map[normalizeLabel(input)] }))
    .filter((c): c is { crosswalk: Crosswalk; code: string } => c.code !== undefined);
}

/** Reads a value of a code set; undefined when neither the standard nor any crosswalk knows it. */
export function readCode(set: CodeSet<string>, input: string, named: readonly string[] = []): CodeReading | undefined {
  const found = candidates(set, input, named);
  const chosen = found.find((c) => named.includes(c.crosswalk.id));
  if (chosen) return { code: chosen.code, crosswalk: chosen.crosswalk, alternatives: [] };
  const standard = codeOfLabel(set, input);
  if (standard !== undefined) return { code: standard, alternatives: found.filter((c) => c.code !== standard).map((c) => c.crosswalk) };
  const codes = new Set(found.map((c) => c.code));
  if (codes.size === 1) return { code: found[0]!.code, crosswalk: found[0]!.crosswalk, alternatives: [] };
  if (codes.size > 1) return { alternatives: found.map((c) => c.crosswalk) };
  return undefined;
}
