/**
 * The duplicate-item findings of a worker-pool run, from its spilled keys (key-spill.ts): records
 * whose fingerprints are equal are candidates, their keys are read again from their lines, and
 * claimDuplicateKey is replayed over them in line order, so the findings are exactly those of a
 * Map of every key, and a hash collision never makes a false duplicate. Node-only.
 *
 * Why replaying within a fingerprint is exact: the fingerprint is of the key's first 31 characters
 * (the implementation code), and claimDuplicateKey only ever compares a key, or those 31
 * characters, with earlier keys or their 31 characters; so records with different fingerprints
 * never clash, and those with equal ones are replayed in the order of their lines.
 */
import fs from "node:fs";
import { duplicateKeyOf, IMPLEMENTATION_CODE_LENGTH, itemCodeOf, claimDuplicateKey, claimedKeysInMaps, type CatalogueKind } from "../rules/item-kind.js";
import type { Data } from "../rules/rule.js";
import { defaultFingerprintHash, type FingerprintHash } from "../validate/key-hash.js";
import type { LineKey } from "../validate/line-duplicates.js";
import type { KeySpill, SpilledKey } from "./key-spill.js";

/** A duplicate: the key on `line` was first claimed on `first`. */
export interface SpilledDuplicate {
  line: number;
  first: number;
  entry: LineKey;
}

/** The two hashes of a key's first 31 characters, the part every clash involves. */
export function fingerprintOf(key: string, hash: FingerprintHash = defaultFingerprintHash): { hi: number; lo: number } {
  const part = key.length > IMPLEMENTATION_CODE_LENGTH ? key.slice(0, IMPLEMENTATION_CODE_LENGTH) : key;
  return { hi: hash.slot(part) >>> 0, lo: hash.fingerprint(part) | 0 };
}

/** Where the keys of spilled records are read again: from an offset given when the record was spilled. */
export interface KeySource {
  /** The duplicate key at `offset`, or undefined when there is none any more (the file changed). */
  keyAt(offset: number): LineKey | undefined;
  close(): void;
}

/** What the duplicate replay needs to know of the run. */
export interface ReplayOptions {
  /** The keys: a JSONL file (offsets of its lines) or a key log. */
  source: KeySource;
  /** The major's reading of handling items (Major.wholeBesideHandlingItems). */
  wholeBesideHandlingItems: boolean;
}

/** The duplicates among the spilled keys, in the order of their fingerprints (callers order them by line). */
export function* spilledDuplicates(spill: KeySpill, options: ReplayOptions): Generator<SpilledDuplicate> {
  let group = new FingerprintGroup(options);
  for (const key of spill.sorted()) {
    if (key.hi !== group.hi) group = new FingerprintGroup(options, key.hi);
    const found = group.add(key);
    if (found) yield* found;
  }
}

/**
 * The records of one first hash, in line order, replayed as they come: a record is read again only
 * once a second record with the same second hash appears (the first one is then read too). Its
 * memory is one record per second hash and the distinct keys read, so one key repeated on every
 * line of a file costs no more than a key seen twice.
 */
class FingerprintGroup {
  private readonly waiting = new Map<number, SpilledKey>();
  private readonly replayed = new Set<number>();
  private readonly seen = claimedKeysInMaps<number>();

  constructor(private readonly options: ReplayOptions, readonly hi = -1) {}

  /** Adds the group's next record; the duplicate it reveals, if any. */
  add(key: SpilledKey): SpilledDuplicate[] | undefined {
    if (!this.replayed.has(key.lo)) {
      const earlier = this.waiting.get(key.lo);
      if (!earlier) {
        this.waiting.set(key.lo, key);
        return undefined;
      }
      this.waiting.delete(key.lo);
      this.replayed.add(key.lo);
      // The first of its fingerprint, so no duplicate; claimed so that later records find it.
      this.claim(earlier);
    }
    const found = this.claim(key);
    return found && [found];
  }

  private claim(key: SpilledKey): SpilledDuplicate | undefined {
    const entry = this.options.source.keyAt(key.offset);
    if (!entry) return undefined;
    const first = claimDuplicateKey(this.seen, entry.key, entry.field, key.line, this.options.wholeBesideHandlingItems);
    return first === undefined ? undefined : { line: key.line, first, entry };
  }
}

/** The keys of a JSONL file's lines, read again from the offsets where the lines start. */
export class FileLineKeys implements KeySource {
  private readonly lines: LinesAt;

  constructor(file: string, private readonly kind: CatalogueKind) {
    this.lines = new LinesAt(fs.openSync(file, "r"));
  }

  keyAt(offset: number): LineKey | undefined {
    const text = this.lines.lineAt(offset).replace(/^\ufeff/u, "").replace(/\r$/u, "");
    try {
      const item = JSON.parse(text) as unknown;
      if (typeof item !== "object" || item === null) return undefined;
      const keyed = duplicateKeyOf(item as Data, this.kind);
      return keyed && { key: keyed.key, field: keyed.field, itemCode: itemCodeOf(item) };
    } catch {
      return undefined;
    }
  }

  close(): void {
    this.lines.close();
  }
}

/** Reads lines of a file by the offsets where they start. */
export class LinesAt {
  private buffer = Buffer.allocUnsafe(64 * 1024);
  private open = true;

  constructor(readonly fd: number) {}

  /** The text of the line at `offset` (to its newline or the end of the file); the buffer doubles for a longer line. */
  lineAt(offset: number): string {
    let held = 0;
    for (;;) {
      const n = fs.readSync(this.fd, this.buffer, held, this.buffer.length - held, offset + held);
      const end = this.buffer.indexOf(10, held);
      held += n;
      if (end >= 0 && end < held) return this.buffer.toString("utf8", 0, end);
      if (n === 0) return this.buffer.toString("utf8", 0, held);
      if (held === this.buffer.length) {
        const bigger = Buffer.allocUnsafe(this.buffer.length * 2);
        this.buffer.copy(bigger);
        this.buffer = bigger;
      }
    }
  }

  /** Closes the file (again is a no-op). */
  close(): void {
    if (this.open) fs.closeSync(this.fd);
    this.open = false;
  }
}
