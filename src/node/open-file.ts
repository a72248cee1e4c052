/**
 * Opens an input file (or a byte range of it) as a stream of byte chunks, inflating .gz with a
 * bound on the inflated size so that a gzip bomb stops with a clear error. Node-only.
 */
import fs from "node:fs";
import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";
import { inputProblem, StreamInputError } from "../stream/input-error.js";
import { formatBytes, inspectInput, openProblem, readLimitError, readSome } from "./input-file.js";

export { formatBytes } from "./input-file.js";

/**
 * Read size: large enough that per-chunk costs vanish, and small enough that a chunk's decoded
 * text (up to 2 bytes per byte) stays under V8's 128 KiB limit for young-generation objects.
 * Larger chunks made every decoded chunk a large object with pages of its own, mapped and
 * unmapped each time: 256 KiB chunks cost ≈ 170,000 page faults per 400 MB and a third of the
 * baseline's system time (docs/performance.md).
 */
export const CHUNK_BYTES = 64 * 1024;
/** How far gzip may inflate, relative to the compressed size, before it counts as a bomb. */
const MAX_INFLATE_RATIO = 200;
/** Inflating up to this much is always allowed, whatever the ratio. */
const MIN_INFLATE_LIMIT = 1024 * 1024 * 1024;

/** Options of openFile. */
export interface OpenFileOptions {
  /** First byte to read (plain files only). */
  start?: number;
  /** Byte after the last one to read (exclusive; plain files only). */
  end?: number;
  /** Called with the count of file bytes (compressed, for .gz) as they are read. */
  onBytes?: (bytes: number) => void;
  /**
   * Read every chunk of a plain file into one buffer, so a chunk is valid only until the next is
   * requested: for consumers that copy what they keep, such as readLines. Fresh buffers pile up
   * as garbage until V8 collects them (up to its 64 MiB external-memory step per thread).
   */
  reuseBuffer?: boolean;
}

/** Whether a file name says gzip. */
export const isGzip = (file: string) => /\.gz$/i.test(file);

/** The inflated size a .gz file of `compressedBytes` may reach: env ZWFW_MAX_INFLATE_BYTES, else 200× (at least 1 GiB). */
export function maxInflatedBytes(compressedBytes: number): number {
  const fromEnv = Number(process.env.ZWFW_MAX_INFLATE_BYTES);
  if (fromEnv > 0) return fromEnv;
  return Math.max(MIN_INFLATE_LIMIT, compressedBytes * MAX_INFLATE_RATIO);
}

/** Reads a file (a range of it, or its inflated content for .gz) as byte chunks. */
export async function* openFile(file: string, options: OpenFileOptions = {}): AsyncGenerator<Uint8Array> {
  if (!isGzip(file)) {
    yield* readChunks(file, options);
    return;
  }
  const limit = maxInflatedBytes(inspectInput(file).size);
  const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
  pipeline(readChunks(file, { onBytes: options.onBytes }), gunzip, () => undefined); // errors surface on `gunzip`, which we iterate
  let inflated = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      if (inflated > limit) {
        throw inputProblem("inflate-limit", "input.inflate-limit", { limit: formatBytes(limit) });
      }
      yield chunk;
    }
  } catch (error) {
    if (error instanceof StreamInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (code.startsWith("Z_")) throw inputProblem("not-gzip", "input.bad-gzip");
    throw error;
  } finally {
    gunzip.destroy();
  }
}

/** Bytes read between two turns of the event loop. */
const YIELD_BYTES = 256 * 1024;
/** The most a stream (pipe, FIFO, device) may yield, unless ZWFW_MAX_STREAM_BYTES says otherwise: a file's own size bounds a file. */
const DEFAULT_MAX_STREAM_BYTES = 64 * 1024 ** 3;

/** The most bytes read from a pipe, FIFO or device: env ZWFW_MAX_STREAM_BYTES, else 64 GiB. */
export function maxStreamBytes(): number {
  const fromEnv = Number(process.env.ZWFW_MAX_STREAM_BYTES);
  return fromEnv > 0 ? fromEnv : DEFAULT_MAX_STREAM_BYTES;
}

/**
 * The bytes of a file (or of [start, end)) in chunks of CHUNK_BYTES, fresh or in one reused
 * buffer. Reads are synchronous: from the page cache a 64 KiB read takes ≈ 10 µs, against ≈ 85 µs
 * per chunk through an fs.ReadStream's machinery (measured: 405 MB in 67 ms against 531 ms), a
 * cost every thread of a parallel run paid. Every YIELD_BYTES the event loop gets a turn, for the
 * progress bar and the worker pool's messages, so a caller on the main thread stays responsive.
 *
 * A regular file is read up to its size when it was opened (or `end`), whatever is appended
 * meanwhile, so one thread and several read the same bytes; a file that ends sooner shrank, which
 * stops the run. A pipe, FIFO or device is read without positions until it ends, at most
 * maxStreamBytes().
 */
async function* readChunks(file: string, options: OpenFileOptions): AsyncGenerator<Uint8Array> {
  let fd: number;
  try {
    fd = fs.openSync(file, "r");
  } catch (error) {
    throw openProblem(error);
  }
  const shared = options.reuseBuffer ? Buffer.allocUnsafe(CHUNK_BYTES) : undefined;
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw openProblem(Object.assign(new Error("directory"), { code: "EISDIR" }));
    const regular = stat.isFile();
    let position = regular ? (options.start ?? 0) : 0;
    const stop = regular ? (options.end ?? stat.size) : maxStreamBytes() + 1;
    let sinceTurn = 0;
    while (position < stop) {
      const want = Math.min(CHUNK_BYTES, stop - position);
      const chunk = shared ?? Buffer.allocUnsafe(want);
      const got = regular ? fs.readSync(fd, chunk, 0, want, position) : readSome(fd, chunk, 0, want);
      if (got === 0) {
        if (regular) throw inputProblem("file-changed", "input.file-shrank", { expected: stop, read: position });
        return;
      }
      position += got;
      if (!regular && position > maxStreamBytes()) throw readLimitError(maxStreamBytes());
      options.onBytes?.(got);
      yield got === chunk.length ? chunk : chunk.subarray(0, got);
      sinceTurn += got;
      if (sinceTurn >= YIELD_BYTES) {
        sinceTurn = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}
