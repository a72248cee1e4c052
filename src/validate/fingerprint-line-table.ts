/**
 * A map from keys to line numbers that keeps 12 bytes a slot (16–32 bytes a key at its load),
 * whatever the key's length, and stays exact by asking the input for the key of a candidate line.
 * Browser-safe.
 *
 * Why: the cross-record duplicate check of a national run (15 million records) remembers every
 * record's key. KeyLineTable keeps the key's bytes (≈ 60 bytes a record with its slots); this
 * table keeps two independent 32-bit hashes of the key and its line. Equal hashes only make a
 * candidate: `keyAt(line)` re-reads the key of the earlier line (from the file, see
 * src/node/line-key-reader.ts) and the two keys are compared, so a hash collision never makes a
 * false duplicate (a test forces every key onto the same hashes). Candidates are the true
 * duplicates plus about one key in 2⁶⁴ per probe, so a clean file is never re-read.
 */

/** The two independent 32-bit hashes of a key: where its probe starts, and the fingerprint kept in the slot. */
export interface FingerprintHash {
  slot(key: string): number;
  fingerprint(key: string): number;
}

/** FNV-1a (32-bit) over UTF-16 units: the slot hash. */
function fnv1a(key: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash;
}

/** A multiplicative hash with MurmurHash3's finaliser: independent of FNV-1a, so keys sharing a slot rarely share a fingerprint. */
function murmurMix(key: string): number {
  let hash = 0x9747b28c | 0;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x5bd1e995) ^ (hash >>> 15);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

/** The default hashes. */
export const defaultFingerprintHash: FingerprintHash = { slot: fnv1a, fingerprint: murmurMix };

/** The most a table holds before it doubles: linear probing stays short up to three quarters full. */
const MAX_LOAD = 0.75;
/** Int32s per slot: the slot hash (kept, so that growing needs no key), the fingerprint and the line. */
const STRIDE = 3;

/** Map-like store of key → line (positive int32) with Map's `get`, `has` and `set`; `keyAt(line)` must give the key stored at `line`. */
export class FingerprintLineTable {
  /** Per slot its slot hash, the key's fingerprint and its line (0 = empty): 12 bytes, side by side so that a probe reads one cache line. */
  private slots = new Int32Array(STRIDE << 12);
  private capacity = 1 << 12;
  private count = 0;

  constructor(private readonly keyAt: (line: number) => string | undefined, private readonly hash: FingerprintHash = defaultFingerprintHash) {}

  /** The number of keys. */
  get size(): number {
    return this.count;
  }

  /** The line stored for `key`, or undefined. */
  get(key: string): number | undefined {
    const slot = this.find(key, this.hash.slot(key), this.hash.fingerprint(key));
    return slot < 0 ? undefined : this.slots[STRIDE * slot + 2];
  }

  /** Whether `key` is stored. */
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Stores `line` (a positive int32) for `key`, replacing an earlier value as Map#set does. */
  set(key: string, line: number): this {
    if (line !== (line | 0) || line <= 0) throw new RangeError(`FingerprintLineTable stores positive int32 lines, not ${line}`);
    const hash = this.hash.slot(key);
    const fingerprint = this.hash.fingerprint(key);
    const found = this.find(key, hash, fingerprint);
    if (found >= 0) {
      this.slots[STRIDE * found + 2] = line;
      return this;
    }
    if (this.count + 1 > this.capacity * MAX_LOAD) this.grow();
    place(this.slots, this.capacity, hash, fingerprint, line);
    this.count++;
    return this;
  }

  /** The slot holding `key`: one with its hashes whose line's key is `key` (confirmed by re-reading), or -1. */
  private find(key: string, hash: number, fingerprint: number): number {
    const slots = this.slots;
    const mask = this.capacity - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = STRIDE * slot;
      const line = slots[at + 2]!;
      if (line === 0) return -1;
      if (slots[at] === hash && slots[at + 1] === fingerprint && this.keyAt(line) === key) return slot;
    }
  }

  /** Doubles the slots, placing each entry again by the slot hash it keeps. */
  private grow(): void {
    const old = this.slots;
    this.capacity *= 2;
    this.slots = new Int32Array(STRIDE * this.capacity);
    for (let at = 0; at < old.length; at += STRIDE) if (old[at + 2] !== 0) place(this.slots, this.capacity, old[at]!, old[at + 1]!, old[at + 2]!);
  }
}

/** Puts an entry in the first free slot from its slot hash. */
function place(slots: Int32Array, capacity: number, hash: number, fingerprint: number, line: number): void {
  const mask = capacity - 1;
  let slot = hash & mask;
  while (slots[STRIDE * slot + 2] !== 0) slot = (slot + 1) & mask;
  slots[STRIDE * slot] = hash;
  slots[STRIDE * slot + 1] = fingerprint;
  slots[STRIDE * slot + 2] = line;
}
