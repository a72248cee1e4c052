/**
 * Splits a stream of bytes (or text) into lines, in batches: one batch per input chunk, so the
 * per-line cost is a string split, not an await. Memory is bounded by the chunk size plus the
 * longest line, and a line longer than `maxLineBytes` stops the run before it is buffered whole.
 * Browser-safe: it takes any async iterable, e.g. a Node stream or a web ReadableStream.
 */
import { inputProblem } from "./input-error.js";
import { locateInvalidUtf8 } from "./utf8-position.js";

/** The longest line read by default: 64 MiB. */
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

/** Lines of one input chunk; `firstLine` is the 1-based number of `lines[0]`. */
export interface LineBatch {
  lines: string[];
  firstLine: number;
  /** Input bytes (or characters, for text input) this batch consumed. */
  bytes: number;
  /**
   * Set when the lines hold their UTF-8 bytes as Latin-1 characters (one character per byte,
   * from a `LineDecoder` with `latin1: true`); the bytes were checked to be valid UTF-8.
   */
  latin1?: boolean;
  /**
   * With `LineReaderOptions.starts`, for byte input decoded as Latin-1: the byte offset of each
   * line's start from the start of the input (a BOM and a CR count as bytes of their line), so a
   * line can be read again from the file.
   */
  starts?: Float64Array;
}

/**
 * How bytes become text. The default decodes UTF-8 strictly (TextDecoder, fatal). A decoder
 * with `latin1: true` checks that the bytes are valid UTF-8 but returns them as Latin-1
 * characters, one per byte: Node's `latin1Decoder` (zwfw-standard/node), for validation that
 * parses most lines without decoding them (see LineValidator.validateLatin1Line).
 */
export interface LineDecoder {
  /** The text of `bytes`, or undefined when they are not valid UTF-8. */
  decode(bytes: Uint8Array): string | undefined;
  latin1: boolean;
}

/** Strict UTF-8 decoding with the platform's TextDecoder. */
export function utf8Decoder(): LineDecoder {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  return {
    latin1: false,
    decode(bytes) {
      try {
        return decoder.decode(bytes);
      } catch {
        return undefined;
      }
    },
  };
}

/** Options of readLines. */
export interface LineReaderOptions {
  /** The longest line accepted, in bytes (characters for text input). */
  maxLineBytes?: number;
  /** How byte input is decoded; strict UTF-8 by default. Text input is used as it is. */
  decoder?: LineDecoder;
  /** Give each Latin-1 batch the byte offsets of its lines (`LineBatch.starts`). */
  starts?: boolean;
}

/**
 * The part of a web ReadableStream the reader uses, declared here so the package's types compile
 * without the DOM lib or @types/node (issue 12); a ReadableStream satisfies it.
 */
export interface ChunkStream {
  getReader(): { read(): Promise<{ done: true; value?: unknown } | { done: false; value: Uint8Array | string }>; releaseLock(): void };
}

/** Anything that yields chunks: Node readable streams, web ReadableStreams, arrays in tests. */
export type ChunkSource = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string> | ChunkStream;

/** The chunks of a source; a web ReadableStream without async iteration (older browsers) is read through its reader. */
async function* chunksOf(source: ChunkSource): AsyncGenerator<Uint8Array | string> {
  if (Symbol.asyncIterator in source || Symbol.iterator in source) {
    yield* source as AsyncIterable<Uint8Array | string>;
    return;
  }
  const reader = (source as ChunkStream).getReader();
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) yield r.value;
  } finally {
    reader.releaseLock();
  }
}

const NEWLINE = 10;

/** Reads lines in batches; CRLF and a leading BOM are removed, a final line without "\n" counts. */
export async function* readLines(source: ChunkSource, options: LineReaderOptions = {}): AsyncGenerator<LineBatch> {
  const max = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const decoder = options.decoder ?? utf8Decoder();
  let carry: Uint8Array | string = new Uint8Array(0);
  let done = 0; // lines completed before the current batch
  const latin1 = decoder.latin1; // byte input becomes Latin-1 text of its UTF-8 bytes
  // Latin-1 text has one character per byte, so a line's bytes are its length and its newline.
  let position = 0;
  const startsOf = (lines: string[]): { starts?: Float64Array } => {
    if (!options.starts) return {};
    const starts = new Float64Array(lines.length);
    for (let i = 0; i < lines.length; i++) (starts[i] = position), (position += lines[i]!.length + 1);
    return { starts };
  };
  const tooLong = (line: number) =>
    inputProblem("line-too-long", "input.line-too-long", { max }, line);
  const decode = (bytes: Uint8Array, firstLine: number, using = decoder) => {
    const text = using.decode(bytes);
    if (text !== undefined) return text;
    const { line, column } = locateInvalidUtf8(bytes);
    throw inputProblem("invalid-utf8", "input.not-utf8", {}, firstLine + line - 1, column);
  };
  // Text input is used as it is, so bytes carried into a text chunk are decoded as UTF-8 whatever the decoder.
  const utf8 = decoder.latin1 ? utf8Decoder() : decoder;

  // A partial line of bytes is kept as pieces and joined once its newline comes: joining on every
  // chunk would copy a long line over and over (quadratic; a newline-free device such as /dev/zero).
  let pieces: Uint8Array[] = [];
  let pending = 0; // bytes in `pieces`
  const takeCarry = (): Uint8Array | string => {
    if (typeof carry === "string") return carry;
    if (pieces.length > 0) {
      carry = joinPieces(carry, pieces, pending);
      pieces = [];
      pending = 0;
    }
    return carry;
  };

  for await (const chunk of chunksOf(source)) {
    if (typeof chunk === "string") {
      const held = takeCarry();
      const text: string = (typeof held === "string" ? held : decode(held, done + 1, utf8)) + chunk;
      const last = text.lastIndexOf("\n");
      carry = last < 0 ? text : text.slice(last + 1);
      if (carry.length > max) throw tooLong(done + 1);
      if (last < 0) continue;
      const lines = finish(text.slice(0, last).split("\n"), done, max, tooLong, false);
      yield { lines, firstLine: done + 1, bytes: chunk.length };
      done += lines.length;
      continue;
    }
    const first = chunk.indexOf(NEWLINE);
    if (first < 0) {
      if (typeof carry === "string") carry = new TextEncoder().encode(carry);
      // Copies: a source may reuse its chunk's memory for the next one (openFile with reuseBuffer).
      pieces.push(new Uint8Array(chunk));
      pending += chunk.length;
      if (carry.length + pending > max) throw tooLong(done + 1);
      continue;
    }
    const held = takeCarry();
    const bytes: Uint8Array = typeof held === "string" ? new TextEncoder().encode(held) : held;
    const last = chunk.lastIndexOf(NEWLINE);
    // The carried partial line and the chunk's first line are decoded together; the rest of the
    // chunk up to its last newline in one call (newlines are always character boundaries).
    const head = decode(concat(bytes, chunk.subarray(0, first)), done + 1);
    const lines = [head];
    if (last > first) {
      const body = decode(chunk.subarray(first + 1, last), done + 2);
      for (const line of body.split("\n")) lines.push(line);
    }
    carry = new Uint8Array(chunk.subarray(last + 1)); // a copy (Buffer#slice would be a view)
    const starts = latin1 ? startsOf(lines) : {}; // before finish removes BOM and CRs
    yield { lines: finish(lines, done, max, tooLong, latin1), firstLine: done + 1, bytes: chunk.length, ...(latin1 ? { latin1, ...starts } : {}) };
    done += lines.length;
  }
  const held = takeCarry();
  const restLatin1 = latin1 && typeof held !== "string";
  const rest = typeof held === "string" ? held : decode(held, done + 1);
  if (rest.length > 0) {
    const starts = restLatin1 ? startsOf([rest]) : {};
    yield { lines: finish([rest], done, max, tooLong, restLatin1), firstLine: done + 1, bytes: 0, ...(restLatin1 ? { latin1: true, ...starts } : {}) };
  }
}

/** The carried bytes followed by the pieces, as one array of `pending` + carried bytes. */
function joinPieces(carry: Uint8Array, pieces: readonly Uint8Array[], pending: number): Uint8Array {
  const out = new Uint8Array(carry.length + pending);
  out.set(carry);
  let at = carry.length;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/** The byte-order mark as text, and as the Latin-1 text of its UTF-8 bytes. */
const BOM = "\ufeff";
const LATIN1_BOM = "\xef\xbb\xbf";

/** Removes "\r" endings and the BOM of the very first line, and checks line lengths. */
function finish(lines: string[], done: number, max: number, tooLong: (line: number) => Error, latin1: boolean): string[] {
  const bom = latin1 ? LATIN1_BOM : BOM;
  if (done === 0 && lines[0]!.startsWith(bom)) lines[0] = lines[0]!.slice(bom.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A JS string's length never exceeds its UTF-8 byte length, so only long strings need the
    // exact count; Latin-1 text has one character per byte.
    if (line.length > max / 3 && (latin1 ? line.length : utf8Length(line)) > max) throw tooLong(done + i + 1);
    if (line.charCodeAt(line.length - 1) === 13) lines[i] = line.slice(0, -1);
  }
  return lines;
}

/** The UTF-8 byte length of a string. */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

/** Joins two byte arrays (the carried partial line and the next piece). */
function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
