/**
 * Reads input files for the CLI: UTF-8 only (a wrong encoding is reported, never guessed), gzip by
 * extension, and JSON parse errors turned into "file:line:column: message".
 */
import fs from "node:fs";
import { gunzipSync } from "node:zlib";
import { bilingual, message } from "../i18n/messages.js";
import { lineColumnAt, locateJsonError } from "../internal/locate-json-error.js";
import { InputError } from "./errors.js";

/** The largest document read whole; larger inputs must be JSONL, which streams. */
export const MAX_WHOLE_FILE_BYTES = 512 * 1024 * 1024;
/** The largest size a gzip member may inflate to when read whole (guards against gzip bombs). */
const MAX_INFLATED_BYTES = MAX_WHOLE_FILE_BYTES;

/** The size of a file, with one-line errors for a missing file and for a folder. */
export function fileSize(file: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new InputError(`${file}: ${bilingual("input.no-such-file")}`);
  }
  if (stat.isDirectory()) throw new InputError(`${file}: ${bilingual("input.directory")}`);
  return stat.size;
}

/** Reads a file's bytes, with a one-line error for missing files, folders and oversize files. */
export function readBytes(file: string): Buffer {
  const size = fileSize(file);
  if (size > MAX_WHOLE_FILE_BYTES) {
    throw new InputError(`${file}: ${bilingual("input.too-large", { mb: Math.round(size / 1048576) })}`);
  }
  const bytes = fs.readFileSync(file);
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
    const valid = new TextDecoder("utf-8").decode(bytes).indexOf("\uFFFD");
    const before = new TextDecoder("utf-8").decode(bytes).slice(0, Math.max(valid, 0));
    const { line, column } = lineColumnAt(before, before.length);
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
