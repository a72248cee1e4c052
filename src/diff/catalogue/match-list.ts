/** How the lists inside an item are matched across batches, so reordering a list is no change. */
import { canonical } from "../schema/json-equal.js";
import { textOf } from "../../internal/shown.js";
import { normaliseName } from "./normalise-name.js";

/** A way to identify list elements: each key function is tried in turn on the still unmatched elements. */
type KeyFn = (element: unknown) => string | undefined;

const field = (name: string, normalise = false): KeyFn => (e) => {
  const v = typeof e === "object" && e !== null ? (e as Record<string, unknown>)[name] : undefined;
  if (v === undefined || v === null || v === "") return undefined;
  return normalise ? normaliseName(v) : textOf(v);
};
const citation: KeyFn = (e) => {
  const law = field("lawName", true)(e);
  return law === undefined ? undefined : `${law}\u0000${field("article", true)(e) ?? ""}`;
};
const primitive: KeyFn = (e) => (typeof e === "object" && e !== null ? undefined : canonical(e));

/** Keyed lists by their path inside an item; other lists of scalars match by value, of objects by index. */
const KEYED: Record<string, KeyFn[]> = {
  "/materials": [/* @__PURE__ */ field("id"), /* @__PURE__ */ field("name", true)],
  "/fees/items": [/* @__PURE__ */ field("name", true)],
  "/legalBasis": [citation],
  "/process": [/* @__PURE__ */ field("name", true)],
  // 一件事: members by implementation code, cooperating departments by name, situations by id (as levels match them).
  "/members": [/* @__PURE__ */ field("implementationCode")],
  "/cooperatingDepartments": [/* @__PURE__ */ field("name", true)],
  "/situations": [/* @__PURE__ */ field("id"), /* @__PURE__ */ field("name", true)],
  "/materials/replaces": [(e) => { const code = field("implementationCode")(e); const id = field("materialId")(e); return code && id ? `${code}\u0000${id}` : undefined; }],
};

/** Pairs of matched indices and the unmatched ones on each side. */
export interface ListMatch {
  pairs: [number, number][];
  removed: number[];
  added: number[];
}

/** Matches the elements of an old and a new list found at `path` in an item. */
export function matchList(path: string, before: unknown[], after: unknown[]): ListMatch {
  const keys = KEYED[path] ?? (before.concat(after).every((e) => primitive(e) !== undefined) ? [primitive] : undefined);
  if (!keys) {
    const common = Math.min(before.length, after.length);
    return {
      pairs: [...Array(common).keys()].map((i) => [i, i]),
      removed: [...before.keys()].slice(common),
      added: [...after.keys()].slice(common),
    };
  }
  const pairs: [number, number][] = [];
  const freeBefore = new Set(before.keys());
  const freeAfter = new Set(after.keys());
  for (const key of keys) {
    // Equal keys pair in order, so duplicates (two materials of one name) still pair one to one.
    const byKey = new Map<string, number[]>();
    for (const j of freeAfter) {
      const k = key(after[j]);
      if (k !== undefined) byKey.set(k, [...(byKey.get(k) ?? []), j]);
    }
    for (const i of freeBefore) {
      const k = key(before[i]);
      const j = k === undefined ? undefined : byKey.get(k)?.shift();
      if (j === undefined) continue;
      pairs.push([i, j]);
      freeBefore.delete(i);
      freeAfter.delete(j);
    }
  }
  return { pairs, removed: [...freeBefore], added: [...freeAfter] };
}
