/** Matching materials and fee items of a lower item against the upper item's lists. */
import type { Data } from "../rules/rule.js";
import { normalizeText } from "./normalize.js";

/** Whether two materials are the same: by `id` when both have one, else by normalised name. */
export function sameMaterial(upper: Data, lower: Data): boolean {
  if (typeof upper.id === "string" && typeof lower.id === "string") return upper.id === lower.id;
  return normalizeText(upper.name) === normalizeText(lower.name);
}

/** Whether two fee items are the same: by normalised name (fee items carry no code). */
export function sameFee(upper: Data, lower: Data): boolean {
  return normalizeText(upper.name) === normalizeText(lower.name);
}

/** The object elements of a list with their indexes (defensive: rules also see unvalidated data). */
export function entries(list: unknown): [number, Data][] {
  const out: [number, Data][] = [];
  if (!Array.isArray(list)) return out;
  // A loop, not flatMap: this runs for every element list of every compared item.
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (typeof v === "object" && v !== null) out.push([i, v as Data]);
  }
  return out;
}
