/**
 * Where a streamed catalogue remembers its items' duplicate keys. In memory (the default, browser-
 * safe: typed-array tables, see LineDuplicates) a clash is known at once; spilled to disk
 * (spilled-item-keys.ts, Node-only) clashes are found at the end, so memory stays bounded.
 */
import { LineDuplicates, type LineKey } from "../validate/line-duplicates.js";

/** A clash: the item at `index` repeats the key first claimed by the item at `first`. */
export interface ItemClash {
  index: number;
  first: number;
  entry: LineKey;
}

/** The duplicate keys of one catalogue's items, given in index order. */
export interface ItemKeys {
  /** Claims item `index`'s key: the index of the earlier item it clashes with when known now, else undefined. */
  add(entry: LineKey, index: number): number | undefined;
  /** The clashes not reported by `add`, in any order; call once, after the last `add`. */
  late(): Iterable<ItemClash>;
  /** Frees what the keys hold (temporary files); again is a no-op. */
  close(): void;
}

/** Makes the keys of a catalogue whose major reads handling items as `wholeBesideHandlingItems` (see Major). */
export type ItemKeysFactory = (wholeBesideHandlingItems: boolean) => ItemKeys;

/** Keys held in memory, each clash known at once: the exact table validate() keeps. */
export const itemKeysInMemory: ItemKeysFactory = (wholeBesideHandlingItems) => {
  const table = new LineDuplicates(wholeBesideHandlingItems);
  return { add: (entry, index) => table.firstLine(entry.key, index, entry.field), late: () => [], close: () => undefined };
};
