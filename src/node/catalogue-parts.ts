/**
 * Reads a JSON catalogue as a stream of its parts with stream-json: the header's values one by
 * one and the `items` array item by item, each assembled on its own, so memory holds one item at
 * a time. Node-only.
 */
import { pipeline, Readable } from "node:stream";
import Assembler from "stream-json/assembler.js";
import { parser } from "stream-json/parser.js";
import { inputProblem } from "../stream/input-error.js";
import { formatBytes } from "./open-file.js";

/** One part of a catalogue, in document order. */
export type CataloguePart =
  | { type: "header"; key: string; value: unknown }
  /** The start of an `items` array; `occurrence` counts repeated `items` keys from 0. */
  | { type: "items-start"; occurrence: number }
  | { type: "item"; index: number; value: unknown }
  | { type: "items-end"; count: number }
  /** A top-level key after the `items` array. */
  | { type: "key-after-items"; key: string }
  /** The whole document, when it is not an object. */
  | { type: "document"; value: unknown };

/** Which parts to assemble; the others are skipped token by token. */
export interface PartFilter {
  header: boolean;
  /** Assemble the items of this `items` occurrence (undefined: of none). */
  itemsOccurrence?: number;
}

type Token = { name: string; value?: unknown };

const CONTAINER_START = new Set(["startObject", "startArray"]);
const CONTAINER_END = new Set(["endObject", "endArray"]);
/** Tokens that complete a scalar (the packed form follows the streamed chunks). */
const SCALAR_END = new Set(["stringValue", "numberValue", "nullValue", "trueValue", "falseValue"]);

/**
 * Yields the parts of the JSON text. A value (or key) larger than `maxChars` characters stops
 * with an "item-too-large" error before it is held whole: stream-json streams strings in chunks,
 * which are counted as they come.
 */
export async function* catalogueParts(text: AsyncIterable<string>, filter: PartFilter, maxChars: number): AsyncGenerator<CataloguePart> {
  try {
    yield* parts(text, filter, maxChars);
  } catch (error) {
    // stream-json's syntax errors ("Parser cannot parse input: expected a value") become one clear line.
    if (error instanceof Error && /^Parser /.test(error.message)) {
      const reason = error.message.replace(/^Parser (cannot parse input: |has )/, "");
      throw inputProblem("malformed-json", "input.malformed-json", { reason });
    }
    throw error;
  }
}

async function* parts(text: AsyncIterable<string>, filter: PartFilter, maxChars: number): AsyncGenerator<CataloguePart> {
  const tokens = parser.asStream();
  pipeline(Readable.from(text), tokens, () => undefined); // errors surface while iterating `tokens`
  let depth = 0;
  let key = "";
  let occurrence = -1;
  let inItems = false;
  let itemsDone = false;
  let index = 0;
  let valueDepth = -1; // the depth a value being read started at; -1 between values
  let asm: Assembler | undefined;
  let chars = 0;

  for await (const token of tokens as AsyncIterable<Token>) {
    const name = token.name;
    chars += name === "stringChunk" || name === "numberChunk" ? (token.value as string).length : 1;
    if (chars > maxChars) {
      const part: Record<string, string | number> = valueDepth === 0 ? { part: "document" } : inItems ? { part: "item", index } : { part: "key", key };
      throw inputProblem("item-too-large", "input.item-too-large", { ...part, limit: formatBytes(maxChars) });
    }
    if (valueDepth < 0) {
      // Between values: the catalogue object, its keys and the items array.
      if (depth === 0 && name === "startObject") {
        depth = 1;
        continue;
      }
      if (depth === 1 && (name === "startKey" || name === "stringChunk" || name === "endKey")) {
        if (name === "startKey") chars = 1;
        continue;
      }
      if (depth === 1 && name === "keyValue") {
        key = token.value as string;
        if (itemsDone) yield { type: "key-after-items", key };
        continue;
      }
      if (depth === 1 && name === "endObject") {
        depth = 0;
        continue;
      }
      if (depth === 1 && name === "startArray" && key === "items") {
        depth = 2;
        inItems = true;
        index = 0;
        yield { type: "items-start", occurrence: ++occurrence };
        continue;
      }
      if (depth === 2 && name === "endArray") {
        depth = 1;
        inItems = false;
        itemsDone = true;
        yield { type: "items-end", count: index };
        continue;
      }
      // A value starts: the whole document, a header value or an item.
      valueDepth = depth;
      chars = 1;
      const wanted = depth === 0 || (inItems ? filter.itemsOccurrence === occurrence : filter.header);
      asm = wanted ? new Assembler() : undefined;
    }
    asm?.consume(token as never);
    if (CONTAINER_START.has(name)) depth++;
    else if (CONTAINER_END.has(name)) depth--;
    if (depth !== valueDepth || !(CONTAINER_END.has(name) || SCALAR_END.has(name))) continue;

    // The value is complete.
    const value = asm?.current;
    const assembled = asm !== undefined;
    asm = undefined;
    valueDepth = -1;
    if (depth === 0) yield { type: "document", value };
    else if (inItems) {
      if (assembled) yield { type: "item", index, value };
      index++;
    } else if (assembled) yield { type: "header", key, value };
  }
}
