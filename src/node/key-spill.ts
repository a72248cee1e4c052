/**
 * The duplicate keys of a worker-pool run in bounded memory: each record's key is remembered as a
 * 64-bit fingerprint, its line and the byte offset of its line, in a buffer of fixed size; a full
 * buffer is sorted by fingerprint and written to a temporary file as a run, and `sorted()` merges
 * the runs (k-way) at the end. Node-only.
 *
 * Why an external sort rather than a hash table: a table keeps one slot per record (≥ 16 bytes a
 * record at its load, 250 MB at the national 15 million records), so its memory grows with the
 * input; here memory is the buffer (`bound` × 28 bytes) and 64 KiB per run read back, whatever the
 * input size, and the disk holds 32 bytes a record. Exactness comes after: only records whose
 * fingerprints are equal are candidates, and their keys are read again from the file (see
 * spilled-duplicates.ts).
 */
import fs from "node:fs";
import { removeOnExit, type TempFile } from "./temp-file.js";

/** One remembered key: the halves of its 64-bit fingerprint, its line and where that line starts in the file. */
export interface SpilledKey {
  /** The first hash, as an unsigned 32-bit number: the sort key. */
  hi: number;
  /** The second hash (signed 32-bit). */
  lo: number;
  line: number;
  offset: number;
}

/** Keys held in memory before a run is written: 2²⁰ × 28 bytes = 28 MiB. Env ZWFW_SPILL_KEYS overrides it (tests use a few). */
export const DEFAULT_SPILL_BOUND = 1 << 20;
/** The most a buffer may hold: a key's index in its buffer must fit beside a 32-bit hash in a float64's 53 bits. */
const MAX_BOUND = 1 << 21;
/** Float64s per record in a run file: hi, lo, line, offset. */
const FIELDS = 4;
/** Records per read or write of a run: 64 KiB. */
const BLOCK = 2048;

/** The bound in effect: the option, else env ZWFW_SPILL_KEYS, else the default. */
export function spillBoundOf(option?: number): number {
  const fromEnv = Number(process.env.ZWFW_SPILL_KEYS);
  const bound = option ?? (fromEnv > 0 ? fromEnv : DEFAULT_SPILL_BOUND);
  return Math.max(1, Math.min(MAX_BOUND, Math.floor(bound)));
}

/** Remembers keys in line order (`add`), then gives them back sorted by first hash and, among equal ones, by line (`sorted`). */
export class KeySpill {
  private readonly hi: Uint32Array;
  private readonly lo: Int32Array;
  private readonly lines: Int32Array;
  private readonly offsets: Float64Array;
  private count = 0;
  /** Written runs: their first record and their record count. */
  private readonly runs: { at: number; records: number }[] = [];
  private records = 0;
  private temp: TempFile | undefined;

  constructor(readonly bound = spillBoundOf()) {
    this.hi = new Uint32Array(bound);
    this.lo = new Int32Array(bound);
    this.lines = new Int32Array(bound);
    this.offsets = new Float64Array(bound);
  }

  /** The number of keys added. */
  get size(): number {
    return this.records + this.count;
  }

  /** The runs written to disk so far. */
  get spilledRuns(): number {
    return this.runs.length;
  }

  /** Adds a key (its two hashes), the line it is on and the byte offset where that line starts; lines come in increasing order. */
  add(hi: number, lo: number, line: number, offset: number): void {
    if (this.count === this.bound) this.spill();
    const i = this.count++;
    this.hi[i] = hi;
    this.lo[i] = lo;
    this.lines[i] = line;
    this.offsets[i] = offset;
  }

  /** Every key added, ordered by `hi` and then by line. Call once, after the last `add`. */
  *sorted(): Generator<SpilledKey> {
    if (this.runs.length === 0) {
      const order = this.order();
      for (let k = 0; k < order.length; k++) yield this.at(order[k]! % MAX_BOUND);
      return;
    }
    if (this.count > 0) this.spill();
    yield* this.merge();
  }

  /** Removes the temporary file (also done on exit and on SIGINT/SIGTERM). */
  close(): void {
    this.temp?.remove();
    this.temp = undefined;
  }

  private at(i: number): SpilledKey {
    return { hi: this.hi[i]!, lo: this.lo[i]!, line: this.lines[i]!, offset: this.offsets[i]! };
  }

  /**
   * The buffer's indexes in order of (hi, index) as hi × 2²¹ + index: a Float64Array sorts
   * natively, far faster than an index array with a comparator, and the index keeps equal hashes
   * in line order.
   */
  private order(): Float64Array {
    const order = new Float64Array(this.count);
    for (let i = 0; i < this.count; i++) order[i] = this.hi[i]! * MAX_BOUND + i;
    return order.sort();
  }

  /** Writes the buffer, sorted, as the next run. */
  private spill(): void {
    this.temp ??= removeOnExit("zwfw-keys-");
    const order = this.order();
    const block = new Float64Array(BLOCK * FIELDS);
    const bytes = new Uint8Array(block.buffer);
    let n = 0;
    let written = 0;
    const position = () => (this.records + written) * FIELDS * 8;
    for (let k = 0; k < order.length; k++) {
      const i = order[k]! % MAX_BOUND;
      const at = n * FIELDS;
      block[at] = this.hi[i]!;
      block[at + 1] = this.lo[i]!;
      block[at + 2] = this.lines[i]!;
      block[at + 3] = this.offsets[i]!;
      if (++n === BLOCK) {
        writeAll(this.temp.fd, bytes, n * FIELDS * 8, position());
        written += n;
        n = 0;
      }
    }
    if (n > 0) writeAll(this.temp.fd, bytes, n * FIELDS * 8, position());
    this.runs.push({ at: this.records, records: this.count });
    this.records += this.count;
    this.count = 0;
  }

  /** The k-way merge of the runs: the smallest hi first, and the earlier run among equal ones (runs are in line order). */
  private *merge(): Generator<SpilledKey> {
    const fd = this.temp!.fd;
    const readers = this.runs.map((run) => new RunReader(fd, run.at, run.records));
    const heads = readers.map((r) => r.next());
    for (;;) {
      let best = -1;
      for (let r = 0; r < heads.length; r++) {
        const head = heads[r];
        if (head !== undefined && (best < 0 || head.hi < heads[best]!.hi)) best = r;
      }
      if (best < 0) return;
      yield heads[best]!;
      heads[best] = readers[best]!.next();
    }
  }
}

/** Reads one run's records in blocks of 64 KiB. */
class RunReader {
  private readonly block = new Float64Array(BLOCK * FIELDS);
  private readonly bytes = new Uint8Array(this.block.buffer);
  private held = 0;
  private taken = 0;
  private read = 0;

  constructor(private readonly fd: number, private readonly at: number, private readonly records: number) {}

  /** The next record, or undefined at the run's end. */
  next(): SpilledKey | undefined {
    if (this.taken === this.held) {
      if (this.read === this.records) return undefined;
      const n = Math.min(BLOCK, this.records - this.read);
      readAll(this.fd, this.bytes, n * FIELDS * 8, (this.at + this.read) * FIELDS * 8);
      this.read += n;
      this.held = n;
      this.taken = 0;
    }
    const at = this.taken++ * FIELDS;
    const b = this.block;
    return { hi: b[at]!, lo: b[at + 1]!, line: b[at + 2]!, offset: b[at + 3]! };
  }
}

function writeAll(fd: number, bytes: Uint8Array, length: number, position: number): void {
  for (let done = 0; done < length; ) done += fs.writeSync(fd, bytes, done, length - done, position + done);
}

function readAll(fd: number, bytes: Uint8Array, length: number, position: number): void {
  for (let done = 0; done < length; ) {
    const n = fs.readSync(fd, bytes, done, length - done, position + done);
    if (n === 0) throw new Error("zwfw: a temporary run file was cut short");
    done += n;
  }
}
