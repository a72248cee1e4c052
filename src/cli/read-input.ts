/**
 * Reads input files for the CLI: UTF-8 only (a wrong encoding is reported, never guessed), gzip by
 * extension, and JSON parse errors turned into "file:line:column: message".
 */
import { gunzipSync } from "node:zlib";
import { bilingual, message } from "../i18n/messages.js";
import { locateJsonError } from "../internal/locate-json-error.js";
import { inspectInput, readWhole, type InputFile } from "../node/input-file.js";
import { StreamInputError } from "../stream/input-error.js";
import { locateInvalidUtf8 } from "../stream/utf8-position.js";
import { InputError } from "./errors.js";

/** The largest document read whole; larger inputs must be JSONL, which streams. */
export const MAX_WHOLE_FILE_BYTES = 512 * 1024 * 1024;
/** The largest size a gzip member may inflate to when read whole (guards against gzip bombs). */
const MAX_INFLATED_BYTES = MAX_WHOLE_FILE_BYTES;

/** A read limit, lowered by env ZWFW_MAX_FILE_BYTES (the hostile tests read devices without reading 512 MB). */
export function readLimit(limit: number): number {
  const fromEnv = Number(process.env.ZWFW_MAX_FILE_BYTES);
  return fromEnv > 0 ? Math.min(fromEnv, limit) : limit;
}

/** Runs a read of the node layer, turning its StreamInputError into the CLI's one line naming the file. */
export function withFileName<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof StreamInputError) throw new InputError(error.describe(file));
    throw error;
  }
}

/** What a path is (a file and its size, or a pipe or device), with one-line errors for a missing path, a folder or a symlink loop. */
export function inspectFile(file: string): InputFile {
  return withFileName(file, () => inspectInput(file));
}

/** The size of a file (0 for a pipe or device), with the one-line errors of inspectFile. */
export function fileSize(file: string): number {
  return inspectFile(file).size;
}

/**
 * Reads a file's bytes (inflated, for .gz), bounded by the bytes actually read: a device, a pipe
 * or a growing file stops at the limit with one line, like a file whose size says it is too large.
 */
export function readBytes(file: string): Buffer {
  const { regular, size } = inspectFile(file);
  if (regular && size > MAX_WHOLE_FILE_BYTES) {
    throw new InputError(`${file}: ${bilingual("input.too-large", { mb: Math.round(size / 1048576) })}`);
  }
  const bytes = withFileName(file, () => readWhole(file, readLimit(MAX_WHOLE_FILE_BYTES)));
  if (!file.endsWith(".gz")) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_INFLATED_BYTES });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: ${code === "ERR_BUFFER_TOO_LARGE" ? bilingual("input.gzip-bomb", { mb: MAX_INFLATED_BYTES / 1048576 }) : bilingual("input.bad-gzip")}`);
  }
}

/** Decodes UTF-8 strictly, reporting the line and column of the first invalid byte. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    // Located in the bytes, not by the first U+FFFD of a lossy decode: the file may hold a real U+FFFD before the bad byte.
    const { line, column } = locateInvalidUtf8(bytes);
    throw new InputError(`${file}:${line}:${column}: ${bilingual("input.not-utf8")}`);
  }
}

/** Parses JSON text; a syntax error becomes "file:line:column: malformed JSON: reason". */
export function parseJson(text: string, file: string, lineOffset = 0): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) throw new InputError(`${file}: ${bilingual("input.too-deep")}`);
    const where = locateJsonError(text);
    const reason = { zh: message("json-syntax", "zh-CN", { code: where.code }), en: message("json-syntax", "en", { code: where.code }) };
    throw new InputError(`${file}:${where.line + lineOffset}:${where.column}: ${bilingual("input.malformed-json", reason)}`);
  }
}

/** Reads and parses a JSON file. */
export function readJsonFile(file: string): unknown {
  return parseJson(decodeUtf8(readBytes(file), file), file);
}
