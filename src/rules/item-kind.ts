/** The three kinds of catalogue and item, and how an item is keyed. */
import type { Data } from "./rule.js";

/** basic 基本目录 | standard 标准化实施清单 | implementation 实施清单. */
export type CatalogueKind = "basic" | "standard" | "implementation";

/** The three kinds, in level-of-detail order. */
export const CATALOGUE_KINDS: readonly CatalogueKind[] = ["basic", "standard", "implementation"];

/** Whether a value names a catalogue kind. */
export function isCatalogueKind(value: unknown): value is CatalogueKind {
  return (CATALOGUE_KINDS as readonly unknown[]).includes(value);
}

/** The code that names an item in reports: implementationCode, else basicCode; a bundle (一件事) is named by its code. */
export function itemCodeOf(item: unknown): string | undefined {
  if (typeof item !== "object" || item === null) return undefined;
  const { implementationCode, basicCode, code } = item as Data;
  if (typeof implementationCode === "string") return implementationCode;
  if (typeof basicCode === "string") return basicCode;
  return typeof code === "string" ? code : undefined;
}

/**
 * The key under which an item must be unique in its catalogue: the implementation code (with the
 * handling-item code, since one implementation splits into several 业务办理项) in an implementation
 * list, the basic code elsewhere.
 */
export function duplicateKeyOf(item: Data, kind: CatalogueKind): { key: string; field: string } | undefined {
  if (kind === "implementation") {
    if (typeof item.implementationCode !== "string") return undefined;
    const handling = typeof item.handlingItemCode === "string" ? item.handlingItemCode : "";
    return handling ? { key: handling, field: "handlingItemCode" } : { key: item.implementationCode, field: "implementationCode" };
  }
  return typeof item.basicCode === "string" ? { key: item.basicCode, field: "basicCode" } : undefined;
}

/** The length of an implementation code (实施编码), the start of its handling items' codes (业务办理项编码, two characters more). */
export const IMPLEMENTATION_CODE_LENGTH = 31;

/** Where claimDuplicateKey remembers keys: a Map, or any store with Map's get, set and has. */
export interface KeyStore<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
  set(key: string, value: V): unknown;
}

/** The keys claimed so far: each item's key, and the implementation codes of items split into 业务办理项. */
export interface ClaimedKeys<V> {
  keys: KeyStore<V>;
  split: KeyStore<V>;
}

/** Empty claimed keys in two Maps. */
export function claimedKeysInMaps<V>(): ClaimedKeys<V> {
  return { keys: new Map(), split: new Map() };
}

/**
 * Claims an item's duplicate key in `seen` and returns the value (label or line) of the earlier
 * item it clashes with, or undefined when it is new. Besides equal keys, an implementation listed
 * whole and also split into handling items (…01, …02) clashes, unless `wholeBesideHandlingItems`
 * (the major's reading, see Major) allows the whole item beside its own handling items.
 */
export function claimDuplicateKey<V>(seen: ClaimedKeys<V>, key: string, field: string, value: V, wholeBesideHandlingItems = false): V | undefined {
  if (wholeBesideHandlingItems) {
    const earlier = seen.keys.get(key);
    if (earlier === undefined) seen.keys.set(key, value);
    return earlier;
  }
  if (field === "handlingItemCode") {
    const whole = key.slice(0, IMPLEMENTATION_CODE_LENGTH);
    const earlier = seen.keys.get(key) ?? seen.keys.get(whole);
    if (earlier !== undefined) return earlier;
    seen.keys.set(key, value);
    if (!seen.split.has(whole)) seen.split.set(whole, value);
    return undefined;
  }
  const earlier = seen.keys.get(key) ?? (field === "implementationCode" ? seen.split.get(key) : undefined);
  if (earlier !== undefined) return earlier;
  seen.keys.set(key, value);
  return undefined;
}
