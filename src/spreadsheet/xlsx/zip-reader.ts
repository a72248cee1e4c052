/**
 * Random access to the parts of a zip archive (an .xlsx file): the central directory is read from the
 * end, and each part is inflated in chunks on demand, in the order the reader needs them, so a part is
 * never held whole and nothing is written to disk. fflate inflates; it has no random-access reader
 * over a file handle (its unzip either holds the whole archive or streams it in stored order), so the
 * few zip headers are read here.
 */
import { Inflate } from "fflate";
import { XlsxError, xlsxError } from "./xlsx-error.js";

/** Reads `length` bytes at `offset` (fewer at the end of the source). */
export type ReadAt = (offset: number, length: number) => Uint8Array;

/** Where a part's bytes are and how they are stored. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  headerOffset: number;
}

/** A zip archive read through `readAt`. */
export interface ZipArchive {
  entries: Map<string, ZipEntry>;
  readAt: ReadAt;
  size: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const CHUNK = 64 * 1024;

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/** Opens an archive of `size` bytes: its central directory, part by part. */
export function openZip(readAt: ReadAt, size: number): ZipArchive {
  const tailLength = Math.min(size, 22 + 0xffff);
  const tail = readAt(size - tailLength, tailLength);
  let end = -1;
  // Stryker disable next-line ArithmeticOperator: starting past the end only reads missing bytes as 0, which is no signature
  for (let i = tail.length - 22; i >= 0; i--) if (u32(tail, i) === EOCD) { end = i; break; }
  if (end < 0) throw xlsxError("error.xlsx.truncated-zip");
  const count = u16(tail, end + 10);
  const dirSize = u32(tail, end + 12);
  const dirOffset = u32(tail, end + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw xlsxError("error.xlsx.zip64");
  if (dirOffset + dirSize > size) throw xlsxError("error.xlsx.directory-past-end");
  const dir = readAt(dirOffset, dirSize);
  const names = new TextDecoder();
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > dir.length || u32(dir, at) !== CENTRAL) throw xlsxError("error.xlsx.damaged-directory");
    const nameLength = u16(dir, at + 28);
    const name = names.decode(dir.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, { name, method: u16(dir, at + 10), compressedSize: u32(dir, at + 20), size: u32(dir, at + 24), headerOffset: u32(dir, at + 42) });
    at += 46 + nameLength + u16(dir, at + 30) + u16(dir, at + 32);
  }
  return { entries, readAt, size };
}

/** Thrown by a sink to stop reading a part early (the row limit was reached). */
export class StopReading extends Error {}

/**
 * Inflates a part chunk by chunk into `sink`, as text decoded as UTF-8 across chunk boundaries (a
 * character split between two chunks stays whole). Stops quietly when the sink throws StopReading,
 * and with an XlsxError past `maxBytes` of text.
 */
export function readPartText(zip: ZipArchive, entry: ZipEntry, sink: (text: string) => void, maxBytes: number): void {
  const header = zip.readAt(entry.headerOffset, 30);
  if (header.length < 30 || u32(header, 0) !== LOCAL) throw xlsxError("error.xlsx.damaged-entry", { part: entry.name });
  const start = entry.headerOffset + 30 + u16(header, 26) + u16(header, 28);
  if (start + entry.compressedSize > zip.size) throw xlsxError("error.xlsx.entry-past-end", { part: entry.name });
  const decoder = new TextDecoder("utf-8");
  let total = 0;
  const emit = (bytes: Uint8Array, final: boolean) => {
    total += bytes.length;
    if (total > maxBytes) throw xlsxError("error.xlsx.part-too-large", { part: entry.name, mb: Math.round(maxBytes / 1048576) });
    const text = decoder.decode(bytes, { stream: !final });
    if (text) sink(text);
  };
  try {
    if (entry.method === 0) {
      // Stryker disable next-line EqualityOperator: one more read of 0 bytes decodes to nothing, and the sink is not called
      for (let at = 0; at < entry.compressedSize; at += CHUNK) {
        const n = Math.min(CHUNK, entry.compressedSize - at);
        emit(zip.readAt(start + at, n), at + n >= entry.compressedSize);
      }
      return;
    }
    if (entry.method !== 8) throw xlsxError("error.xlsx.compression-method", { part: entry.name, method: entry.method });
    const inflate = new Inflate((chunk, final) => emit(chunk, final));
    if (entry.compressedSize === 0) throw xlsxError("error.xlsx.empty-data", { part: entry.name });
    // Stryker disable next-line EqualityOperator: one more push of 0 bytes after the final one adds nothing (fflate accepts it)
    for (let at = 0; at < entry.compressedSize; at += CHUNK) {
      const n = Math.min(CHUNK, entry.compressedSize - at);
      inflate.push(zip.readAt(start + at, n), at + n >= entry.compressedSize);
    }
  } catch (error) {
    if (error instanceof StopReading || error instanceof XlsxError) throw error;
    // fflate reports damaged deflate data ("invalid block type", "unexpected EOF") as plain errors.
    throw xlsxError("error.xlsx.damaged-data", { part: entry.name, reason: (error as Error).message });
  }
}
