/**
 * Reads input files for the CLI: UTF-8 only (a wrong encoding is reported, never guessed), gzip by
 * extension, and JSON parse errors turned into "file:line:column: message" in the run's language.
 * `name` is the file as the user gave it, for messages (it differs from the path for stdin).
 */
import { gunzipSync } from "node:zlib";
import { message } from "../../i18n/messages.js";
import { locateJsonError } from "../../internal/locate-json-error.js";
import { inspectInput, readWhole, type InputFile } from "../../node/input-file.js";
import { StreamInputError } from "../../stream/input-error.js";
import { locateInvalidUtf8 } from "../../stream/utf8-position.js";
import { inputError } from "../errors.js";
import { cliLocale } from "../locale.js";
import { streamInputError } from "./stream-error.js";

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
export function withFileName<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof StreamInputError) throw streamInputError(error, name);
    throw error;
  }
}

/** What a path is (a file and its size, or a pipe or device), with one-line errors for a missing path, a folder or a symlink loop. */
export function inspectFile(file: string, name = file): InputFile {
  return withFileName(name, () => inspectInput(file));
}

/** The size of a file (0 for a pipe or device), with the one-line errors of inspectFile. */
export function fileSize(file: string, name = file): number {
  return inspectFile(file, name).size;
}

/**
 * Reads a file's bytes (inflated, for .gz), bounded by the bytes actually read: a device, a pipe
 * or a growing file stops at the limit with one line, like a file whose size says it is too large.
 */
export function readBytes(file: string, name = file): Buffer {
  const { regular, size } = inspectFile(file, name);
  if (regular && size > MAX_WHOLE_FILE_BYTES) throw inputError("input.too-large", { mb: Math.round(size / 1048576) }, name);
  const bytes = withFileName(name, () => readWhole(file, readLimit(MAX_WHOLE_FILE_BYTES)));
  if (!file.endsWith(".gz")) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_INFLATED_BYTES });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw code === "ERR_BUFFER_TOO_LARGE" ? inputError("input.gzip-bomb", { mb: MAX_INFLATED_BYTES / 1048576 }, name) : inputError("input.bad-gzip", {}, name);
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
    throw inputError("input.not-utf8", {}, `${file}:${line}:${column}`);
  }
}

/** Parses JSON text; a syntax error becomes "file:line:column: malformed JSON: reason". */
export function parseJson(text: string, file: string, lineOffset = 0): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) throw inputError("input.too-deep", {}, file);
    const where = locateJsonError(text);
    const reason = message("json-syntax", cliLocale(), { code: where.code });
    throw inputError("input.malformed-json", { reason }, `${file}:${where.line + lineOffset}:${where.column}`);
  }
}

/** Reads a JSON file as text (UTF-8 checked, gzip inflated). */
export function readJsonText(file: string, name = file): string {
  return decodeUtf8(readBytes(file, name), name);
}

/** Reads and parses a JSON file. */
export function readJsonFile(file: string, name = file): unknown {
  return parseJson(readJsonText(file, name), name);
}
