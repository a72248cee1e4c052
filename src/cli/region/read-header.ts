/**
 * Reads the header of a list (region and kind) for planning a region run, without parsing the
 * whole file: the first bytes are streamed with stream-json up to the start of `items`. A list
 * whose header is not complete there (keys after `items`, gzip, a broken start) is read whole.
 */
import fs from "node:fs";
import { headerOf, type ListHeader } from "../../conformance/region/plan-region.js";
import { catalogueParts } from "../../node/catalogue-parts.js";
import { InputError } from "../errors.js";
import { readJsonFile } from "../input/read-input.js";

/**
 * How much of a file's start is read for its header: region and kind come within the first few
 * hundred bytes of a list as the schema orders it. Kept small because stream-json tokenizes the
 * whole prefix at once, at a few MB/s.
 */
const PREFIX_BYTES = 4 * 1024;

/** One string as the async source catalogueParts reads. */
async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

/** The header values before `items` in the first bytes of `file`, or undefined when `items` does not start there. */
async function headerFromPrefix(file: string): Promise<Record<string, unknown> | undefined> {
  const fd = fs.openSync(file, "r");
  let text: string;
  try {
    const buffer = Buffer.alloc(PREFIX_BYTES);
    text = new TextDecoder().decode(buffer.subarray(0, fs.readSync(fd, buffer, 0, PREFIX_BYTES, 0)));
  } finally {
    fs.closeSync(fd);
  }
  const header: Record<string, unknown> = {};
  try {
    for await (const part of catalogueParts(once(text), { header: true }, PREFIX_BYTES)) {
      if (part.type === "header") header[part.key] = part.value;
      // Planning needs region and kind only: stop at the first other key after both (a repeated key further on, which
      // JSON.parse would keep instead, is not looked for: the check itself reads the whole list).
      if (part.type === "items-start" || ("region" in header && "kind" in header && part.type === "header" && part.key !== "region" && part.key !== "kind")) return header;
    }
  } catch {
    // A prefix cut inside the header, or malformed JSON: the whole read below decides.
  }
  return undefined;
}

/** The planning header of a list file; an unreadable file has none (its section reports why). */
export async function readHeader(file: string): Promise<ListHeader> {
  const prefix = /\.gz$/i.test(file) ? undefined : await headerFromPrefix(file);
  if (prefix) return headerOf(prefix);
  try {
    return headerOf(readJsonFile(file));
  } catch (error) {
    if (error instanceof InputError) return {};
    throw error;
  }
}
