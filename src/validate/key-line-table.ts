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

/** Map-like store of key → line (positive int32), with Map's `get`, `has` and `set`. */
export class KeyLineTable {
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  /** Per entry: where its key starts in `bytes`, its length and its line. */
  private starts = new Int32Array(1 << 10);
  private lengths = new Uint8Array(1 << 10);
  private values = new Int32Array(1 << 10);
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
    return entry < 0 ? undefined : this.values[entry];
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
    if (entry >= 0) {
      this.values[entry] = line;
      return this;
    }
    this.append(key, hash, line);
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
    if (this.lengths[entry] !== key.length) return false;
    const bytes = this.bytes;
    const start = this.starts[entry]!;
    for (let i = 0; i < key.length; i++) if (bytes[start + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  /** Adds a new key: its bytes, its entry and its slot, growing the arrays as needed. */
  private append(key: string, hash: number, line: number): void {
    if (this.used + key.length > this.bytes.length) this.bytes = grown(this.bytes, this.used + key.length);
    if (this.count === this.starts.length) this.growEntries();
    if ((this.count + 1) * 4 > this.slots.length) this.rehash(this.slots.length * 2);
    const entry = this.count++;
    const start = this.used;
    for (let i = 0; i < key.length; i++) this.bytes[start + i] = key.charCodeAt(i);
    this.used += key.length;
    this.starts[entry] = start;
    this.lengths[entry] = key.length;
    this.values[entry] = line;
    place(this.slots, hash, entry);
  }

  private growEntries(): void {
    const size = this.count + 1;
    this.starts = grown(this.starts, size);
    this.lengths = grown(this.lengths, size);
    this.values = grown(this.values, size);
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

/** A copy of `array` with room for at least `need` elements, growing by half: less slack than doubling, for tables of millions of keys. */
function grown<T extends Uint8Array | Int32Array>(array: T, need: number): T {
  let size = Math.ceil(array.length * 1.5);
  while (size < need) size = Math.ceil(size * 1.5);
  const next = new (array.constructor as new (n: number) => T)(size);
  next.set(array);
  return next;
}
