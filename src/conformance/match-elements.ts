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

/** The first element of `list` that `match` pairs with `element`, with its index. */
export function findMatch(list: unknown, element: Data, match: (u: Data, l: Data) => boolean): { value: Data; index: number } | undefined {
  if (!Array.isArray(list)) return undefined;
  const index = list.findIndex((u) => typeof u === "object" && u !== null && match(u as Data, element));
  return index < 0 ? undefined : { value: list[index] as Data, index };
}

/** The object elements of a list with their indexes (defensive: rules also see unvalidated data). */
export function entries(list: unknown): [number, Data][] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((v, i) => (typeof v === "object" && v !== null ? [[i, v as Data] as [number, Data]] : []));
}
