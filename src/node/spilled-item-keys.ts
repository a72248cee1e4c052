/**
 * A streamed catalogue's item keys in bounded memory: each key is appended to a temporary key log
 * and its fingerprint to a KeySpill, and the clashes are found at the end by the same exact replay
 * as a JSONL run's (spilled-duplicates.ts), items standing in for lines. Node-only.
 */
import type { FingerprintHash } from "../validate/key-hash.js";
import type { LineKey } from "../validate/line-duplicates.js";
import type { ItemClash, ItemKeys, ItemKeysFactory } from "./item-keys.js";
import { KeyLog } from "./key-log.js";
import { KeySpill, spillBoundOf } from "./key-spill.js";
import { fingerprintOf, spilledDuplicates } from "./spilled-duplicates.js";

/** The spill's settings: keys held in memory (see spillBoundOf), and the hashes (tests force collisions). */
export interface ItemSpillOptions {
  bound?: number;
  hash?: FingerprintHash;
}

/** A factory of spilled item keys with these settings. */
export function spilledItemKeys(options: ItemSpillOptions = {}): ItemKeysFactory {
  return (wholeBesideHandlingItems) => new SpilledItemKeys(wholeBesideHandlingItems, options);
}

class SpilledItemKeys implements ItemKeys {
  private readonly log = new KeyLog();
  private readonly spill: KeySpill;

  constructor(private readonly wholeBesideHandlingItems: boolean, private readonly options: ItemSpillOptions) {
    this.spill = new KeySpill(spillBoundOf(options.bound));
  }

  add(entry: LineKey, index: number): undefined {
    const { hi, lo } = fingerprintOf(entry.key, this.options.hash);
    this.spill.add(hi, lo, index, this.log.append(entry));
    return undefined;
  }

  *late(): Generator<ItemClash> {
    const replay = { source: this.log, wholeBesideHandlingItems: this.wholeBesideHandlingItems };
    for (const { line, first, entry } of spilledDuplicates(this.spill, replay)) yield { index: line, first, entry };
  }

  close(): void {
    this.spill.close();
    this.log.close();
  }
}
