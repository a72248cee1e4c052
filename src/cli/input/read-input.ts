/**
 * Reads input files for the CLI: UTF-8 only (a wrong encoding is reported, never guessed), gzip by
 * extension, and JSON parse errors turned into "file:line:column: message" in the run's language.
 * `name` is the file as the user gave it, for messages (it differs from the path for stdin).
 */
import fs from "node:fs";
import { gunzipSync } from "node:zlib";
import { message } from "../../i18n/messages.js";
import { lineColumnAt, locateJsonError } from "../../internal/locate-json-error.js";
import { inputError } from "../errors.js";
import { cliLocale } from "../locale.js";

/** The largest document read whole; larger inputs must be JSONL, which streams. */
export const MAX_WHOLE_FILE_BYTES = 512 * 1024 * 1024;
/** The largest size a gzip member may inflate to when read whole (guards against gzip bombs). */
const MAX_INFLATED_BYTES = MAX_WHOLE_FILE_BYTES;

/** The size of a file, with one-line errors for a missing file and for a folder. */
export function fileSize(file: string, name = file): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw inputError("input.no-such-file", {}, name);
  }
  if (stat.isDirectory()) throw inputError("input.directory", {}, name);
  return stat.size;
}

/** Reads a file's bytes, with a one-line error for missing files, folders and oversize files. */
export function readBytes(file: string, name = file): Buffer {
  const size = fileSize(file, name);
  if (size > MAX_WHOLE_FILE_BYTES) throw inputError("input.too-large", { mb: Math.round(size / 1048576) }, name);
  const bytes = fs.readFileSync(file);
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
    const lenient = new TextDecoder("utf-8").decode(bytes);
    const before = lenient.slice(0, Math.max(lenient.indexOf("\uFFFD"), 0));
    const { line, column } = lineColumnAt(before, before.length);
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
