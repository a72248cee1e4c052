/**
 * An exact map from item codes to line numbers, kept in typed arrays. Browser-safe.
 *
 * Why not a `Map<string, number>`: streaming validation remembers the duplicate key of every
 * record, 10–15 million at national scale. A Map costs about 100 bytes per key, and its strings
 * and entries live on the JS heap, where every garbage collection traces them again; profiled, the
 * Map was the largest cost of `zwfw validate` beyond parsing and the schema. Here a key costs its
 * bytes, 9 bytes of entry arrays and 8–16 bytes of hash slots, none of which the collector traces.
 * No maintained package offers an exact string-keyed table in typed arrays (the npm hash-table
 * packages wrap a Map or hash numbers).
 *
 * Keys of one-byte characters (every code the schema admits is ASCII) are stored as bytes; any
 * other key goes to a plain Map, so the table is exact for every string.
 */

/** FNV-1a offset basis and prime (32-bit): a short, well-spread hash for short ASCII keys. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** The longest key kept in bytes (its length is stored in one byte). */
const MAX_BYTE_KEY = 255;
/**
 * Keys and entries are kept in fixed pages, added as needed, rather than in arrays that grow by
 * copying: a copy holds the old and the new array at once, a spike in peak memory of 1.5–2× the
 * table, and the table is the one structure of a streaming run that grows with the input.
 */
const KEY_PAGE_BITS = 20;
const KEY_PAGE_BYTES = 1 << KEY_PAGE_BITS;
/** Key pages an int32 start can address: 2 GiB of keys, ≈ 65 million item codes. */
const MAX_KEY_PAGES = 2 ** (31 - KEY_PAGE_BITS);
const ENTRY_PAGE_BITS = 16;
const ENTRY_PAGE = 1 << ENTRY_PAGE_BITS;

/** Map-like store of key → line (positive int32), with Map's `get`, `has` and `set`. */
export class KeyLineTable {
  /** Key bytes; a key never straddles two pages. */
  private readonly keyPages: Uint8Array[] = [];
  private keyPageUsed = KEY_PAGE_BYTES;
  /** Per entry, in pages of ENTRY_PAGE: where its key starts (key page << KEY_PAGE_BITS | offset), its length and its line. */
  private readonly startPages: Int32Array[] = [];
  private readonly lengthPages: Uint8Array[] = [];
  private readonly valuePages: Int32Array[] = [];
  private count = 0;
  /**
   * Open addressing with linear probing, at most half full: per slot the key's hash and its entry
   * index + 1 (0 = empty), side by side so that a probe reads one cache line.
   */
  private slots = new Int32Array(2 << 11);
  /** Keys that are not one-byte strings, or too long for a byte length. */
  private readonly others = new Map<string, number>();

  /** The number of keys. */
  get size(): number {
    return this.count + this.others.size;
  }

  /** The line stored for `key`, or undefined. */
  get(key: string): number | undefined {
    const hash = byteKeyHash(key);
    if (hash === undefined) return this.others.get(key);
    const entry = this.find(key, hash);
    return entry < 0 ? undefined : this.valuePages[entry >>> ENTRY_PAGE_BITS]![entry & (ENTRY_PAGE - 1)];
  }

  /** Whether `key` is stored. */
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Stores `line` (an int32) for `key`, replacing an earlier value as Map#set does. */
  set(key: string, line: number): this {
    if (line !== (line | 0)) throw new RangeError(`KeyLineTable stores int32 values, not ${line}`);
    const hash = byteKeyHash(key);
    if (hash === undefined) {
      this.others.set(key, line);
      return this;
    }
    const entry = this.find(key, hash);
    if (entry >= 0) this.valuePages[entry >>> ENTRY_PAGE_BITS]![entry & (ENTRY_PAGE - 1)] = line;
    else this.append(key, hash, line);
    return this;
  }

  /** The entry index of `key`, or -1. */
  private find(key: string, hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = slots[2 * slot + 1]!;
      if (held === 0) return -1;
      if (slots[2 * slot] === hash && this.keyEquals(held - 1, key)) return held - 1;
    }
  }

  /** Whether entry `entry` holds exactly `key`. */
  private keyEquals(entry: number, key: string): boolean {
    const page = entry >>> ENTRY_PAGE_BITS;
    const at = entry & (ENTRY_PAGE - 1);
    if (this.lengthPages[page]![at] !== key.length) return false;
    const start = this.startPages[page]![at]!;
    const bytes = this.keyPages[start >>> KEY_PAGE_BITS]!;
    const offset = start & (KEY_PAGE_BYTES - 1);
    for (let i = 0; i < key.length; i++) if (bytes[offset + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  /** Adds a new key: its bytes, its entry and its slot, adding pages as needed. */
  private append(key: string, hash: number, line: number): void {
    if (this.keyPageUsed + key.length > KEY_PAGE_BYTES) {
      if (this.keyPages.length === MAX_KEY_PAGES) throw new RangeError("KeyLineTable holds at most 2 GiB of keys");
      this.keyPages.push(new Uint8Array(KEY_PAGE_BYTES));
      this.keyPageUsed = 0;
    }
    const entry = this.count++;
    const at = entry & (ENTRY_PAGE - 1);
    if (at === 0) {
      this.startPages.push(new Int32Array(ENTRY_PAGE));
      this.lengthPages.push(new Uint8Array(ENTRY_PAGE));
      this.valuePages.push(new Int32Array(ENTRY_PAGE));
    }
    if (this.count * 4 > this.slots.length) this.rehash(this.slots.length * 2);
    const bytes = this.keyPages[this.keyPages.length - 1]!;
    const offset = this.keyPageUsed;
    for (let i = 0; i < key.length; i++) bytes[offset + i] = key.charCodeAt(i);
    this.keyPageUsed += key.length;
    const page = entry >>> ENTRY_PAGE_BITS;
    this.startPages[page]![at] = ((this.keyPages.length - 1) << KEY_PAGE_BITS) | offset;
    this.lengthPages[page]![at] = key.length;
    this.valuePages[page]![at] = line;
    place(this.slots, hash, entry);
  }

  /** Rebuilds the slots (`length` Int32s, a power of two) from the hashes the old slots hold. */
  private rehash(length: number): void {
    const old = this.slots;
    this.slots = new Int32Array(length);
    for (let i = 1; i < old.length; i += 2) if (old[i] !== 0) place(this.slots, old[i - 1]!, old[i]! - 1);
  }
}

/** Puts an entry in the first free slot from its hash. */
function place(slots: Int32Array, hash: number, entry: number): void {
  const mask = (slots.length >> 1) - 1;
  let slot = hash & mask;
  while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
  slots[2 * slot] = hash;
  slots[2 * slot + 1] = entry + 1;
}

/**
 * The last key hashed and its hash: a duplicate check looks one key up in two tables and then
 * stores it, and comparing a string with itself is cheaper than hashing it again.
 */
let lastKey = "";
let lastHash: number | undefined = FNV_OFFSET;

/** FNV-1a over the key's characters, or undefined when it cannot be kept as bytes (a wide character, or too long). */
function byteKeyHash(key: string): number | undefined {
  if (key === lastKey) return lastHash;
  lastKey = key;
  lastHash = hashBytes(key);
  return lastHash;
}

function hashBytes(key: string): number | undefined {
  if (key.length > MAX_BYTE_KEY) return undefined;
  let hash = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c > 0xff) return undefined;
    hash = Math.imul(hash ^ c, FNV_PRIME);
  }
  return hash;
}
