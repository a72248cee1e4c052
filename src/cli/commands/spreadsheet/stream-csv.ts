/**
 * Node-only: CSV content taken record by record through csv-parse's stream (its Node build), a slice of the content at a
 * time, so its rows are never all held: the same records, limits and errors as parseSheet, which splits the whole text at once.
 */
import { pipeline, Readable } from "node:stream";
import { parse } from "csv-parse";
import { openFile } from "../../../node/open-file.js";
import { csvParseOptions, csvProblem } from "../../../spreadsheet/csv.js";
import { StreamInputError } from "../../../stream/input-error.js";
import { readCsv } from "./read-csv.js";

/** CSV content: bytes or text held whole, or a UTF-8 file (isUtf8CsvFile) read a chunk at a time. */
export type CsvSource = { text: string | Uint8Array } | { file: string };

/** Bytes (or characters) handed to the parser at a time. */
const SLICE = 1 << 20;

/** The content in slices; text is never cut inside a surrogate pair (the parser encodes each slice as UTF-8). */
function* slices(text: string | Uint8Array): Generator<Buffer | string> {
  if (typeof text !== "string") {
    for (let at = 0; at < text.length; at += SLICE) yield Buffer.from(text.buffer, text.byteOffset + at, Math.min(SLICE, text.length - at));
    return;
  }
  for (let at = 0; at < text.length;) {
    let end = Math.min(at + SLICE, text.length);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--;
    yield text.slice(at, end);
    at = end;
  }
}

/**
 * Calls `onRecord` with each record (row 1 is the header) and its 0-based index, at most `maxRows` + 1 of them; returns
 * the row the reader stopped at when the content has more (parseSheet's `truncatedAt`). Throws parseSheet's
 * StreamInputError for content csv-parse cannot split, the file's read errors, and whatever `onRecord` throws.
 */
export async function eachCsvRecord(source: CsvSource, maxRows: number, onRecord: (record: string[], index: number) => void): Promise<number | undefined> {
  const parser = parse(csvParseOptions(maxRows));
  // Errors of the reading surface on the parser, which is iterated.
  pipeline("file" in source ? Readable.from(openFile(source.file)) : Readable.from(slices(source.text)), parser, () => undefined);
  let count = 0;
  let failed: { error: unknown } | undefined;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (count <= maxRows) {
        try {
          onRecord(record, count);
        } catch (error) {
          failed = { error };
          throw error;
        }
      }
      count++;
    }
  } catch (error) {
    if (failed) throw failed.error;
    if (error instanceof StreamInputError) throw error;
    // csv-parse's error, worded as parseSheet words it; an open quote is searched for in the whole text, read again for a file.
    throw csvProblem(error, "file" in source ? readCsv(source.file).text : source.text);
  }
  return count > maxRows + 1 ? maxRows + 2 : undefined;
}
