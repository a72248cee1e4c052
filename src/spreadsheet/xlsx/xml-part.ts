/**
 * Parses one XML part of an archive as it inflates, with saxes (a streaming, non-validating parser
 * that expands no custom entities, so billion-laughs and external entities are refused).
 */
import { SaxesParser } from "saxes";
import { readPartText, StopReading, type ZipArchive } from "./zip-reader.js";
import { xlsxError } from "./xlsx-error.js";

/** What a part reader does with elements and text; names are local (prefix removed). */
export interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** The most uncompressed bytes read from one part: far above the row and cell limits' worth of XML. */
export const MAX_PART_BYTES = 2 * 1024 * 1024 * 1024 - 1;

const local = (name: string) => name.slice(name.indexOf(":") + 1);

/** Parses part `name` (absent: nothing happens, returns false). A handler may throw StopReading to stop early. */
export function parsePart(zip: ZipArchive, name: string, handlers: XmlHandlers, maxBytes = MAX_PART_BYTES): boolean {
  const entry = zip.entries.get(name);
  if (!entry) return false;
  // Stryker disable next-line ObjectLiteral: xmlns: false is saxes' default, written out for the reader
  const parser = new SaxesParser({ xmlns: false });
  if (handlers.open) {
    const open = handlers.open;
    parser.on("opentag", (tag) => open(local(tag.name), tag.attributes as Record<string, string>));
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (tag) => close(local(tag.name)));
  }
  if (handlers.text) {
    const text = handlers.text;
    parser.on("text", text);
    parser.on("cdata", text);
  }
  parser.on("error", (error) => {
    throw xlsxError("error.xlsx.bad-xml", { part: name, reason: error.message.split("\n")[0]! });
  });
  try {
    readPartText(zip, entry, (text) => parser.write(text), maxBytes);
    parser.close();
  } catch (error) {
    if (error instanceof StopReading) return true;
    throw error;
  }
  return true;
}
