/**
 * Re-reads the duplicate key of one line of a JSONL file validated in byte ranges: the exact
 * confirmation behind FingerprintLineTable, which keeps hashes and lines, never keys. Node-only.
 */
import fs from "node:fs";
import { duplicateKeyOf, type CatalogueKind } from "../rules/item-kind.js";
import type { Data } from "../rules/rule.js";

/** A range of the file and the absolute number of its first line. */
interface KnownRange {
  start: number;
  end: number;
  firstLine: number;
}

/**
 * Line-start offsets of this many ranges are kept (≈ 45 KB each for 8 MiB of records): an earlier
 * copy of a duplicate is usually near it, and a clean file asks for none.
 */
const CACHED_RANGES = 4;

/** Reads keys back by absolute line number; ranges are added in file order as the merge reaches them. */
export class LineKeyReader {
  private readonly ranges: KnownRange[] = [];
  private readonly lineStarts = new Map<number, Float64Array>();

  constructor(private readonly file: string, private readonly kind: CatalogueKind) {}

  /** Adds the next range: its bytes and the absolute number of its first line. */
  addRange(start: number, end: number, firstLine: number): void {
    this.ranges.push({ start, end, firstLine });
  }

  /** The duplicate key of a valid item on `line` (as duplicateKeyOf gives it), or undefined when the line no longer holds one. */
  keyAt(line: number): string | undefined {
    const r = this.rangeOf(line);
    if (r < 0) return undefined;
    const range = this.ranges[r]!;
    const starts = this.startsOf(r);
    const k = line - range.firstLine;
    if (k >= starts.length) return undefined;
    const from = starts[k]!;
    const to = k + 1 < starts.length ? starts[k + 1]! : range.end;
    const text = readBytes(this.file, from, to - from).toString("utf8").replace(/^\ufeff/u, "").replace(/\r?\n$/u, "");
    try {
      const item = JSON.parse(text) as unknown;
      return typeof item === "object" && item !== null ? duplicateKeyOf(item as Data, this.kind)?.key : undefined;
    } catch {
      // The file changed since its line was validated: no key, so no duplicate is claimed from it.
      return undefined;
    }
  }

  /** The index of the range holding `line` (binary search; ranges are in line order), or -1. */
  private rangeOf(line: number): number {
    let lo = 0;
    let hi = this.ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.ranges[mid]!.firstLine <= line) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi;
  }

  /** The offsets of the lines of range `r`, from a read of the range, kept for the last few ranges asked about. */
  private startsOf(r: number): Float64Array {
    const cached = this.lineStarts.get(r);
    if (cached) {
      // Most recently used last: Map keeps insertion order.
      this.lineStarts.delete(r);
      this.lineStarts.set(r, cached);
      return cached;
    }
    const { start, end } = this.ranges[r]!;
    const bytes = readBytes(this.file, start, end - start);
    const offsets = [start];
    for (let at = bytes.indexOf(10); at >= 0 && at + 1 < bytes.length; at = bytes.indexOf(10, at + 1)) offsets.push(start + at + 1);
    const starts = Float64Array.from(offsets);
    if (this.lineStarts.size >= CACHED_RANGES) this.lineStarts.delete(this.lineStarts.keys().next().value!);
    this.lineStarts.set(r, starts);
    return starts;
  }
}

/** `length` bytes of `file` from `position` (fewer if the file is shorter now). */
function readBytes(file: string, position: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  const fd = fs.openSync(file, "r");
  try {
    let read = 0;
    while (read < length) {
      const n = fs.readSync(fd, buffer, read, length - read, position + read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}
